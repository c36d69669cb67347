package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskStatus;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One poller follows every unfinished task of a connection until it reaches a terminal state. Each task has
 * its own next-due time, so a task that moves is polled often and one that sits still, or keeps failing to
 * answer, less. An authentication failure pauses all polling at once: polling on would lock the AK.
 */
public final class OperationLogPoller {
    private static final System.Logger LOG = System.getLogger(OperationLogPoller.class.getName());

    /** Receives what the poller learns about one task. Called on the poller's thread. */
    public interface Listener {
        void onUpdate(SyncTask task);

        /** The poller stopped following the task without a terminal state. */
        void onGaveUp(String operationLogId, CbrApiException reason);
    }

    private final CbrApi api;
    private volatile PollTiming timing;
    private final LongSupplier nanoClock;
    private final Map<String, Followed> followed = new ConcurrentHashMap<>();
    private final List<Consumer<Optional<CbrApiException>>> pauseListeners = new CopyOnWriteArrayList<>();
    private volatile CbrApiException pausedBy;

    public OperationLogPoller(CbrApi api, PollTiming timing, LongSupplier nanoClock) {
        this.api = api;
        this.timing = timing;
        this.nanoClock = nanoClock;
    }

    /** New intervals apply from each task's next poll. */
    public void setTiming(PollTiming newTiming) {
        timing = newTiming;
    }

    /** Starts ticking on the given scheduler; ticks never overlap. */
    public void start(ScheduledExecutorService scheduler) {
        long period = timing.tick().toMillis();
        scheduler.scheduleWithFixedDelay(this::tickSafely, period, period, TimeUnit.MILLISECONDS);
    }

    public void follow(String operationLogId, Listener listener) {
        followed.putIfAbsent(operationLogId, new Followed(operationLogId, listener,
                nanoClock.getAsLong() + timing.first().toNanos(), timing.first()));
    }

    public int followingCount() {
        return followed.size();
    }

    public boolean isFollowing(String operationLogId) {
        return followed.containsKey(operationLogId);
    }

    public Optional<CbrApiException> pausedBy() {
        return Optional.ofNullable(pausedBy);
    }

    /** Resumes after a pause (the user fixed the credentials or asked to refresh); due tasks poll at once. */
    public void resume() {
        if (pausedBy != null) {
            pausedBy = null;
            long now = nanoClock.getAsLong();
            followed.values().forEach(f -> f.nextDue = now);
            pauseListeners.forEach(l -> l.accept(Optional.empty()));
        }
    }

    public void addPauseListener(Consumer<Optional<CbrApiException>> listener) {
        pauseListeners.add(listener);
    }

    /** Polls every task that is due, once. Public so tests can drive time themselves. */
    public void tick() {
        for (Followed f : followed.values()) {
            if (pausedBy != null) {
                return;
            }
            if (nanoClock.getAsLong() >= f.nextDue) {
                poll(f);
            }
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A scheduled task that throws is cancelled for good; log and keep following.
            LOG.log(Level.ERROR, "task polling failed unexpectedly", e);
        }
    }

    private void poll(Followed f) {
        try {
            SyncTask task = api.showTask(f.id);
            f.notFound = 0;
            // The first answer is the baseline; afterwards any movement brings the interval back to the start.
            boolean changed = f.lastStatus != null
                    && (task.status() != f.lastStatus || task.progress() != f.lastProgress);
            f.lastStatus = task.status();
            f.lastProgress = task.progress();
            if (task.status().isTerminal()) {
                followed.remove(f.id);
            } else {
                f.interval = changed ? timing.first() : timing.grow(f.interval, timing.max());
                f.nextDue = nanoClock.getAsLong() + f.interval.toNanos();
            }
            f.listener.onUpdate(task);
        } catch (CbrApiException e) {
            handleFailure(f, e);
        }
    }

    private void handleFailure(Followed f, CbrApiException e) {
        if (e.kind() == Kind.AUTH || e.kind() == Kind.FORBIDDEN) {
            pausedBy = e;
            LOG.log(Level.WARNING, "task polling paused: {0}", e.toString());
            pauseListeners.forEach(l -> l.accept(Optional.of(e)));
            return;
        }
        if (e.kind() == Kind.NOT_FOUND && ++f.notFound >= timing.notFoundLimit()) {
            followed.remove(f.id);
            f.listener.onGaveUp(f.id, e);
            return;
        }
        f.interval = timing.grow(f.interval.multipliedBy(2), timing.maxOnError());
        f.nextDue = nanoClock.getAsLong() + f.interval.toNanos();
        LOG.log(Level.INFO, "polling task {0} failed ({1}); next try in {2} s", f.id, e.kind(),
                f.interval.toSeconds());
    }

    private static final class Followed {
        final String id;
        final Listener listener;
        volatile long nextDue;
        Duration interval;
        TaskStatus lastStatus;
        int lastProgress = -1;
        int notFound;

        Followed(String id, Listener listener, long nextDue, Duration interval) {
            this.id = id;
            this.listener = listener;
            this.nextDue = nextDue;
            this.interval = interval;
        }
    }
}
