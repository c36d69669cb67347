package io.github.cbrsync.session;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.HistoryCatchUp;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.JobSummary;
import io.github.cbrsync.service.SyncChecks;
import io.github.cbrsync.service.SyncService;
import io.github.cbrsync.service.TaskFollower;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.store.HistoryJournal;
import io.github.cbrsync.store.JobPlanFiles;
import io.github.cbrsync.store.Retention;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Everything one connection starts, owned in one place and closed in order: its client, its threads
 * ({@link ScopeThreads}), the task follower, the sync service and its bulk jobs, the history journal and, in
 * demo mode, the simulator. Nothing of a connection outlives its scope: {@link #close} stops sending, stops
 * following, waits for the threads to end, then closes the client, the journal and the simulator. It never
 * touches the JavaFX toolkit, so the window and the command line share it; the window opens and closes
 * scopes off the FX thread.
 */
public final class ConnectionScope implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConnectionScope.class.getName());

    private final Connection connection;
    private final ScopeOptions options;
    private final OkHttpCbrApi api;
    private final ScopeThreads threads;
    private final HistoryJournal journal;
    private final JobPlanFiles jobPlans;
    private final TaskHistory history;
    private final TaskFollower follower;
    private final SyncService syncService;
    private final HistoryCatchUp catchUp;
    private final List<BulkSyncJob> jobs = new CopyOnWriteArrayList<>();
    private final List<Consumer<JobSummary>> jobEndListeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    public ConnectionScope(Connection connection, ScopeOptions options) {
        this.connection = connection;
        this.options = options;
        this.threads = new ScopeThreads(connection.name());
        this.api = new OkHttpCbrApi(connection.settings());
        this.journal = new HistoryJournal(options.historyFolder().resolve(options.journalName() + ".jsonl"));
        this.jobPlans = new JobPlanFiles(options.historyFolder().resolve(options.journalName() + ".jobs"));
        this.history = new TaskHistory(journal);
        this.follower = new TaskFollower(api, options.pollTiming(), System::nanoTime, options.clock(),
                history::inBatch);
        this.syncService = new SyncService(api, new VaultGate(), history, follower,
                new SyncChecks(threads.checks(), options.reconcile()), options.clock(), options.origin());
        this.catchUp = new HistoryCatchUp(api, history, syncService, options.clock());
        follower.start(threads.follower());
    }

    public Connection connection() {
        return connection;
    }

    public CbrApi api() {
        return api;
    }

    public OkHttpCbrApi client() {
        return api;
    }

    public TaskHistory history() {
        return history;
    }

    public TaskFollower follower() {
        return follower;
    }

    public SyncService syncService() {
        return syncService;
    }

    public HistoryCatchUp catchUp() {
        return catchUp;
    }

    /** The history as stored now, read without opening the journal for this scope (a look that changes nothing). */
    public List<HistoryEntry> storedHistory() throws IOException {
        return journal.readAll();
    }

    /** The pool for short blocking work of this connection (listing vaults, exports, catch-up). */
    public ExecutorService io() {
        return threads.io();
    }

    /**
     * Reads the journal (blocking: call off the FX thread) with the retention applied, follows the unfinished
     * tasks again, settles the rows an earlier run left without an answer, and finds bulk syncs that did not
     * finish. Returns what the user should be told.
     */
    public Restored restore(Retention retention) throws IOException {
        HistoryJournal.Loaded loaded = journal.loadKeeping(retention, options.clock().instant());
        history.restoreFromSink(loaded.entries());
        // With the journal open in another process (the window beside the command line), a row still waiting for
        // its answer may be that process's request in flight, and a bulk sync's plan that process's running job:
        // they are its to settle, or the next start's that has the journal to itself.
        boolean shared = loaded.openElsewhere();
        List<CompletableFuture<Void>> settling = new ArrayList<>();
        for (HistoryEntry row : loaded.entries()) {
            if (row.status().isFinal()) {
                continue;
            }
            if (row.operationLogId().isPresent()) {
                syncService.resume(row);
            } else if (!shared) {
                settling.add(syncService.recover(row));
            }
        }
        // What an interrupted bulk sync never sent is known only once its unanswered rows are settled.
        CompletableFuture<List<JobPlan>> interrupted = shared ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.allOf(settling.toArray(CompletableFuture[]::new))
                        .thenApply(done -> InterruptedJobs.find(jobPlans, history));
        return new Restored(loaded.entries().size(), loaded.lines(), loaded.warnings(), interrupted);
    }

    /**
     * What a restore found; {@code interruptedJobs} completes once the rows an earlier run left unanswered are
     * settled (they decide which vaults were really sent).
     */
    public record Restored(int rows, long lines, List<String> warnings,
                           CompletableFuture<List<JobPlan>> interruptedJobs) {
    }

    /** Starts a bulk sync of {@code items} in this connection. */
    public synchronized BulkSyncJob startBulk(List<JobPlan.Item> items) {
        if (closed) {
            throw new IllegalStateException("The connection " + connection.name() + " is closed");
        }
        JobPlan plan = new JobPlan(UUID.randomUUID().toString(), options.clock().instant(), items);
        BulkSyncJob job = new BulkSyncJob(plan, syncService, api.budget(), jobPlans);
        jobs.add(job);
        job.finished().whenComplete((summary, error) -> {
            jobs.remove(job);
            if (summary != null) {
                jobEndListeners.forEach(l -> l.accept(summary));
            }
        });
        job.start(threads.bulk());
        return job;
    }

    /** Told when a bulk sync of this connection ends (on the thread that ended it). */
    public void addJobEndListener(Consumer<JobSummary> listener) {
        jobEndListeners.add(listener);
    }

    /** Forgets an interrupted bulk sync whose rest the user declined. */
    public void discardInterrupted(JobPlan plan) throws IOException {
        jobPlans.delete(plan.id());
    }

    /** Bulk syncs still sending or following their tasks. */
    public List<BulkSyncJob> activeJobs() {
        return List.copyOf(jobs);
    }

    /** Whether a bulk sync of this connection still has requests to send. */
    public boolean isSending() {
        return jobs.stream().anyMatch(j -> switch (j.progress().state()) {
            case SENDING, PAUSED -> true;
            default -> false;
        });
    }

    /** When the last request of every bulk sync has its fate (for "finish in the background"). */
    public java.util.concurrent.CompletableFuture<Void> sendingDone() {
        return java.util.concurrent.CompletableFuture.allOf(jobs.stream().map(BulkSyncJob::sendingDone)
                .toArray(java.util.concurrent.CompletableFuture[]::new));
    }

    /**
     * Stops everything this connection started, in order, and waits for its threads: bulk syncs stop sending
     * (rows of requests already out keep their state and are settled at the next start), following stops, the
     * threads end, then the client, the journal and the simulator close. Blocking: never on the FX thread.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        jobs.forEach(BulkSyncJob::interrupt);
        follower.close();
        threads.close();
        api.close();
        try {
            journal.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the history journal failed", e);
        }
        connection.simulator().ifPresent(s -> s.close());
        LOG.log(Level.INFO, "connection {0} closed", connection.name());
    }
}
