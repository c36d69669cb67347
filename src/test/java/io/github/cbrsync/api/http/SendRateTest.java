package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.Priority;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.testing.Waits;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The connection's send budget: tokens at the adaptive rate, and what a person looks at goes first. */
class SendRateTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void letsOneRequestThroughThenSpacesThemAtTheRate() {
        TokenBucket bucket = new TokenBucket(now.get());
        assertThat(bucket.take(now.get(), 10)).isZero();
        long wait = bucket.take(now.get(), 10);
        assertThat(wait).isEqualTo(100_000_000L);
        now.addAndGet(wait);
        assertThat(bucket.take(now.get(), 10)).isZero();
    }

    @Test
    void idleTimeBuysOnlyATenthOfASecondOfBurst() {
        TokenBucket bucket = new TokenBucket(now.get());
        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        int burst = 0;
        while (bucket.take(now.get(), 100) == 0) {
            burst++;
        }
        assertThat(burst).isEqualTo(10);
    }

    @Test
    void aThrottleDrainsWhatWasSavedUp() {
        TokenBucket bucket = new TokenBucket(now.get());
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        bucket.drain(now.get());
        assertThat(bucket.take(now.get(), 100)).isPositive();
    }

    @Test
    void aWaitingNormalRequestGoesBeforeWaitingBulkOnes() throws Exception {
        SendRate rate = new SendRate(new RatePlan(2, 2, true), now::get);
        rate.acquire(Priority.NORMAL);
        List<Priority> order = new CopyOnWriteArrayList<>();
        Thread bulk = new Thread(() -> take(rate, Priority.BULK, order));
        bulk.start();
        Waits.until(() -> rate.waiting(Priority.BULK) == 1);
        Thread normal = new Thread(() -> take(rate, Priority.NORMAL, order));
        normal.start();
        Waits.until(() -> rate.waiting(Priority.NORMAL) == 1);

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        normal.join(5_000);
        assertThat(order).containsExactly(Priority.NORMAL);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        bulk.join(5_000);
        assertThat(order).containsExactly(Priority.NORMAL, Priority.BULK);
    }

    @Test
    void answersTeachTheRateAndTheLatency() {
        SendRate rate = new SendRate(new RatePlan(50, 200, true), now::get);
        long sent = now.get();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(300));
        rate.answered(sent, false, Optional.empty(), Optional.empty());
        assertThat(rate.latency().toMillis()).isEqualTo(300);
        // 50/s at 300 ms is 15 in flight; with headroom a little more, never a constant.
        assertThat(rate.suggestedInFlight()).isBetween(15, 30);

        rate.answered(now.get(), true, Optional.of(40.0), Optional.empty());
        assertThat(rate.currentRate()).isLessThan(50);
        assertThat(rate.throttled()).isEqualTo(1);
    }

    private static void take(SendRate rate, Priority p, List<Priority> order) {
        try {
            rate.acquire(p);
            order.add(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
