package io.github.cbrsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

/**
 * Waiting, in tests, for something other threads will bring about: a bounded poll, not a timed assertion. The
 * bound (10 s) only ends a test that would otherwise hang; a condition met sooner returns at once.
 */
public final class Waits {
    private Waits() {
    }

    /** Polls {@code condition} every 10 ms until it holds; fails the test if it still does not after 10 s. */
    public static void until(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 10 s").isTrue();
    }
}
