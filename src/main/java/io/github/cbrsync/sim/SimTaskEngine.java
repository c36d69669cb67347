package io.github.cbrsync.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Creates sync tasks and answers questions about them. Thread-safe. */
final class SimTaskEngine {
    private final Map<String, SimTask> tasks = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Random random;
    private volatile Duration taskDuration;
    private volatile double failureRate;

    SimTaskEngine(Clock clock, long seed, Duration taskDuration, double failureRate) {
        this.clock = clock;
        this.random = new Random(seed);
        this.taskDuration = taskDuration;
        this.failureRate = failureRate;
    }

    void setTaskDuration(Duration duration) {
        taskDuration = duration;
    }

    void setFailureRate(double rate) {
        failureRate = rate;
    }

    Instant now() {
        return clock.instant();
    }

    synchronized SimTask start(SimVault vault, boolean autoTrigger, String requestId) {
        Instant created = clock.instant();
        // Random task IDs: a restarted simulator must not hand out IDs an old history already holds.
        return add(java.util.UUID.randomUUID().toString(), vault, autoTrigger, created, requestId,
                random.nextDouble() < failureRate);
    }

    /**
     * A finished task as if started from the console some time ago: history the app did not create. Its ID
     * comes from the seed, so every run of the demo shows the same console history.
     */
    synchronized SimTask addPastTask(SimVault vault, Instant created, boolean fails) {
        return add(SeedData.uuid(random), vault, false, created, SeedData.uuid(random), fails);
    }

    private SimTask add(String id, SimVault vault, boolean autoTrigger, Instant created, String requestId,
                        boolean fails) {
        long total = Math.max(1, taskDuration.toMillis());
        long varied = (long) (total * (0.7 + random.nextDouble() * 0.6));
        Instant startsAt = created.plusMillis(varied / 5);
        Instant endsAt = created.plusMillis(varied);
        int synced = 1 + random.nextInt(12);
        int deleted = random.nextInt(4);
        int failed = fails ? 1 + random.nextInt(3) : 0;
        SimTask task = new SimTask(id, vault.projectId(), vault.id(), vault.name(), autoTrigger,
                created, startsAt, endsAt, fails, fails ? synced / 2 : synced, deleted, failed, requestId);
        tasks.put(task.id(), task);
        return task;
    }

    Optional<SimTask> find(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** Matching tasks, newest first. */
    List<SimTask> list(Predicate<SimTask> filter) {
        List<SimTask> result = new ArrayList<>(tasks.values().stream().filter(filter).toList());
        result.sort(Comparator.comparing(SimTask::createdAt).reversed().thenComparing(SimTask::id));
        return result;
    }
}
