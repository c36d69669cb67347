package io.github.cbrsync.service;

import java.time.Duration;
import java.util.List;

/**
 * How a sync request with an unclear fate (answer cut off, gateway 502, a 5xx) is settled against the task
 * list: look after each of {@code lookups} in turn (the list may lag a little behind a task just created;
 * only when every look found nothing is "no task" concluded), send again at most until {@code maxSends}
 * requests went out for the row, and call the outcome unknown only when the task list itself stayed out of
 * reach for {@code undecidedAfter}, retrying every {@code retryEvery} meanwhile.
 */
public record ReconcilePolicy(List<Duration> lookups, int maxSends, Duration undecidedAfter, Duration retryEvery) {
    public static final ReconcilePolicy DEFAULT = new ReconcilePolicy(
            List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), 3, Duration.ofMinutes(3), Duration.ofSeconds(5));

    public ReconcilePolicy {
        lookups = List.copyOf(lookups);
        if (lookups.isEmpty() || maxSends < 1) {
            throw new IllegalArgumentException("at least one look-up and one send");
        }
    }
}
