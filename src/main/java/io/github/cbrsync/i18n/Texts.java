package io.github.cbrsync.i18n;

import io.github.cbrsync.service.ConnectionTester;
import java.util.List;

/** Sentences for the typed outcomes of the layers below, worded from the bundle (window and command line alike). */
public final class Texts {
    private Texts() {
    }

    /** What Test connection (or a failed vault list) found, as a sentence that says what to fix. */
    public static String testOutcome(ConnectionTester.Outcome outcome) {
        String key = "tester." + outcome.problem().name();
        List<String> details = outcome.details();
        if (!details.isEmpty() && Messages.bundle().containsKey(key + "." + details.get(0))) {
            return Messages.format(key + "." + details.get(0), details.subList(1, details.size()).toArray());
        }
        return Messages.format(key, details.toArray());
    }
}
