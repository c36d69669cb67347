package io.github.cbrsync.i18n;

import io.github.cbrsync.service.BulkSyncJob.Progress;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.service.JobPause;
import java.time.Duration;
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

    /** Where a bulk sync stands, in one line (the window's progress bar and the terminal's progress line). */
    public static String bulkProgress(Progress p) {
        return switch (p.state()) {
            case SENDING -> Messages.format("bulk.progress.sending", p.sent(), p.total(), p.ended(), p.rate(),
                    p.timeLeft().map(Texts::duration).orElse("?"));
            case PAUSED -> p.pausedBy().filter(r -> r == JobPause.AUTHENTICATION).isPresent()
                    ? Messages.format("bulk.progress.pausedAuth", p.sent(), p.total(), p.pauseDetail().orElse(""))
                    : Messages.format("bulk.progress.paused", p.sent(), p.total());
            case FOLLOWING -> Messages.format("bulk.progress.following", p.total(), p.ended());
            case CANCELLED -> Messages.format("bulk.progress.cancelled", p.sent(), p.total(), p.notSent(),
                    p.ended());
            case FINISHED -> Messages.format("bulk.progress.finished", p.total());
        };
    }

    /** A short duration, rounded up so a time left never reads 0: "42 s", "3 min 5 s". */
    /** A vault status in the reader's language; a status the bundle does not know, as the server sent it. */
    public static String vaultStatus(String status) {
        String key = "vault.status." + status;
        return Messages.bundle().containsKey(key) ? Messages.get(key) : status;
    }

    public static String duration(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s < 60 ? Messages.format("duration.seconds", s)
                : Messages.format("duration.minutes", s / 60, s % 60);
    }
}
