package io.github.cbrsync.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the task history: a sync the app requested (or found on the server), followed until it ends.
 *
 * @param localId        stable key of the row, also before the server has given a task ID
 * @param operationLogId the server's task ID, once known
 * @param origin         whether this app (its window or its command line) started it, or it was found on the server
 * @param sends          how many sync requests this row sent: more than one only when the task list proved that
 *                       an earlier one created no task
 * @param jobId          the bulk sync this row belongs to, if any (an interrupted bulk sync resumes from it)
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
        Origin origin,
        int sends,
        Optional<String> jobId) {

    /** Who started the sync. */
    public enum Origin {
        /** This workstation's window. */
        THIS_APP,
        /** This workstation's command line (cbr-sync). */
        COMMAND_LINE,
        /** The console, a schedule or another workstation: found in the server's task list. */
        ELSEWHERE;

        public boolean isThisWorkstation() {
            return this != ELSEWHERE;
        }

        /** The value in exports and the command line's output: {@code this_app}, {@code command_line}, {@code elsewhere}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static HistoryEntry requested(String localId, String vaultId, String vaultName, boolean autoTrigger,
                                         Instant at) {
        return requested(localId, vaultId, vaultName, autoTrigger, at, Origin.THIS_APP, Optional.empty());
    }

    public static HistoryEntry requested(String localId, String vaultId, String vaultName, boolean autoTrigger,
                                         Instant at, Origin origin, Optional<String> jobId) {
        return new HistoryEntry(localId, Optional.empty(), vaultId, vaultName, autoTrigger, at,
                HistoryStatus.REQUESTING, 0, SyncCounters.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                origin, 1, jobId);
    }

    /** A task found on the server that no row of this workstation started. */
    public static HistoryEntry foundElsewhere(SyncTask task, Instant fallbackCreated) {
        // The task list does not say which auto_trigger it was started with; false is the API's default.
        return new HistoryEntry("op:" + task.id(), Optional.of(task.id()), task.vaultId(), task.vaultName(), false,
                task.createdAt().orElse(fallbackCreated), HistoryStatus.WAITING, 0, SyncCounters.NONE,
                Optional.empty(), Optional.empty(), Optional.empty(), Origin.ELSEWHERE, 0, Optional.empty())
                .withTask(task);
    }

    public HistoryEntry withTaskId(String operationLogId) {
        return new HistoryEntry(localId, Optional.of(operationLogId), vaultId, vaultName, autoTrigger, requestedAt,
                HistoryStatus.WAITING, progress, counters, Optional.empty(), requestId, Optional.empty(), origin, sends,
                jobId);
    }

    /** The request failed (or its outcome is unknown): the row keeps the error for the audit trail. */
    public HistoryEntry withRequestProblem(HistoryStatus problem, TaskError taskError, Optional<String> reqId,
                                           Instant at) {
        return new HistoryEntry(localId, operationLogId, vaultId, vaultName, autoTrigger, requestedAt, problem,
                progress, counters, Optional.of(taskError), reqId, problem.isFinal() ? Optional.of(at) : endedAt,
                origin, sends, jobId);
    }

    /** The answer was unclear: the task list is being checked (the reason stays visible meanwhile). */
    public HistoryEntry checking(TaskError why, Optional<String> reqId) {
        return new HistoryEntry(localId, operationLogId, vaultId, vaultName, autoTrigger, requestedAt,
                HistoryStatus.CHECKING, progress, counters, Optional.of(why), reqId, Optional.empty(), origin, sends,
                jobId);
    }

    /** The task list proved the last request created no task: the same row sends it once more. */
    public HistoryEntry resending() {
        return new HistoryEntry(localId, operationLogId, vaultId, vaultName, autoTrigger, requestedAt,
                HistoryStatus.REQUESTING, progress, counters, error, requestId, Optional.empty(), origin, sends + 1,
                jobId);
    }

    /** Folds the latest state of the task into the row. */
    public HistoryEntry withTask(SyncTask task) {
        HistoryStatus s = HistoryStatus.of(task.status());
        Optional<Instant> ended = task.endedAt().or(() -> s.isFinal() ? task.updatedAt() : Optional.empty());
        int p = s == HistoryStatus.SUCCESS ? 100 : task.progress();
        return new HistoryEntry(localId, Optional.of(task.id()), vaultId,
                vaultName.isEmpty() ? task.vaultName() : vaultName, autoTrigger, requestedAt, s, p,
                task.counters(), task.error(), requestId, ended, origin, sends, jobId);
    }

    /** Whether this row's request may still have to be matched to a task (it never got a task ID). */
    public boolean awaitsItsTask() {
        return operationLogId.isEmpty() && origin.isThisWorkstation()
                && (status == HistoryStatus.REQUESTING || status == HistoryStatus.CHECKING
                || status == HistoryStatus.OUTCOME_UNKNOWN || status == HistoryStatus.NOT_SENT);
    }
}
