package io.github.cbrsync.api;

import java.time.Duration;

/**
 * Bounds for retrying safe requests: at most {@code maxAttempts} sends, exponential backoff from
 * {@code initialBackoff} capped at {@code maxBackoff} (full jitter), and never past {@code maxTotal}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotal) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Upper bound of the delay before attempt number {@code attempt} (2 = first retry), before jitter. */
    public Duration backoffCeiling(int attempt) {
        long ms = initialBackoff.toMillis() << Math.min(20, Math.max(0, attempt - 2));
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }
}
