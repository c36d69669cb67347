package io.github.cbrsync.api.http;

import io.github.cbrsync.api.Priority;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.api.SendBudget;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The send budget of one connection, shared by every request it makes: a token bucket filled at the rate
 * {@link CubicRate} finds, with two queues. A request of {@link Priority#NORMAL} (what a person is looking
 * at, and following tasks) takes the next token before any waiting {@link Priority#BULK} request.
 */
public final class SendRate implements SendBudget {
    private static final double LATENCY_WEIGHT = 0.2;
    private static final int MAX_IN_FLIGHT = 64;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition tokenTaken = lock.newCondition();
    private final LongSupplier nanoClock;
    private final int[] waiting = new int[Priority.values().length];
    private CubicRate control;
    private final TokenBucket bucket;
    private double latencySeconds;
    private long sent;

    public SendRate(RatePlan plan, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        long now = nanoClock.getAsLong();
        this.control = new CubicRate(plan, now);
        this.bucket = new TokenBucket(now);
    }

    /** A new starting point and ceiling (Preferences); what was learned so far is given up for them. */
    public void replan(RatePlan plan) {
        lock.lock();
        try {
            control = new CubicRate(plan, nanoClock.getAsLong());
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until this request may be sent; returns the moment it was let through (for its latency). */
    long acquire(Priority priority) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            waiting[priority.ordinal()]++;
            try {
                while (true) {
                    long now = nanoClock.getAsLong();
                    boolean yield = priority == Priority.BULK && waiting[Priority.NORMAL.ordinal()] > 0;
                    long wait = yield ? bucket.wait(now, control.rate()) : bucket.take(now, control.rate());
                    if (wait == 0 && !yield) {
                        control.onSent(now);
                        sent++;
                        tokenTaken.signalAll();
                        return now;
                    }
                    tokenTaken.awaitNanos(Math.max(wait, TimeUnit.MILLISECONDS.toNanos(1)));
                }
            } finally {
                waiting[priority.ordinal()]--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many requests wait in a queue (tests). */
    int waiting(Priority priority) {
        lock.lock();
        try {
            return waiting[priority.ordinal()];
        } finally {
            lock.unlock();
        }
    }

    /** An answer arrived for a request let through at {@code sentAt}. */
    void answered(long sentAt, boolean throttled, Optional<Double> limitPerSecond, Optional<Duration> retryAfter) {
        lock.lock();
        try {
            long now = nanoClock.getAsLong();
            double sample = Math.max(0, now - sentAt) / 1e9;
            latencySeconds = latencySeconds == 0 ? sample
                    : (1 - LATENCY_WEIGHT) * latencySeconds + LATENCY_WEIGHT * sample;
            if (throttled) {
                control.onThrottle(now, limitPerSecond, retryAfter);
                bucket.drain(now);
            } else {
                control.onAnswer(now);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public double currentRate() {
        return locked(() -> control.rate());
    }

    @Override
    public double learnedRate() {
        return locked(() -> control.learned());
    }

    @Override
    public Duration latency() {
        return Duration.ofNanos((long) (locked(() -> latencySeconds) * 1e9));
    }

    @Override
    public int suggestedInFlight() {
        double inFlight = locked(() -> control.rate() * Math.max(latencySeconds, 0.01));
        return (int) Math.max(2, Math.min(MAX_IN_FLIGHT, Math.ceil(inFlight * 1.5) + 1));
    }

    @Override
    public long sent() {
        return (long) locked(() -> sent);
    }

    @Override
    public long throttled() {
        return (long) locked(() -> control.throttles());
    }

    private double locked(java.util.function.DoubleSupplier read) {
        lock.lock();
        try {
            return read.getAsDouble();
        } finally {
            lock.unlock();
        }
    }
}
