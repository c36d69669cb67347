package io.github.cbrsync.api;

/**
 * Where a connection's adaptive send rate starts and what it never exceeds, in requests per second.
 * {@code learned} says whether {@code start} was learned by an earlier run (then the rate starts at its
 * plateau and probes gently) or is only the user's starting point (then it climbs quickly until the
 * gateway first throttles).
 */
public record RatePlan(double start, double ceiling, boolean learned) {
    /** The starting point when nothing was learned yet: the gateway's limit is not published. */
    public static final double DEFAULT_START = 10;
    /** High enough for any gateway limit seen so far; a user can lower it in Preferences. */
    public static final double DEFAULT_CEILING = 200;
    public static final RatePlan DEFAULT = new RatePlan(DEFAULT_START, DEFAULT_CEILING, false);

    public RatePlan {
        if (!(start > 0) || !(ceiling > 0)) {
            throw new IllegalArgumentException("Rates must be above 0 requests per second");
        }
        start = Math.min(start, ceiling);
    }

    /** A fixed starting rate (tests, the command line), with the ceiling at least as high. */
    public static RatePlan startingAt(double perSecond) {
        return new RatePlan(perSecond, Math.max(perSecond, DEFAULT_CEILING), false);
    }

    public RatePlan withLearned(double rate) {
        return new RatePlan(Math.min(rate, ceiling), ceiling, true);
    }
}
