package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.SendBudget;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A bulk sync the user can see and steer. One dispatcher hands the vaults of its {@link JobPlan} to workers,
 * keeping as many requests in flight as the connection's send budget suggests (rate x latency); every vault
 * goes through {@link SyncService#sync}, so the gate, the history row and the settling of unclear answers are
 * the same as for one click. The job counts requests with a fate and rows that ended, pauses itself when the
 * service refuses the credentials, can be paused, resumed and cancelled (requests not yet sent are stopped,
 * even those already waiting for their turn; tasks already created are still followed), and reports one
 * {@link JobSummary} when every row it created has ended.
 */
public final class BulkSyncJob {
    private static final System.Logger LOG = System.getLogger(BulkSyncJob.class.getName());

    /** Where the job stands. */
    public enum State { SENDING, PAUSED, FOLLOWING, CANCELLED, FINISHED }

    /**
     * A snapshot for the window or the terminal.
     *
     * @param sent     requests that have their fate (a task, a refusal, or undecided)
     * @param ended    vaults whose row reached its end (or that the gate skipped: already syncing)
     * @param timeLeft until the last request is sent, at the current rate (empty once all are sent)
     */
    public record Progress(String jobId, int total, int sent, int ended, int notSent, double rate,
                           Optional<Duration> timeLeft, State state, Optional<JobPause> pausedBy,
                           Optional<String> pauseDetail) {
    }

    private final JobPlan plan;
    private final SyncService service;
    private final SendBudget budget;
    private final JobStore store;
    private final JobControl control = new JobControl();
    private final InFlightSlots slots = new InFlightSlots();
    private final Map<String, HistoryEntry> rows = new LinkedHashMap<>();
    private final List<Consumer<Progress>> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<JobSummary> finished = new CompletableFuture<>();
    private final CompletableFuture<Void> sendingDone = new CompletableFuture<>();
    private final Consumer<HistoryEntry> rowListener = this::rowChanged;
    private int dispatched;
    private int fated;
    private int skippedByGate;
    private int rowsEnded;
    private int rowsNotSent;
    private boolean dispatchDone;
    private boolean interrupted;
    private String pauseDetail;

    public BulkSyncJob(JobPlan plan, SyncService service, SendBudget budget, JobStore store) {
        this.plan = plan;
        this.service = service;
        this.budget = budget;
        this.store = store;
    }

    public String id() {
        return plan.id();
    }

    public JobPlan plan() {
        return plan;
    }

    /** Starts dispatching on {@code threads}, which also run the requests (the connection scope's bulk pool). */
    public void start(ExecutorService threads) {
        try {
            store.save(plan);
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "could not keep the plan of bulk sync {0}: it cannot be resumed after a crash: {1}",
                    plan.id(), e.toString());
        }
        service.history().addListener(rowListener);
        threads.execute(() -> dispatch(threads));
    }

    public void addListener(Consumer<Progress> listener) {
        listeners.add(listener);
    }

    /** Completes once every request of the job has its fate (or the rest was cancelled). */
    public CompletableFuture<Void> sendingDone() {
        return sendingDone;
    }

    /** Completes with the summary once every row of the job has ended. */
    public CompletableFuture<JobSummary> finished() {
        return finished;
    }

    public void pause(JobPause reason) {
        control.pause(reason);
        fire();
    }

    public void resume() {
        synchronized (this) {
            pauseDetail = null;
        }
        control.resume();
        fire();
    }

    /** Stops every request not yet sent; tasks already created are followed to their end. */
    public void cancel() {
        control.cancel();
        fire();
        maybeFinish();
    }

    /**
     * The connection is closing (the window closed, the app stops): nothing more is sent, and the plan is kept
     * so the next start offers to send the rest. Unlike {@link #cancel}, which is the user's decision.
     */
    public void interrupt() {
        synchronized (this) {
            interrupted = true;
        }
        control.cancel();
    }

    public synchronized Progress progress() {
        int total = plan.items().size();
        State state = state();
        int notSent = (dispatchDone ? total - dispatched : 0) + rowsNotSent;
        double rate = budget.currentRate();
        Optional<Duration> left = state == State.SENDING || state == State.PAUSED
                ? Optional.of(Duration.ofMillis((long) ((total - fated) / Math.max(rate, 0.01) * 1000)))
                : Optional.empty();
        return new Progress(plan.id(), total, fated, skippedByGate + rowsEnded, notSent, rate, left, state,
                control.pausedBy(), Optional.ofNullable(pauseDetail));
    }

    private synchronized State state() {
        if (finished.isDone()) {
            return State.FINISHED;
        }
        if (control.isCancelled()) {
            return State.CANCELLED;
        }
        if (control.pausedBy().isPresent()) {
            return State.PAUSED;
        }
        return dispatchDone && fated == dispatched ? State.FOLLOWING : State.SENDING;
    }

    private void dispatch(ExecutorService threads) {
        try {
            for (JobPlan.Item item : plan.items()) {
                if (!control.awaitPermission()) {
                    break;
                }
                slots.acquire(budget.suggestedInFlight());
                if (control.isCancelled()) {
                    slots.release();
                    break;
                }
                SyncOrder order = SyncOrder.inJob(item, plan.id(), control);
                synchronized (this) {
                    dispatched++;
                }
                try {
                    threads.execute(() -> send(order));
                } catch (RejectedExecutionException closing) {
                    slots.release();
                    synchronized (this) {
                        dispatched--;
                    }
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                dispatchDone = true;
            }
            fire();
            maybeFinish();
        }
    }

    private void send(SyncOrder order) {
        CompletableFuture<SyncResult> fate;
        try {
            fate = service.sync(order);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "a sync of bulk sync " + plan.id() + " failed unexpectedly", e);
            fate = CompletableFuture.failedFuture(e);
        } finally {
            slots.release();
        }
        fate.whenComplete(this::fated);
    }

    private void fated(SyncResult result, Throwable failure) {
        synchronized (this) {
            fated++;
            if (result != null && result.refusedByGate()) {
                skippedByGate++;
            }
        }
        Optional<CbrApiException> error = result == null ? Optional.empty() : result.error();
        if (error.isPresent() && (error.get().kind() == Kind.AUTH || error.get().kind() == Kind.FORBIDDEN)) {
            synchronized (this) {
                pauseDetail = error.get().getMessage();
            }
            control.pause(JobPause.AUTHENTICATION);
        }
        fire();
        maybeFinish();
    }

    private void rowChanged(HistoryEntry row) {
        if (!row.jobId().filter(plan.id()::equals).isPresent()) {
            return;
        }
        synchronized (this) {
            HistoryEntry before = rows.put(row.localId(), row);
            rowsEnded += ended(row) - (before == null ? 0 : ended(before));
            rowsNotSent += notSent(row) - (before == null ? 0 : notSent(before));
        }
        fire();
        maybeFinish();
    }

    private void maybeFinish() {
        JobSummary summary;
        synchronized (this) {
            boolean allSent = dispatchDone && fated == dispatched;
            if (allSent) {
                sendingDone.complete(null);
            }
            boolean allEnded = rowsEnded == rows.size();
            if (finished.isDone() || interrupted || !allSent || !allEnded) {
                return;
            }
            summary = JobSummary.of(plan, List.copyOf(rows.values()), skippedByGate,
                    plan.items().size() - dispatched, control.isCancelled());
        }
        service.history().removeListener(rowListener);
        try {
            store.delete(plan.id());
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "could not forget the plan of bulk sync {0}: {1}", plan.id(), e.toString());
        }
        finished.complete(summary);
        fire();
    }

    private static int ended(HistoryEntry row) {
        return row.status().isFinal() ? 1 : 0;
    }

    private static int notSent(HistoryEntry row) {
        return row.status() == HistoryStatus.NOT_SENT ? 1 : 0;
    }

    private void fire() {
        if (!listeners.isEmpty()) {
            Progress p = progress();
            listeners.forEach(l -> l.accept(p));
        }
    }
}
