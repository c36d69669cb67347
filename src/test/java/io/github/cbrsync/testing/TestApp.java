package io.github.cbrsync.testing;

import io.github.cbrsync.app.AppContext;
import io.github.cbrsync.app.ConnectionSwitcher;
import io.github.cbrsync.app.ScopeFactory;
import io.github.cbrsync.app.WindowActions;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;

/** Builds the real composition root for a UI test, with all files under a temporary folder. */
public final class TestApp {
    /** Each shown context's settings saver, stopped by {@link #close} once its last save is written. */
    private static final Map<AppContext, Runnable> SAVERS = new ConcurrentHashMap<>();

    private TestApp() {
    }

    /**
     * Closes what {@link #show} opened: the connection's scope, then the settings saver, after writing a save still
     * waiting for its delay. A test's temporary folder is deleted after this, and a late save into it would make the
     * deletion fail.
     */
    public static void close(AppContext context) {
        context.scope().close();
        Runnable stopSaver = SAVERS.remove(context);
        if (stopSaver != null) {
            stopSaver.run();
        }
    }

    /**
     * The demo connection on a simulator made from {@code config}, with the client's rate limit raised so a
     * test does not wait for it, shown in {@code stage}.
     */
    public static AppContext showDemo(Stage stage, io.github.cbrsync.sim.SimulatorConfig config, double rate,
                                      PollTiming timing, Path home) throws Exception {
        Connection demo = io.github.cbrsync.app.Connections.demo(config, "Demo simulator");
        return show(stage, demo.withSettings(demo.settings().withRateLimit(rate)), timing, home);
    }

    public static AppContext show(Stage stage, Connection connection, PollTiming timing, Path home) throws Exception {
        AppPaths paths = AppPaths.under(home);
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "test-settings");
            t.setDaemon(true);
            return t;
        });
        SettingsStore settings = new SettingsStore(paths.config().resolve("settings.json"), saver,
                Duration.ofMillis(100));
        settings.load();
        ConnectionScope scope = new ScopeFactory(paths.historyFolder(), settings, timing, ReconcilePolicy.DEFAULT)
                .open(connection);
        AppContext context = new AppContext(scope, settings, new WindowActions(scope, paths, settings,
                Optional.empty(), folder -> { }, ConnectionSwitcher.fixed(new io.github.cbrsync.domain.ConnectionChoice(connection.id(),
                        connection.name()))));
        SAVERS.put(context, () -> stopSaver(settings, saver));
        context.showMainWindow(stage);
        return context;
    }

    /** Writes a save still waiting for its delay, then stops the thread that saves (a test's own saver). */
    public static void stopSaver(SettingsStore settings, ScheduledExecutorService saver) {
        settings.flush();
        saver.shutdownNow();
        try {
            if (!saver.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test's settings saver did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
