package io.github.cbrsync.api.http;

import io.github.cbrsync.api.RatePlan;
import java.time.Duration;
import java.util.Optional;

/**
 * The send rate of one connection, found the way the AWS SDKs' "adaptive" retry mode finds it (a client-side
 * CUBIC rate, as in TCP), with two additions of ours: it starts from what an earlier run learned, and it
 * uses the limit the gateway names in its throttling message ("limit:50,time:1 second") as a ceiling.
 * <ul>
 *   <li>Until the first throttle, and only when nothing was learned, it climbs quickly (slow start: x2
 *       every third of a second), never above twice the measured send rate, so an idle client does not
 *       promise itself a rate it never tried.</li>
 *   <li>On a 429 it drops to {@code BETA} x the rate it was really sending at and remembers the last maximum
 *       (the gateway's named limit when it gave one, else that rate); further 429s within {@link #REACTION}
 *       are the same episode and do not drop it again (a per-second window answers all its excess at once).</li>
 *   <li>Then it grows along the cubic curve {@code SCALE (t - K)^3 + lastMax}: quickly back towards the last
 *       maximum, flat around it, and probing beyond it slowly. A Retry-After stops growth until it passes.</li>
 * </ul>
 * Pure arithmetic on a caller-supplied clock (nanoseconds), not thread-safe: {@link SendRate} guards it.
 */
final class CubicRate {
    static final double BETA = 0.7;
    static final double SCALE = 0.4;
    static final double MIN_RATE = 0.5;
    /** Sending just under a named limit: a smooth rate still lands a request or two more in some windows. */
    static final double HINT_HEADROOM = 0.97;
    static final Duration REACTION = Duration.ofSeconds(1);
    private static final double SLOW_START_DOUBLINGS_PER_SECOND = 3;
    /** A later start begins a little under the last maximum: that rate was where the gateway said no. */
    private static final double LEARNED_SHARE_OF_MAX = 0.9;
    private static final long BUCKET_NANOS = 500_000_000L;
    private static final double SMOOTHING = 0.8;

    private final double ceiling;
    private double rate;
    private double lastMax;
    private boolean maxNamed;
    private double windowK;
    private long lastThrottle;
    private boolean decreasedBefore;
    private long lastDecrease;
    private long lastUpdate;
    private boolean slowStart;
    private long noGrowthUntil = Long.MIN_VALUE;
    private double hintCap = Double.POSITIVE_INFINITY;
    private long bucketStart;
    private int bucketCount;
    private double measured;
    private long throttles;

    CubicRate(RatePlan plan, long now) {
        this.ceiling = plan.ceiling();
        this.rate = Math.max(MIN_RATE, plan.start());
        this.lastUpdate = now;
        this.bucketStart = now;
        this.slowStart = !plan.learned();
        if (plan.learned()) {
            // On the plateau at the learned rate: the curve is flat there and probes beyond it slowly.
            lastMax = rate;
            lastThrottle = now;
        }
    }

    double rate() {
        return rate;
    }

    /** The rate worth starting at next time: near the last maximum, or the current rate if none was found yet. */
    double learned() {
        // A maximum the gateway named is safe to start at; one found by a 429 is where the gateway said no.
        return clamp(slowStart ? rate : Math.max(rate, (maxNamed ? 1 : LEARNED_SHARE_OF_MAX) * lastMax));
    }

    boolean inSlowStart() {
        return slowStart;
    }

    double measured() {
        return measured;
    }

    long throttles() {
        return throttles;
    }

    /** Counts a request as sent, for the measured send rate. */
    void onSent(long now) {
        bucketCount++;
        long elapsed = now - bucketStart;
        if (elapsed >= BUCKET_NANOS) {
            double current = bucketCount / (elapsed / 1e9);
            measured = measured == 0 ? current : SMOOTHING * current + (1 - SMOOTHING) * measured;
            bucketStart = now;
            bucketCount = 0;
        }
    }

    /** An answer that was not a throttle: grow along slow start or the cubic curve. */
    void onAnswer(long now) {
        if (now < noGrowthUntil) {
            lastUpdate = now;
            return;
        }
        double next;
        if (slowStart) {
            double seconds = (now - lastUpdate) / 1e9;
            next = rate * Math.pow(2, SLOW_START_DOUBLINGS_PER_SECOND * seconds);
        } else {
            double t = (now - lastThrottle) / 1e9 - windowK;
            next = SCALE * t * t * t + lastMax;
        }
        lastUpdate = now;
        // Never promise more than twice what is really being sent (an idle client has not tried that rate),
        // but never fall below the current rate for that reason either.
        double sendingCap = measured > 0 ? Math.max(rate, 2 * measured) : rate * 2;
        rate = clamp(Math.min(next, sendingCap));
    }

    /**
     * A 429: multiplicative back-off from the rate really sent at, the gateway's named limit (per second)
     * kept as a ceiling, and no growth before {@code retryAfter} has passed.
     */
    void onThrottle(long now, Optional<Double> limitPerSecond, Optional<Duration> retryAfter) {
        throttles++;
        limitPerSecond.filter(l -> l > 0).ifPresent(l -> hintCap = Math.max(MIN_RATE, l * HINT_HEADROOM));
        retryAfter.ifPresent(d -> noGrowthUntil = Math.max(noGrowthUntil, now + d.toNanos()));
        if (decreasedBefore && now - lastDecrease < REACTION.toNanos()) {
            rate = clamp(rate);
            return;
        }
        decreasedBefore = true;
        lastDecrease = now;
        // In slow start the measured rate lags a rate that doubles; afterwards it tells what was really sent.
        double sendingAt = slowStart || measured == 0 ? rate : Math.min(rate, measured);
        boolean named = hintCap != Double.POSITIVE_INFINITY;
        lastThrottle = now;
        lastUpdate = now;
        slowStart = false;
        rate = clamp(Math.min(sendingAt * BETA, hintCap));
        lastMax = named ? hintCap : Math.max(sendingAt, rate);
        maxNamed = named;
        // K: the time the cubic curve takes from here back to the last maximum (continuous at the drop).
        windowK = Math.cbrt(Math.max(0, lastMax - rate) / SCALE);
    }

    private double clamp(double r) {
        return Math.max(MIN_RATE, Math.min(r, Math.min(ceiling, hintCap)));
    }
}
