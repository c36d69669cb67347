package io.github.cbrsync.api.http;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Client-side request rate limit shared by every call of one connection, so bulk syncs and polling stay
 * below the gateway's per-user limit (APIGW.0308) instead of discovering it. Smooth rate with a small burst.
 */
public final class RateLimiter {
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private volatile long intervalNanos;
    private final int burst;
    private long nextFree = Long.MIN_VALUE / 4;

    public RateLimiter(double permitsPerSecond, int burst, LongSupplier nanoClock, Sleeper sleeper) {
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.burst = Math.max(1, burst);
        setRate(permitsPerSecond);
    }

    public static RateLimiter perSecond(double permitsPerSecond) {
        return new RateLimiter(permitsPerSecond, (int) Math.max(1, Math.ceil(permitsPerSecond)), System::nanoTime,
                Sleeper.REAL);
    }

    public void setRate(double permitsPerSecond) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive");
        }
        intervalNanos = (long) (1_000_000_000L / permitsPerSecond);
    }

    /** Blocks until a request may be sent. */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            long earliest = Math.max(nextFree, now - (burst - 1) * intervalNanos);
            nextFree = earliest + intervalNanos;
            wait = earliest - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }
}
