package io.github.cbrsync.store;

import java.time.Duration;

/** How much history to keep: at most {@code maxRows} rows and nothing older than {@code maxAge}. */
public record Retention(int maxRows, Duration maxAge) {
    public static final Retention DEFAULT = new Retention(100_000, Duration.ofDays(365));

    public Retention {
        if (maxRows < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("Keep at least one row and at least one day of history");
        }
    }
}
