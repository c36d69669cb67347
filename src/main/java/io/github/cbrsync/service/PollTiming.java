package io.github.cbrsync.service;

import java.time.Duration;

/**
 * How often tasks are polled: {@code first} after the task appears, growing by {@code growth} while
 * nothing changes up to {@code max}, back to {@code first} after a change; errors back off up to
 * {@code maxOnError}. Terraform's provider polls every 10 s; a person watching a table wants faster while
 * a task moves, and the rate limiter keeps many tasks within the gateway's limit.
 */
public record PollTiming(Duration tick, Duration first, Duration max, double growth, Duration maxOnError,
                         int notFoundLimit) {
    public static final PollTiming DEFAULT = new PollTiming(Duration.ofMillis(250), Duration.ofSeconds(2),
            Duration.ofSeconds(15), 1.5, Duration.ofMinutes(1), 5);

    /** The default curve, starting at the given interval (a user setting) and never slower than 15 s. */
    public static PollTiming startingAt(Duration first) {
        Duration max = first.compareTo(DEFAULT.max()) > 0 ? first : DEFAULT.max();
        return new PollTiming(DEFAULT.tick(), first, max, DEFAULT.growth(), DEFAULT.maxOnError(),
                DEFAULT.notFoundLimit());
    }

    Duration grow(Duration current, Duration cap) {
        long next = (long) (current.toMillis() * growth);
        return Duration.ofMillis(Math.min(next, cap.toMillis()));
    }
}
