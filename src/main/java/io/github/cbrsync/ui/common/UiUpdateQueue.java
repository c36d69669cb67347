package io.github.cbrsync.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Coalesces updates posted from worker threads into one batch per trip to the UI thread, so a burst of
 * fifty task updates costs one runLater, not fifty. The poster is the UI thread's executor (Platform::runLater
 * in the app, Runnable::run in tests).
 *
 * <p>With a {@link Pacing}, trips come at most once per its gap: an update after a quiet spell is applied at
 * once, one that comes sooner waits for the gap to pass (while a bulk sync streams updates, a click's result can
 * wait that long), and everything posted meanwhile goes with it. A thousand followed tasks then repaint the tables
 * a few times a second, not at every frame.
 */
public final class UiUpdateQueue {
    private final Consumer<Runnable> uiExecutor;
    private final Pacing pacing;
    private final List<Runnable> pending = new ArrayList<>();
    private boolean scheduled;
    /** Trips running their updates (guarded by this; more than one only with an executor that runs in place). */
    private int draining;
    /** On a thread running a trip: the work its updates asked to run once they are all done. */
    private final ThreadLocal<List<Runnable>> endOfTrip = new ThreadLocal<>();
    /** When the last trip ran, by the pacing's clock; touched by the trips only (the UI thread, with a pacing). */
    private long lastTripNanos;
    private boolean tripped;

    /** Runs a task on the UI thread after a delay (in the app, a PauseTransition on the FX thread). */
    @FunctionalInterface
    public interface Delayer {
        void runAfter(Duration delay, Runnable task);
    }

    /** At most one trip per {@code gap}, timed by {@code nanoClock}, a later trip put off by {@code delayer}. */
    public record Pacing(Duration gap, LongSupplier nanoClock, Delayer delayer) {
        /** Every post makes its own trip as soon as the UI thread is free. */
        public static final Pacing NONE = new Pacing(Duration.ZERO, () -> 0L, (delay, task) -> task.run());
    }

    public UiUpdateQueue(Consumer<Runnable> uiExecutor) {
        this(uiExecutor, Pacing.NONE);
    }

    public UiUpdateQueue(Consumer<Runnable> uiExecutor, Pacing pacing) {
        this.uiExecutor = uiExecutor;
        this.pacing = pacing;
    }

    public void post(Runnable update) {
        synchronized (this) {
            pending.add(update);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        uiExecutor.accept(this::drainWhenDue);
    }

    /** Nothing posted is waiting for the UI thread or being applied (no trip scheduled, put off or running). */
    public synchronized boolean isSettled() {
        return pending.isEmpty() && !scheduled && draining == 0;
    }

    /**
     * Called from an update: runs {@code work} once the trip's updates are all applied, in the same trip (a
     * re-filter after a batch of changed values), so it costs no trip of its own. Anywhere else, posts it.
     */
    public void atEndOfTrip(Runnable work) {
        List<Runnable> tripWork = endOfTrip.get();
        if (tripWork != null) {
            tripWork.add(work);
        } else {
            post(work);
        }
    }

    /**
     * A consumer for worker threads whose items reach {@code apply} together on the UI thread: every item given
     * before the UI thread gets to them, as one list in the order given (a table can then take its selection
     * off and put it back once per trip, not once per row). The list is applied where the first of its items
     * was posted, so an item can land before an update posted after that first one.
     */
    public <T> Consumer<T> batching(Consumer<List<T>> apply) {
        List<T> waiting = new ArrayList<>();
        Runnable applyWaiting = () -> {
            List<T> items;
            synchronized (waiting) {
                items = new ArrayList<>(waiting);
                waiting.clear();
            }
            apply.accept(items);
        };
        return item -> {
            boolean first;
            synchronized (waiting) {
                first = waiting.isEmpty();
                waiting.add(item);
            }
            if (first) {
                post(applyWaiting);
            }
        };
    }

    /** On the UI thread: the trip runs now, or once the pacing's gap since the last one has passed. */
    private void drainWhenDue() {
        long sinceLast = pacing.nanoClock().getAsLong() - lastTripNanos;
        long gap = pacing.gap().toNanos();
        if (!tripped || sinceLast >= gap) {
            drain();
        } else {
            pacing.delayer().runAfter(Duration.ofNanos(gap - sinceLast), this::drain);
        }
    }

    private void drain() {
        tripped = true;
        lastTripNanos = pacing.nanoClock().getAsLong();
        List<Runnable> batch;
        synchronized (this) {
            batch = new ArrayList<>(pending);
            pending.clear();
            scheduled = false;
            draining++;
        }
        List<Runnable> outerTripWork = endOfTrip.get(); // a trip run in place from inside another one
        List<Runnable> tripWork = new ArrayList<>();
        endOfTrip.set(tripWork);
        try {
            batch.forEach(Runnable::run);
            for (int i = 0; i < tripWork.size(); i++) { // work may ask for more work
                tripWork.get(i).run();
            }
        } finally {
            if (outerTripWork == null) {
                endOfTrip.remove();
            } else {
                endOfTrip.set(outerTripWork);
            }
            synchronized (this) {
                draining--;
            }
        }
    }
}
