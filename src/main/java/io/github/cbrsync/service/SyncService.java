package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskError;
import io.github.cbrsync.domain.Vault;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Starts syncs and hands their tasks to the poller. Every path, one click or a bulk sync of hundreds, goes
 * through {@link #sync}: the vault gate, a history row before the request leaves, the request itself, and
 * the row's fate. Blocking: call from a background thread.
 */
public final class SyncService {
    private static final System.Logger LOG = System.getLogger(SyncService.class.getName());
    /** How far around the request time a lost answer's task is looked for (covers clock differences). */
    private static final Duration LOOKUP_WINDOW = Duration.ofMinutes(5);

    private final CbrApi api;
    private final VaultGate gate;
    private final TaskHistory history;
    private final OperationLogPoller poller;
    private final Clock clock;

    public SyncService(CbrApi api, VaultGate gate, TaskHistory history, OperationLogPoller poller, Clock clock) {
        this.api = api;
        this.gate = gate;
        this.history = history;
        this.poller = poller;
        this.clock = clock;
    }

    public VaultGate gate() {
        return gate;
    }

    /** Syncs one vault unless a sync of it is already under way. Never throws for an API failure. */
    public SyncResult sync(Vault vault, boolean autoTrigger) {
        if (!gate.tryStart(vault.id())) {
            return new SyncResult(vault, Optional.empty(), Optional.empty());
        }
        Instant requestedAt = clock.instant();
        HistoryEntry row = HistoryEntry.requested(UUID.randomUUID().toString(), vault.id(), vault.name(),
                autoTrigger, requestedAt);
        history.record(row);
        try {
            String taskId = api.sync(vault.id(), autoTrigger).operationLogId();
            return new SyncResult(vault, Optional.of(follow(row.localId(), vault.id(), taskId)), Optional.empty());
        } catch (CbrApiException e) {
            if (e.kind() == Kind.OUTCOME_UNKNOWN) {
                return lookUpLostAnswer(vault, row, e);
            }
            gate.release(vault.id());
            return new SyncResult(vault, Optional.of(markProblem(row, HistoryStatus.REQUEST_FAILED, e)),
                    Optional.of(e));
        } catch (RuntimeException e) {
            gate.release(vault.id());
            LOG.log(Level.ERROR, "unexpected failure while syncing a vault", e);
            CbrApiException wrapped = new CbrApiException(Kind.PROTOCOL, "Unexpected error: " + e, e);
            return new SyncResult(vault, Optional.of(markProblem(row, HistoryStatus.REQUEST_FAILED, wrapped)),
                    Optional.of(wrapped));
        }
    }

    /**
     * Syncs many vaults with at most {@code concurrency} requests in flight (the client's rate limiter
     * spaces them further). One failure does not stop the others. Results come back in the input order.
     */
    public List<SyncResult> syncAll(List<Vault> vaults, Predicate<Vault> autoTrigger, int concurrency) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, vaults.size())),
                r -> {
                    Thread t = new Thread(r, "cbr-bulk-sync");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<SyncResult>> futures = new ArrayList<>();
            for (Vault v : vaults) {
                futures.add(workers.submit(() -> sync(v, autoTrigger.test(v))));
            }
            List<SyncResult> results = new ArrayList<>();
            for (Future<SyncResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CbrApiException(Kind.NETWORK, "The bulk sync was cancelled", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sync() is not supposed to throw", e.getCause());
        } finally {
            workers.shutdown();
        }
    }

    /**
     * Follows again a row whose task had not ended when the app last saw it (restored from the journal, or
     * found on the server). Its vault is gated, as for a sync started here.
     */
    public void resume(HistoryEntry row) {
        String taskId = row.operationLogId().orElseThrow(() -> new IllegalArgumentException("row has no task"));
        if (row.status().isFinal() || poller.isFollowing(taskId)) {
            return;
        }
        if (gate.tryStart(row.vaultId())) {
            gate.taskStarted(row.vaultId());
        }
        followTask(row.localId(), row.vaultId(), taskId);
    }

    /** Follows a task that exists on the server; the vault stays gated until it ends. */
    private HistoryEntry follow(String localId, String vaultId, String taskId) {
        gate.taskStarted(vaultId);
        HistoryEntry started = history.update(localId, e -> e.withTaskId(taskId)).orElseThrow();
        followTask(localId, vaultId, taskId);
        return started;
    }

    private void followTask(String localId, String vaultId, String taskId) {
        poller.follow(taskId, new OperationLogPoller.Listener() {
            @Override
            public void onUpdate(SyncTask task) {
                history.update(localId, e -> e.withTask(task));
                if (task.status().isTerminal()) {
                    gate.release(vaultId);
                }
            }

            @Override
            public void onGaveUp(String operationLogId, CbrApiException reason) {
                markProblem(history.get(localId).orElseThrow(), HistoryStatus.NOT_FOLLOWED, reason);
                gate.release(vaultId);
            }
        });
    }

    /**
     * The sync request may have created a task. Rather than re-send it, look for a sync task of this vault
     * that started around the request and that no row already follows.
     */
    private SyncResult lookUpLostAnswer(Vault vault, HistoryEntry row, CbrApiException lost) {
        try {
            Instant from = row.requestedAt().minus(LOOKUP_WINDOW);
            List<SyncTask> candidates = api.listTasks(TaskFilter.syncTasks().forVault(vault.id())
                    .between(from, clock.instant().plus(LOOKUP_WINDOW))).tasks();
            Optional<SyncTask> found = candidates.stream()
                    .filter(t -> !history.knowsTask(t.id()))
                    .filter(t -> t.createdAt().map(c -> !c.isBefore(from)).orElse(true))
                    .max(Comparator.comparing(t -> t.createdAt().orElse(Instant.EPOCH)));
            if (found.isPresent()) {
                LOG.log(Level.INFO, "sync answer for vault {0} was lost; found its task {1} in the task list",
                        vault.id(), found.get().id());
                return new SyncResult(vault, Optional.of(follow(row.localId(), vault.id(), found.get().id())),
                        Optional.empty());
            }
        } catch (CbrApiException lookupFailed) {
            LOG.log(Level.WARNING, "could not look up the task of a lost sync answer: {0}", lookupFailed.toString());
        }
        gate.release(vault.id());
        return new SyncResult(vault, Optional.of(markProblem(row, HistoryStatus.OUTCOME_UNKNOWN, lost)),
                Optional.of(lost));
    }

    private HistoryEntry markProblem(HistoryEntry row, HistoryStatus status, CbrApiException e) {
        TaskError error = new TaskError(e.errorCode().orElse(e.kind().name()), e.getMessage());
        return history.update(row.localId(), r -> r.withRequestProblem(status, error, e.requestId(), clock.instant()))
                .orElseThrow();
    }
}
