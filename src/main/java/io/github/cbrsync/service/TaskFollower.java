package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.domain.SyncTask;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Follows every unfinished task of a connection until it ends, with few requests: each polling cycle reads
 * the task list (ListOpLogs, {@code operation_type=sync}) over the time window that covers the followed tasks,
 * in pages of a thousand, and matches the entries by task ID ({@link TaskListCycle}). A task the list did not
 * return is read on its own (ShowOpLog), one per cycle. So N followed tasks cost ceil(N / 1000) + 1 requests
 * a cycle, where a poll per task would cost N.
 * <p>
 * Cycles come fast while tasks move and slow down while they sit still; errors back off; an authentication
 * failure pauses all following at once (polling on would lock the access key).
 */
public final class TaskFollower implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TaskFollower.class.getName());

    /** Receives what the follower learns about one task. Called on the follower's thread. */
    public interface Listener {
        void onUpdate(SyncTask task);

        /** The follower stopped following the task without a terminal state. */
        void onGaveUp(String operationLogId, CbrApiException reason);
    }

    private final TaskListCycle cycle;
    private final LongSupplier nanoClock;
    private final Map<String, FollowedTask> followed = new ConcurrentHashMap<>();
    private final List<Consumer<Optional<CbrApiException>>> pauseListeners = new CopyOnWriteArrayList<>();
    private final Consumer<Runnable> batch;
    private volatile PollTiming timing;
    private volatile CbrApiException pausedBy;
    private volatile long nextCycle;
    private Duration interval;
    private volatile int lastCycleRequests;
    private ScheduledFuture<?> ticking;

    /**
     * @param batch wraps one cycle's updates (the history writes them in one go); {@code Runnable::run} for none
     */
    public TaskFollower(CbrApi api, PollTiming timing, LongSupplier nanoClock, Clock clock, Consumer<Runnable> batch) {
        this(api, timing, nanoClock, clock, batch, TaskListCycle.PAGE);
    }

    /** With a smaller page of the task list, so tests can see paging without creating thousands of tasks. */
    TaskFollower(CbrApi api, PollTiming timing, LongSupplier nanoClock, Clock clock, Consumer<Runnable> batch,
                 int pageSize) {
        this.cycle = new TaskListCycle(api, clock, pageSize);
        this.timing = timing;
        this.nanoClock = nanoClock;
        this.batch = batch;
        this.interval = timing.first();
        this.nextCycle = nanoClock.getAsLong() + timing.first().toNanos();
    }

    /** New intervals apply from the next cycle. */
    public void setTiming(PollTiming newTiming) {
        timing = newTiming;
    }

    /** Starts ticking on the given scheduler; ticks never overlap. */
    public synchronized void start(ScheduledExecutorService scheduler) {
        long period = timing.tick().toMillis();
        ticking = scheduler.scheduleWithFixedDelay(this::tickSafely, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Follows a task created around {@code createdAround} (the request time: the task list is searched from a
     * little before it). The first look comes one short interval later.
     */
    public void follow(String operationLogId, Instant createdAround, Listener listener) {
        if (followed.putIfAbsent(operationLogId, new FollowedTask(operationLogId, createdAround, listener)) == null) {
            synchronized (this) {
                interval = timing.first();
                nextCycle = Math.min(nextCycle, nanoClock.getAsLong() + timing.first().toNanos());
            }
        }
    }

    public int followingCount() {
        return followed.size();
    }

    public boolean isFollowing(String operationLogId) {
        return followed.containsKey(operationLogId);
    }

    /** Requests the last cycle spent (list pages plus at most one single task read). */
    public int lastCycleRequests() {
        return lastCycleRequests;
    }

    public Optional<CbrApiException> pausedBy() {
        return Optional.ofNullable(pausedBy);
    }

    /** Resumes after a pause (the user fixed the credentials or asked to refresh): the next cycle runs at once. */
    public void resume() {
        if (pausedBy != null) {
            pausedBy = null;
            nextCycle = nanoClock.getAsLong();
            pauseListeners.forEach(l -> l.accept(Optional.empty()));
        }
    }

    public void addPauseListener(Consumer<Optional<CbrApiException>> listener) {
        pauseListeners.add(listener);
    }

    /** Runs a cycle if one is due. Public so tests can drive time themselves. */
    public void tick() {
        if (pausedBy != null || followed.isEmpty() || nanoClock.getAsLong() < nextCycle) {
            return;
        }
        List<FollowedTask> tasks = List.copyOf(followed.values());
        boolean[] moved = new boolean[1];
        try {
            batch.accept(() -> moved[0] = runCycle(tasks));
            synchronized (this) {
                interval = moved[0] ? timing.first() : timing.grow(interval, timing.max());
                nextCycle = nanoClock.getAsLong() + interval.toNanos();
            }
        } catch (CbrApiException e) {
            handleFailure(e);
        }
    }

    private boolean runCycle(List<FollowedTask> tasks) {
        TaskListCycle.Result result = cycle.read(tasks.stream().map(t -> t.id).toList(),
                tasks.stream().map(t -> t.createdAround).min(Comparator.naturalOrder()).orElseThrow());
        boolean moved = false;
        for (FollowedTask t : tasks) {
            SyncTask seen = result.found().get(t.id);
            if (seen != null) {
                t.missedCycles = 0;
                moved |= apply(t, seen);
            } else {
                t.missedCycles++;
            }
        }
        int requests = result.requests();
        // The list may lag behind a task just created, or not return it at all: read one straggler on its own.
        Optional<FollowedTask> straggler = tasks.stream()
                .filter(t -> t.missedCycles >= 2 && followed.containsKey(t.id))
                .min(Comparator.comparingLong((FollowedTask t) -> t.lastReadAlone).thenComparing(t -> t.id));
        if (straggler.isPresent()) {
            requests++;
            moved |= readAlone(straggler.get());
        }
        lastCycleRequests = requests;
        return moved;
    }

    private boolean readAlone(FollowedTask t) {
        t.lastReadAlone = nanoClock.getAsLong();
        try {
            SyncTask task = cycle.readOne(t.id);
            t.notFound = 0;
            return apply(t, task);
        } catch (CbrApiException e) {
            if (e.kind() == Kind.NOT_FOUND && ++t.notFound >= timing.notFoundLimit()) {
                followed.remove(t.id);
                t.listener.onGaveUp(t.id, e);
                return true;
            }
            if (e.kind() == Kind.AUTH || e.kind() == Kind.FORBIDDEN) {
                throw e;
            }
            LOG.log(Level.INFO, "reading task {0} on its own failed: {1}", t.id, e.toString());
            return false;
        }
    }

    /**
     * Hands the task's state to its listener when it changed; true when it moved since the last look (the first
     * look is the baseline: it is reported, but does not count as movement for the pace of the cycles).
     */
    private boolean apply(FollowedTask t, SyncTask task) {
        boolean first = t.lastStatus == null;
        boolean changed = first || t.lastStatus != task.status() || t.lastProgress != task.progress();
        t.lastStatus = task.status();
        t.lastProgress = task.progress();
        if (task.status().isTerminal()) {
            followed.remove(t.id);
        }
        if (changed) {
            t.listener.onUpdate(task);
        }
        return changed && (!first || task.status().isTerminal());
    }

    private void handleFailure(CbrApiException e) {
        if (e.kind() == Kind.AUTH || e.kind() == Kind.FORBIDDEN) {
            pausedBy = e;
            LOG.log(Level.WARNING, "following tasks paused: {0}", e.toString());
            pauseListeners.forEach(l -> l.accept(Optional.of(e)));
            return;
        }
        synchronized (this) {
            interval = timing.grow(interval.multipliedBy(2), timing.maxOnError());
            nextCycle = nanoClock.getAsLong() + interval.toNanos();
        }
        LOG.log(Level.INFO, "reading the task list failed ({0}); next try in {1} s", e.kind(), interval.toSeconds());
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A scheduled task that throws is cancelled for good; log and keep following.
            LOG.log(Level.ERROR, "following tasks failed unexpectedly", e);
        }
    }

    /** Stops ticking; the scheduler itself belongs to the connection's scope, which shuts it down. */
    @Override
    public synchronized void close() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private static final class FollowedTask {
        final String id;
        final Instant createdAround;
        final Listener listener;
        io.github.cbrsync.domain.TaskStatus lastStatus;
        int lastProgress = -1;
        int missedCycles;
        int notFound;
        long lastReadAlone = Long.MIN_VALUE;

        FollowedTask(String id, Instant createdAround, Listener listener) {
            this.id = id;
            this.createdAround = createdAround;
            this.listener = listener;
        }
    }
}
