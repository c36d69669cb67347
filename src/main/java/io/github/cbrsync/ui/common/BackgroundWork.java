package io.github.cbrsync.ui.common;

/** A piece of background work that was started: whether it is done, and a way to stop it. */
public interface BackgroundWork {
    /** Work that ran to its end on the calling thread. */
    BackgroundWork DONE = new BackgroundWork() {
        @Override
        public boolean cancel() {
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };

    /** Stops the work if it has not ended (its thread is interrupted); false when it had ended already. */
    boolean cancel();

    boolean isDone();
}
