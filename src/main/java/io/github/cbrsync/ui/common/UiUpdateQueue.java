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
