package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.domain.SyncTask;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Settles whether a sync request with an unclear fate created a task, by reading the vault's sync tasks
 * around the request time ({@link ReconcilePolicy}). It only decides; what to do with the answer (follow the
 * task, send again, mark the row) is the caller's.
 */
final class Reconciler {
    private static final System.Logger LOG = System.getLogger(Reconciler.class.getName());
    /**
     * How far our clock and the server's may differ: tasks created this long before the request (by our clock) can
     * still be its task. The one margin for every task-list window (catch-up, following, reconciling).
     */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    /** What a check concluded. Called on the checks thread. */
    interface Verdict {
        /** The task the request created (no row of this history has it yet). */
        void found(SyncTask task);

        /** Every look found none: the request created no task. */
        void notCreated();

        /** The task list stayed out of reach (or refused us): nobody can tell. */
        void undecided(CbrApiException why);
    }

    private final CbrApi api;
    private final TaskHistory history;
    private final ScheduledExecutorService checks;
    private final ReconcilePolicy policy;
    private final Clock clock;

    Reconciler(CbrApi api, TaskHistory history, ScheduledExecutorService checks, ReconcilePolicy policy,
               Clock clock) {
        this.api = api;
        this.history = history;
        this.checks = checks;
        this.policy = policy;
        this.clock = clock;
    }

    /** Starts checking for the task of a request for {@code vaultId} sent at {@code sentAt}. */
    void check(String vaultId, Instant sentAt, Verdict verdict) {
        new Check(vaultId, sentAt, verdict).schedule(policy.lookups().get(0));
    }

    /** Checks at once, then as the policy says (after a restart the lag allowance has long passed). */
    void checkNow(String vaultId, Instant sentAt, Verdict verdict) {
        new Check(vaultId, sentAt, verdict).schedule(Duration.ZERO);
    }

    private final class Check {
        private final String vaultId;
        private final Instant sentAt;
        private final Verdict verdict;
        private int look;
        private Instant firstFailure;

        Check(String vaultId, Instant sentAt, Verdict verdict) {
            this.vaultId = vaultId;
            this.sentAt = sentAt;
            this.verdict = verdict;
        }

        void schedule(Duration delay) {
            try {
                checks.schedule(this::lookOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // The connection is closing: the row stays "checking" and is settled at the next start.
                LOG.log(Level.INFO, "check of vault {0} left for the next start: the connection closed", vaultId);
            }
        }

        private void lookOnce() {
            Optional<SyncTask> task;
            try {
                task = newestUnknownTask();
            } catch (CbrApiException e) {
                failed(e);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "checking the task list failed unexpectedly", e);
                verdict.undecided(new CbrApiException(Kind.PROTOCOL, "Unexpected error: " + e, e));
                return;
            }
            firstFailure = null;
            if (task.isPresent()) {
                verdict.found(task.get());
            } else if (++look < policy.lookups().size()) {
                schedule(policy.lookups().get(look));
            } else {
                verdict.notCreated();
            }
        }

        private Optional<SyncTask> newestUnknownTask() {
            Instant from = sentAt.minus(CLOCK_MARGIN);
            TaskFilter filter = TaskFilter.syncTasks().forVault(vaultId).between(from, clock.instant().plus(CLOCK_MARGIN));
            return api.listTasks(filter).tasks().stream()
                    .filter(t -> !history.knowsTask(t.id()))
                    .filter(t -> t.createdAt().map(c -> !c.isBefore(from)).orElse(true))
                    .max(Comparator.comparing(t -> t.createdAt().orElse(Instant.EPOCH)));
        }

        private void failed(CbrApiException e) {
            if (e.kind() == Kind.AUTH || e.kind() == Kind.FORBIDDEN || e.kind() == Kind.CANCELLED) {
                verdict.undecided(e);
                return;
            }
            Instant now = clock.instant();
            firstFailure = firstFailure == null ? now : firstFailure;
            if (Duration.between(firstFailure, now).compareTo(policy.undecidedAfter()) >= 0) {
                verdict.undecided(e);
                return;
            }
            LOG.log(Level.INFO, "task list unreachable while checking vault {0} ({1}); trying again", vaultId,
                    e.kind());
            schedule(policy.retryEvery());
        }
    }
}
