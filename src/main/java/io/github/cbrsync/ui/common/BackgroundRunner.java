package io.github.cbrsync.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work away from the UI thread and delivers its result on the UI thread. View-models take
 * one, so tests can run everything synchronously without a JavaFX toolkit.
 */
public interface BackgroundRunner {

    /** Starts {@code work}; its result or failure is delivered on the UI thread. The handle can stop it. */
    <T> BackgroundWork run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything on the calling thread: for view-model tests. */
    BackgroundRunner DIRECT = new BackgroundRunner() {
        @Override
        public <T> BackgroundWork run(String name, Callable<T> work, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return BackgroundWork.DONE;
            }
            onSuccess.accept(result);
            return BackgroundWork.DONE;
        }
    };
}
