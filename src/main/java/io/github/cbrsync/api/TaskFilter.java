package io.github.cbrsync.api;

import io.github.cbrsync.domain.TaskStatus;
import java.time.Instant;
import java.util.Optional;

/** Filters for ListOpLogs. operation_type defaults to sync, the only type this app starts. */
public record TaskFilter(Optional<String> operationType, Optional<String> vaultId, Optional<TaskStatus> status,
                         Optional<Instant> startTime, Optional<Instant> endTime, int limit, int offset) {

    public TaskFilter {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
    }

    public static TaskFilter syncTasks() {
        return new TaskFilter(Optional.of("sync"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 100, 0);
    }

    public TaskFilter forVault(String id) {
        return new TaskFilter(operationType, Optional.of(id), status, startTime, endTime, limit, offset);
    }

    public TaskFilter withStatus(TaskStatus s) {
        return new TaskFilter(operationType, vaultId, Optional.of(s), startTime, endTime, limit, offset);
    }

    public TaskFilter between(Instant from, Instant to) {
        return new TaskFilter(operationType, vaultId, status, Optional.of(from), Optional.of(to), limit, offset);
    }

    public TaskFilter page(int newLimit, int newOffset) {
        return new TaskFilter(operationType, vaultId, status, startTime, endTime, newLimit, newOffset);
    }
}
