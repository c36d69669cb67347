package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskError;
import io.github.cbrsync.i18n.Messages;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Starts syncs and sees each one to a fate. Every path, one click or a bulk sync of thousands, goes through
 * {@link #sync}: the vault gate, a history row before the request leaves, the request, and then:
 * <ul>
 *   <li>a task: followed until it ends (the vault stays gated meanwhile);</li>
 *   <li>a clear refusal (credentials, permission, no such vault, invalid): the row keeps the error;</li>
 *   <li>an unclear answer (cut off, gateway 502, a 5xx, a garbled 200): the row says "checking" and the
 *       {@link Reconciler} reads the task list. A task found is adopted into the same row; when every look
 *       proves none was created, the same row sends again (bounded, counted in the row); only a task list that
 *       stays out of reach leaves the outcome unknown.</li>
 * </ul>
 * The request itself is sent on the calling thread; checks continue on the connection's checks thread, and the
 * returned future completes when the row's request has its fate.
 */
public final class SyncService {
    private static final System.Logger LOG = System.getLogger(SyncService.class.getName());

    private final CbrApi api;
    private final VaultGate gate;
    private final TaskHistory history;
    private final TaskFollower follower;
    private final Reconciler reconciler;
    private final ReconcilePolicy policy;
    private final Clock clock;
    private final HistoryEntry.Origin origin;

    public SyncService(CbrApi api, VaultGate gate, TaskHistory history, TaskFollower follower,
                       SyncChecks checks, Clock clock, HistoryEntry.Origin origin) {
        this.api = api;
        this.gate = gate;
        this.history = history;
        this.follower = follower;
        this.policy = checks.policy();
        this.reconciler = new Reconciler(api, history, checks.scheduler(), checks.policy(), clock);
        this.clock = clock;
        this.origin = origin;
    }

    public VaultGate gate() {
        return gate;
    }

    public TaskHistory history() {
        return history;
    }

    /** Syncs one vault unless a sync of it is already under way. Never fails for an API failure. */
    public CompletableFuture<SyncResult> sync(SyncOrder order) {
        if (!gate.tryStart(order.vaultId())) {
            return CompletableFuture.completedFuture(SyncResult.refusedByGate(order));
        }
        HistoryEntry row = HistoryEntry.requested(UUID.randomUUID().toString(), order.vaultId(), order.vaultName(),
                order.autoTrigger(), clock.instant(), origin, order.jobId());
        history.record(row);
        CompletableFuture<SyncResult> fate = new CompletableFuture<>();
        send(order, row.localId(), fate);
        return fate;
    }

    /**
     * Follows again a row whose task had not ended when the app last saw it (restored from the journal, or
     * found on the server). Its vault is gated, as for a sync started here.
     */
    public void resume(HistoryEntry row) {
        String taskId = row.operationLogId().orElseThrow(() -> new IllegalArgumentException("row has no task"));
        if (row.status().isFinal() || follower.isFollowing(taskId)) {
            return;
        }
        if (gate.tryStart(row.vaultId())) {
            gate.taskStarted(row.vaultId());
        }
        followTask(row.localId(), row.vaultId(), taskId, row.requestedAt());
    }

    /**
     * Settles a row left "requesting" or "checking" by an earlier run that stopped before it knew the fate of
     * its request: the task is adopted into the same row, or the row is marked not sent (the user can send it
     * again with one click). Never sends by itself. The future completes when the row is settled.
     */
    public CompletableFuture<Void> recover(HistoryEntry row) {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        if (!row.awaitsItsTask() || row.status().isFinal() || !gate.tryStart(row.vaultId())) {
            settled.complete(null);
            return settled;
        }
        reconciler.checkNow(row.vaultId(), row.requestedAt(), new Reconciler.Verdict() {
            @Override
            public void found(SyncTask task) {
                adopt(row.localId(), row.vaultId(), task);
                settled.complete(null);
            }

            @Override
            public void notCreated() {
                mark(row.localId(), HistoryStatus.NOT_SENT, new TaskError("NOT_SENT",
                        Messages.get("sync.notSent.afterRestart")), Optional.empty());
                gate.release(row.vaultId());
                settled.complete(null);
            }

            @Override
            public void undecided(CbrApiException why) {
                markProblem(row.localId(), HistoryStatus.OUTCOME_UNKNOWN, why);
                gate.release(row.vaultId());
                settled.complete(null);
            }
        });
        return settled;
    }

    private void send(SyncOrder order, String localId, CompletableFuture<SyncResult> fate) {
        Instant sentAt = clock.instant();
        try {
            String taskId = api.withPriority(order.priority()).withPermit(order.permit())
                    .sync(order.vaultId(), order.autoTrigger())
                    .operationLogId();
            fate.complete(result(order, follow(localId, order.vaultId(), taskId), null));
        } catch (CbrApiException e) {
            switch (e.kind()) {
                case OUTCOME_UNKNOWN, SERVER, PROTOCOL -> check(order, localId, sentAt, e, fate);
                case THROTTLED -> notCreated(order, localId, e, fate);
                case CANCELLED -> finish(order, localId, HistoryStatus.NOT_SENT, e, fate);
                default -> finish(order, localId, HistoryStatus.REQUEST_FAILED, e, fate);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "unexpected failure while syncing a vault", e);
            finish(order, localId, HistoryStatus.REQUEST_FAILED,
                    new CbrApiException(Kind.PROTOCOL, "Unexpected error: " + e, e), fate);
        }
    }

    /** The answer was unclear: read the task list before anything else is done with the row. */
    private void check(SyncOrder order, String localId, Instant sentAt, CbrApiException unclear,
                       CompletableFuture<SyncResult> fate) {
        history.update(localId, r -> r.checking(error(unclear), unclear.requestId()));
        LOG.log(Level.INFO, "sync of vault {0} got an unclear answer ({1}); checking the task list",
                order.vaultId(), unclear.kind());
        reconciler.check(order.vaultId(), sentAt, new Reconciler.Verdict() {
            @Override
            public void found(SyncTask task) {
                fate.complete(result(order, adopt(localId, order.vaultId(), task), null));
            }

            @Override
            public void notCreated() {
                SyncService.this.notCreated(order, localId, unclear, fate);
            }

            @Override
            public void undecided(CbrApiException why) {
                finish(order, localId, HistoryStatus.OUTCOME_UNKNOWN, unclear, fate);
            }
        });
    }

    /** No task exists for the row's last request: the same row sends once more while its allowance lasts. */
    private void notCreated(SyncOrder order, String localId, CbrApiException last, CompletableFuture<SyncResult> fate) {
        HistoryEntry row = history.get(localId).orElseThrow();
        if (row.sends() >= policy.maxSends() && row.operationLogId().isEmpty()) {
            finish(order, localId, HistoryStatus.REQUEST_FAILED, new CbrApiException(last.kind(), last.httpStatus(),
                    last.errorCode().orElse(null), Messages.format("sync.noTaskAfterResends", row.sends(),
                    last.getMessage()), last.requestId().orElse(null), null), fate);
            return;
        }
        // Atomically with a catch-up that may have found the task meanwhile: a row with a task is never resent.
        HistoryEntry resending = history.update(localId, r -> r.operationLogId().isPresent() ? r : r.resending())
                .orElseThrow();
        if (resending.operationLogId().isPresent()) {
            gate.taskStarted(order.vaultId());
            fate.complete(result(order, resending, null));
            return;
        }
        LOG.log(Level.INFO, "no task was created for vault {0}; sending again ({1} of {2})", order.vaultId(),
                resending.sends(), policy.maxSends());
        send(order, localId, fate);
    }

    private void finish(SyncOrder order, String localId, HistoryStatus status, CbrApiException e,
                        CompletableFuture<SyncResult> fate) {
        HistoryEntry row = markProblem(localId, status, e);
        gate.release(order.vaultId());
        fate.complete(result(order, row, e));
    }

    /** A task found in the list for a row whose answer was lost: the same row follows it. */
    private HistoryEntry adopt(String localId, String vaultId, SyncTask task) {
        LOG.log(Level.INFO, "the task list holds task {0} of vault {1}: following it", task.id(), vaultId);
        HistoryEntry row = follow(localId, vaultId, task.id());
        return history.update(localId, r -> r.withTask(task)).orElse(row);
    }

    /** Follows a task that exists on the server; the vault stays gated until it ends. */
    private HistoryEntry follow(String localId, String vaultId, String taskId) {
        gate.taskStarted(vaultId);
        HistoryEntry started = history.update(localId, e -> e.withTaskId(taskId)).orElseThrow();
        followTask(localId, vaultId, taskId, started.requestedAt());
        return started;
    }

    private void followTask(String localId, String vaultId, String taskId, Instant since) {
        follower.follow(taskId, since, new TaskFollower.Listener() {
            @Override
            public void onUpdate(SyncTask task) {
                history.update(localId, e -> e.withTask(task));
                if (task.status().isTerminal()) {
                    gate.release(vaultId);
                }
            }

            @Override
            public void onGaveUp(String operationLogId, CbrApiException reason) {
                markProblem(localId, HistoryStatus.NOT_FOLLOWED, reason);
                gate.release(vaultId);
            }
        });
    }

    private HistoryEntry markProblem(String localId, HistoryStatus status, CbrApiException e) {
        return mark(localId, status, error(e), e.requestId());
    }

    private HistoryEntry mark(String localId, HistoryStatus status, TaskError error, Optional<String> requestId) {
        return history.update(localId, r -> r.withRequestProblem(status, error, requestId, clock.instant()))
                .orElseThrow();
    }

    private static TaskError error(CbrApiException e) {
        return new TaskError(e.errorCode().orElse(e.kind().name()), e.getMessage());
    }

    private static SyncResult result(SyncOrder order, HistoryEntry row, CbrApiException error) {
        return new SyncResult(order, Optional.of(row), Optional.ofNullable(error));
    }
}
