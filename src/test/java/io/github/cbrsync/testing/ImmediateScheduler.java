package io.github.cbrsync.testing;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that runs every task at once on the calling thread, whatever its delay, one after another (a
 * task that schedules another does not nest): tests of delayed work (settling unclear answers) run
 * deterministically and without waiting. The delays it was asked for are recorded.
 */
public final class ImmediateScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final ThreadLocal<Queue<Runnable>> queue = ThreadLocal.withInitial(ArrayDeque::new);
    private final ThreadLocal<Boolean> draining = ThreadLocal.withInitial(() -> false);
    private final List<Long> delaysMillis = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean shutdown;

    public List<Long> delaysMillis() {
        return delaysMillis;
    }

    @Override
    public void execute(Runnable command) {
        queue.get().add(command);
        if (draining.get()) {
            return;
        }
        draining.set(true);
        try {
            Runnable next;
            while ((next = queue.get().poll()) != null) {
                next.run();
            }
        } finally {
            draining.set(false);
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delaysMillis.add(unit.toMillis(delay));
        CompletableFuture<Object> done = new CompletableFuture<>();
        execute(() -> {
            command.run();
            done.complete(null);
        });
        return new Done<>(done);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("drive periodic work by hand in tests");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("drive periodic work by hand in tests");
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private record Done<V>(CompletableFuture<V> future) implements ScheduledFuture<V> {
        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed o) {
            return 0;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return future.isDone();
        }

        @Override
        public V get() throws InterruptedException, ExecutionException {
            return future.get();
        }

        @Override
        public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException {
            return future.get();
        }
    }
}
