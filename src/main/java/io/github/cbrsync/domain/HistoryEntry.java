package io.github.cbrsync.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the task history: a sync the app requested (or found on the server), followed until it ends.
 *
 * @param localId        stable key of the row, also before the server has given a task ID
 * @param operationLogId the server's task ID, once known
 * @param origin         whether this app started it or it was found on the server
 */
public record HistoryEntry(
        String localId,
        Optional<String> operationLogId,
        String vaultId,
        String vaultName,
        boolean autoTrigger,
        Instant requestedAt,
        HistoryStatus status,
        int progress,
        SyncCounters counters,
        Optional<TaskError> error,
        Optional<String> requestId,
        Optional<Instant> endedAt,
        Origin origin) {

    /** Who started the sync. */
    public enum Origin { THIS_APP, ELSEWHERE }

    public static HistoryEntry requested(String localId, String vaultId, String vaultName, boolean autoTrigger,
                                         Instant at) {
        return new HistoryEntry(localId, Optional.empty(), vaultId, vaultName, autoTrigger, at,
                HistoryStatus.REQUESTING, 0, SyncCounters.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                Origin.THIS_APP);
    }

    public HistoryEntry withTaskId(String operationLogId) {
        return new HistoryEntry(localId, Optional.of(operationLogId), vaultId, vaultName, autoTrigger, requestedAt,
                HistoryStatus.WAITING, progress, counters, error, requestId, endedAt, origin);
    }

    /** The request failed (or its outcome is unknown): the row keeps the error for the audit trail. */
    public HistoryEntry withRequestProblem(HistoryStatus problem, TaskError taskError, Optional<String> reqId,
                                           Instant at) {
        return new HistoryEntry(localId, operationLogId, vaultId, vaultName, autoTrigger, requestedAt, problem,
                progress, counters, Optional.of(taskError), reqId, Optional.of(at), origin);
    }

    /** Folds the latest state of the task into the row. */
    public HistoryEntry withTask(SyncTask task) {
        HistoryStatus s = HistoryStatus.of(task.status());
        Optional<Instant> ended = task.endedAt().or(() -> s.isFinal() ? task.updatedAt() : Optional.empty());
        int p = s == HistoryStatus.SUCCESS ? 100 : task.progress();
        return new HistoryEntry(localId, Optional.of(task.id()), vaultId,
                vaultName.isEmpty() ? task.vaultName() : vaultName, autoTrigger, requestedAt, s, p,
                task.counters(), task.error(), requestId, ended, origin);
    }
}
