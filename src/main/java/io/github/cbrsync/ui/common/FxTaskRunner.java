package io.github.cbrsync.ui.common;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Wraps work in a {@link Task} on the app's background executor; results arrive on the FX thread. */
public final class FxTaskRunner implements BackgroundRunner {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());
    private final Executor executor;

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> BackgroundWork run(String name, Callable<T> work, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(Level.DEBUG, name + " failed", task.getException());
            onFailure.accept(task.getException());
        });
        executor.execute(task);
        return new BackgroundWork() {
            @Override
            public boolean cancel() {
                return task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }
}
