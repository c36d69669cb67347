package io.github.cbrsync.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Touching JavaFX state from a test: on the FX thread, where the window's pulses and paced updates change it,
 * waiting until it is done. A read from the test thread can see a half-made change (or, for the history's rows,
 * disturb the index the FX thread keeps).
 */
public final class FxThread {
    private FxThread() {
    }

    /** Runs {@code read} on the FX thread and returns what it gave; a failure there fails the test. */
    public static <T> T onFx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("already on the FX thread: it would wait for itself");
        }
        try {
            return WaitForAsyncUtils.asyncFx(read).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the FX thread", e);
        } catch (Exception e) {
            throw new AssertionError("work on the FX thread failed", e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it; a failure there fails the test. */
    public static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
