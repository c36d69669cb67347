package io.github.cbrsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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

    /**
     * The value once it has stopped changing: read every 100 ms until five reads in a row (half a second) agree,
     * for work other threads may still be finishing (requests in flight when a process was killed). Fails the
     * test if it still changes after 10 s.
     */
    public static <T> T settled(Supplier<T> value) throws InterruptedException {
        T last = value.get();
        int same = 0;
        for (int i = 0; i < 100 && same < 5; i++) {
            Thread.sleep(100);
            T now = value.get();
            same = Objects.equals(now, last) ? same + 1 : 0;
            last = now;
        }
        assertThat(same).as("value settled within 10 s").isGreaterThanOrEqualTo(5);
        return last;
    }
}
