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
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.stage.Stage;

/** Builds the real composition root for a UI test, with all files under a temporary folder. */
public final class TestApp {
    private TestApp() {
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
        SettingsStore settings = new SettingsStore(paths.config().resolve("settings.json"),
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "test-settings");
                    t.setDaemon(true);
                    return t;
                }), Duration.ofMillis(100));
        settings.load();
        ConnectionScope scope = new ScopeFactory(paths.historyFolder(), settings, timing, ReconcilePolicy.DEFAULT)
                .open(connection);
        AppContext context = new AppContext(scope, settings, new WindowActions(scope, paths, settings,
                Optional.empty(), folder -> { }, ConnectionSwitcher.fixed(new io.github.cbrsync.domain.ConnectionChoice(connection.id(),
                        connection.name()))));
        context.showMainWindow(stage);
        return context;
    }
}
