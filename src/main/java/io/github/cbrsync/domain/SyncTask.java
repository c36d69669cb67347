package io.github.cbrsync.domain;

import java.time.Instant;
import java.util.Optional;

/** One CBR operation log (task) as read from ShowOpLog / ListOpLogs. */
public record SyncTask(
        String id,
        String vaultId,
        String vaultName,
        String operationType,
        TaskStatus status,
        int progress,
        SyncCounters counters,
        Optional<TaskError> error,
        Optional<Instant> createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> endedAt,
        Optional<Instant> updatedAt) {
}
