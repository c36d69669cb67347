package io.github.cbrsync.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the task history: a sync the app requested (or found on the server), followed until it ends.
 *
 * <p>Immutable, with the accessors, equality and text of a record of its constructor's parameters. It is not a
 * record because a history holds 100,000 of them: the two instants are kept as seconds and nanoseconds and the
 * optional parts as nullable fields, so a row is one object of about 90 bytes, where the record was one of about
 * 72 bytes plus two {@code Instant}s (48) and up to five {@code Optional}s (16 each). The accessors make the
 * {@code Instant} and {@code Optional} when asked; the history's sorts use {@link #NEWEST_FIRST},
 * {@link #BY_REQUESTED_AT} and {@link #BY_ENDED_AT}, which read the fields.
 *
 * <p>Parameters: {@code localId}, the stable key of the row, also before the server has given a task ID;
 * {@code operationLogId}, the server's task ID, once known; {@code origin}, whether this app (its window or its
 * command line) started it, or it was found on the server; {@code sends}, how many sync requests this row sent:
 * more than one only when the task list proved that an earlier one created no task; {@code jobId}, the bulk sync
 * this row belongs to, if any (an interrupted bulk sync resumes from it).
 */
public final class HistoryEntry {
    /** Newest first; among rows requested at the same instant, by ID, last first (a total order). */
    public static final Comparator<HistoryEntry> NEWEST_FIRST = HistoryEntry::newerFirst;
    /** By when the sync was requested, oldest first; rows requested at the same instant are equal. */
    public static final Comparator<HistoryEntry> BY_REQUESTED_AT = (a, b) ->
            compareInstants(a.requestedSecond, a.requestedNano, b.requestedSecond, b.requestedNano);
    /** By when the task ended, oldest first; rows that have not ended after all others. */
    public static final Comparator<HistoryEntry> BY_ENDED_AT = HistoryEntry::endedFirst;

    /** {@link #endedNano} of a row that has not ended. */
    private static final int NOT_ENDED = -1;

    private final String localId;
    private final String operationLogId;
    private final String vaultId;
    private final String vaultName;
    private final boolean autoTrigger;
    private final long requestedSecond;
    private final int requestedNano;
    private final HistoryStatus status;
    private final int progress;
    private final SyncCounters counters;
    private final TaskError error;
    private final String requestId;
    private final long endedSecond;
    private final int endedNano;
    private final Origin origin;
    private final int sends;
    private final String jobId;

