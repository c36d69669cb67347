package io.github.cbrsync.service;

import io.github.cbrsync.api.SendPermit;
import java.util.Optional;

/**
 * Whether a bulk sync may send: running, paused (by the user, by an authentication failure, or while the
 * window asks whether to switch connections) or cancelled. It is the permit every request of the job asks
 * right before it goes out, so a pause holds even requests already waiting for their turn.
 */
final class JobControl implements SendPermit {
    private JobPause paused;
    private boolean cancelled;

    @Override
    public synchronized boolean awaitPermission() throws InterruptedException {
        while (paused != null && !cancelled) {
            wait();
        }
        return !cancelled;
    }

    synchronized void pause(JobPause reason) {
        if (!cancelled && (paused == null || reason != JobPause.QUESTION)) {
            paused = reason;
        }
    }

    synchronized void resume() {
        paused = null;
        notifyAll();
    }

    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized Optional<JobPause> pausedBy() {
        return Optional.ofNullable(paused);
    }
}
