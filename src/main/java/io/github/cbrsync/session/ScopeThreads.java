package io.github.cbrsync.session;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one connection, named after it so a thread dump says whose they are: a small pool for
 * blocking work ({@code cbr-io}), the task follower's ticks, the checks that settle unclear answers, and the
 * pool a bulk sync dispatches its requests on (as many as it keeps in flight). {@link #close} lets requests
 * already on their way finish for a moment, then interrupts what is left and waits for every thread to end.
 */
final class ScopeThreads implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ScopeThreads.class.getName());
    /** How long requests already on their way may take to finish when the connection closes. */
    private static final long GRACE_MILLIS = 3_000;
    private static final long WAIT_MILLIS = 5_000;

    private final ExecutorService io;
    private final ScheduledExecutorService follower;
    private final ScheduledExecutorService checks;
    private final ExecutorService bulk;

    ScopeThreads(String connectionName) {
        String tag = " [" + connectionName + "]";
        this.io = Executors.newFixedThreadPool(4, daemon("cbr-io", tag));
        this.follower = Executors.newSingleThreadScheduledExecutor(daemon("cbr-task-follower", tag));
        ScheduledThreadPoolExecutor checkPool = new ScheduledThreadPoolExecutor(2, daemon("cbr-checks", tag));
        // Checks still waiting when the connection closes are dropped: their rows stay "checking" and are
        // settled at the next start, rather than holding the close up for seconds.
        checkPool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.checks = checkPool;
        this.bulk = Executors.newCachedThreadPool(daemon("cbr-bulk", tag));
    }

    ExecutorService io() {
        return io;
    }

    ScheduledExecutorService follower() {
        return follower;
    }

    ScheduledExecutorService checks() {
        return checks;
    }

    ExecutorService bulk() {
        return bulk;
    }

    @Override
    public void close() {
        List<ExecutorService> all = List.of(bulk, checks, follower, io);
        all.forEach(ExecutorService::shutdown);
        awaitAll(all, GRACE_MILLIS);
        all.forEach(ExecutorService::shutdownNow);
        if (!awaitAll(all, WAIT_MILLIS)) {
            LOG.log(Level.WARNING, "some threads of a closed connection did not end within {0} ms", WAIT_MILLIS);
        }
    }

    private static boolean awaitAll(List<ExecutorService> pools, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean all = true;
        for (ExecutorService pool : pools) {
            try {
                all &= pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return all;
    }

    static ThreadFactory daemon(String name, String tag) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet() + tag);
            t.setDaemon(true);
            return t;
        };
    }
}
