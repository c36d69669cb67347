package io.github.cbrsync.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Coalesces updates posted from worker threads into one batch per trip to the UI thread, so a burst of
 * fifty task updates costs one runLater, not fifty. The poster is the UI thread's executor (Platform::runLater
 * in the app, Runnable::run in tests).
 */
public final class UiUpdateQueue {
    private final Consumer<Runnable> uiExecutor;
    private final List<Runnable> pending = new ArrayList<>();
    private boolean scheduled;

    public UiUpdateQueue(Consumer<Runnable> uiExecutor) {
        this.uiExecutor = uiExecutor;
    }

    public void post(Runnable update) {
        synchronized (this) {
            pending.add(update);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        uiExecutor.accept(this::drain);
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

    private void drain() {
        List<Runnable> batch;
        synchronized (this) {
            batch = new ArrayList<>(pending);
            pending.clear();
            scheduled = false;
        }
        batch.forEach(Runnable::run);
    }
}
