package io.github.cbrsync.domain;

/**
 * Capacity and usage of a vault, both in MB. The wire format mixes units (billing.size is GB,
 * billing.used is MB); the API layer converts once so nothing above it can get the percentage wrong.
 */
public record VaultUsage(long capacityMb, long usedMb) {

    public static VaultUsage fromWire(long sizeGb, long usedMb) {
        return new VaultUsage(sizeGb * 1024L, usedMb);
    }

    /** Used share of the capacity, 0..1 (capped), or 0 when the capacity is unknown. */
    public double usedFraction() {
        if (capacityMb <= 0) {
            return 0;
        }
        return Math.min(1.0, Math.max(0.0, (double) usedMb / capacityMb));
    }
}
