package io.github.cbrsync.app;

import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.ui.main.MainViewModel;
import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * {@code --smoke}: runs the {@link SmokeCheck} in the real window, prints one line ("SMOKE OK: ..." or
 * "SMOKE FAILED: ...") and exits 0 only if all of it worked (within three minutes).
 */
final class SmokeRun {
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    private SmokeRun() {
    }

    static void start(MainViewModel main, ConnectionScope scope) {
        PauseTransition timeout = new PauseTransition(javafx.util.Duration.millis(TIMEOUT.toMillis()));
        timeout.setOnFinished(e -> exit(false, "timed out after " + TIMEOUT.toMinutes() + " minutes"
                + main.vaults().loadError().map(err -> " (vault list: " + err.message() + ")").orElse("")));
        timeout.play();
        SmokeCheck.start(main, scope).thenAccept(v -> exit(v.ok(), v.line()));
    }

    /** A start-up figure for scripts/startup-bench.sh (only with -Dcbrsync.startupReport=true). */
    static void printStartup(String phase, long millis) {
        System.out.println("STARTUP " + phase + "-ms=" + millis);
        System.out.flush();
    }

    private static void exit(boolean ok, String line) {
        System.out.println("SMOKE " + (ok ? "OK" : "FAILED") + ": " + line);
        System.out.flush();
        System.exit(ok ? 0 : 1);
    }
}