    public HistoryEntry(String localId, Optional<String> operationLogId, String vaultId, String vaultName,
                        boolean autoTrigger, Instant requestedAt, HistoryStatus status, int progress,
                        SyncCounters counters, Optional<TaskError> error, Optional<String> requestId,
                        Optional<Instant> endedAt, Origin origin, int sends, Optional<String> jobId) {
        this.localId = localId;
        this.operationLogId = operationLogId.orElse(null);
        this.vaultId = vaultId;
        this.vaultName = vaultName;
        this.autoTrigger = autoTrigger;
        this.requestedSecond = requestedAt.getEpochSecond();
        this.requestedNano = requestedAt.getNano();
        this.status = status;
        this.progress = progress;
        this.counters = counters;
        this.error = error.orElse(null);
        this.requestId = requestId.orElse(null);
        this.endedSecond = endedAt.isPresent() ? endedAt.get().getEpochSecond() : 0L;
        this.endedNano = endedAt.isPresent() ? endedAt.get().getNano() : NOT_ENDED;
        this.origin = origin;
        this.sends = sends;
        this.jobId = jobId.orElse(null);
    }

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
        return new HistoryEntry(localId, Optional.of(operationLogId), vaultId, vaultName, autoTrigger, requestedAt(),
                HistoryStatus.WAITING, progress, counters, Optional.empty(), requestId(), Optional.empty(), origin,
                sends, jobId());
    }

    /** The request failed (or its outcome is unknown): the row keeps the error for the audit trail. */
    public HistoryEntry withRequestProblem(HistoryStatus problem, TaskError taskError, Optional<String> reqId,
                                           Instant at) {
        return new HistoryEntry(localId, operationLogId(), vaultId, vaultName, autoTrigger, requestedAt(), problem,
                progress, counters, Optional.of(taskError), reqId, problem.isFinal() ? Optional.of(at) : endedAt(),
                origin, sends, jobId());
    }

    /** The answer was unclear: the task list is being checked (the reason stays visible meanwhile). */
    public HistoryEntry checking(TaskError why, Optional<String> reqId) {
        return new HistoryEntry(localId, operationLogId(), vaultId, vaultName, autoTrigger, requestedAt(),
                HistoryStatus.CHECKING, progress, counters, Optional.of(why), reqId, Optional.empty(), origin, sends,
                jobId());
    }

    /** The task list proved the last request created no task: the same row sends it once more. */
    public HistoryEntry resending() {
        return new HistoryEntry(localId, operationLogId(), vaultId, vaultName, autoTrigger, requestedAt(),
                HistoryStatus.REQUESTING, progress, counters, error(), requestId(), Optional.empty(), origin,
                sends + 1, jobId());
    }

    /** Folds the latest state of the task into the row. */
    public HistoryEntry withTask(SyncTask task) {
        HistoryStatus s = HistoryStatus.of(task.status());
        Optional<Instant> ended = task.endedAt().or(() -> s.isFinal() ? task.updatedAt() : Optional.empty());
        int p = s == HistoryStatus.SUCCESS ? 100 : task.progress();
        return new HistoryEntry(localId, Optional.of(task.id()), vaultId,
                vaultName.isEmpty() ? task.vaultName() : vaultName, autoTrigger, requestedAt(), s, p,
                task.counters(), task.error(), requestId(), ended, origin, sends, jobId());
    }

    /** Whether this row's request may still have to be matched to a task (it never got a task ID). */
    public boolean awaitsItsTask() {
        return operationLogId == null && origin.isThisWorkstation()
                && (status == HistoryStatus.REQUESTING || status == HistoryStatus.CHECKING
                || status == HistoryStatus.OUTCOME_UNKNOWN || status == HistoryStatus.NOT_SENT);
    }

    public String localId() {
        return localId;
    }

    public Optional<String> operationLogId() {
        return Optional.ofNullable(operationLogId);
    }

    public String vaultId() {
        return vaultId;
    }

    public String vaultName() {
        return vaultName;
    }

    public boolean autoTrigger() {
        return autoTrigger;
    }

    public Instant requestedAt() {
        return Instant.ofEpochSecond(requestedSecond, requestedNano);
    }

    public HistoryStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public SyncCounters counters() {
        return counters;
    }

    public Optional<TaskError> error() {
        return Optional.ofNullable(error);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Optional<Instant> endedAt() {
        return endedNano == NOT_ENDED ? Optional.empty() : Optional.of(Instant.ofEpochSecond(endedSecond, endedNano));
    }

    public Origin origin() {
        return origin;
    }

    public int sends() {
        return sends;
    }

    public Optional<String> jobId() {
        return Optional.ofNullable(jobId);
    }

    private static int newerFirst(HistoryEntry a, HistoryEntry b) {
        int byTime = compareInstants(b.requestedSecond, b.requestedNano, a.requestedSecond, a.requestedNano);
        return byTime != 0 ? byTime : b.localId.compareTo(a.localId);
    }

    private static int endedFirst(HistoryEntry a, HistoryEntry b) {
        boolean aEnded = a.endedNano != NOT_ENDED;
        boolean bEnded = b.endedNano != NOT_ENDED;
        if (aEnded != bEnded) {
            return aEnded ? -1 : 1;
        }
        return compareInstants(a.endedSecond, a.endedNano, b.endedSecond, b.endedNano);
    }

    private static int compareInstants(long aSecond, int aNano, long bSecond, int bNano) {
        int bySecond = Long.compare(aSecond, bSecond);
        return bySecond != 0 ? bySecond : Integer.compare(aNano, bNano);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoryEntry e && autoTrigger == e.autoTrigger && requestedSecond == e.requestedSecond
                && requestedNano == e.requestedNano && progress == e.progress && endedSecond == e.endedSecond
                && endedNano == e.endedNano && sends == e.sends && status == e.status && origin == e.origin
                && Objects.equals(localId, e.localId) && Objects.equals(operationLogId, e.operationLogId)
                && Objects.equals(vaultId, e.vaultId) && Objects.equals(vaultName, e.vaultName)
                && Objects.equals(counters, e.counters) && Objects.equals(error, e.error)
                && Objects.equals(requestId, e.requestId) && Objects.equals(jobId, e.jobId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localId, operationLogId, vaultId, vaultName, autoTrigger, requestedSecond, requestedNano,
                status, progress, counters, error, requestId, endedSecond, endedNano, origin, sends, jobId);
    }

    /** As a record would write it: every parameter, by name. */
    @Override
    public String toString() {
        return "HistoryEntry[localId=" + localId + ", operationLogId=" + operationLogId() + ", vaultId=" + vaultId
                + ", vaultName=" + vaultName + ", autoTrigger=" + autoTrigger + ", requestedAt=" + requestedAt()
                + ", status=" + status + ", progress=" + progress + ", counters=" + counters + ", error=" + error()
                + ", requestId=" + requestId() + ", endedAt=" + endedAt() + ", origin=" + origin + ", sends="
                + sends + ", jobId=" + jobId() + "]";
    }
}
