package io.github.cbrsync.app;

import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.AppSettings;
import io.github.cbrsync.store.SettingsStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Everything that touches the disk or the network runs in init(), off the FX thread. */
public final class CbrSyncDeskApp extends Application {
    private AppContext context;
    private SettingsStore settings;
    private ScheduledExecutorService settingsSaver;

    @Override
    public void init() throws Exception {
        AppPaths paths = AppPaths.forThisMachine();
        AppLogging logging = AppLogging.install(paths.logs());
        settingsSaver = Executors.newSingleThreadScheduledExecutor(AppContext.daemon("cbr-settings"));
        settings = new SettingsStore(paths.config().resolve("settings.json"), settingsSaver, Duration.ofMillis(500));
        AppSettings saved = settings.load();
        // No connection is configured yet in this version: start in demo mode against the embedded simulator.
        Connection demo = Connections.demo(SimulatorConfig.demo());
        Connection connection = new Connection(demo.name(), demo.region(),
                demo.settings().withRateLimit(saved.requestsPerSecond()), demo.simulator());
        if (connection.settings().credentials() instanceof Credentials.AkSk ak) {
            logging.addSecrets(List.of(ak.secretKey()));
        }
        context = new AppContext(connection, PollTiming.startingAt(Duration.ofSeconds(saved.pollSeconds())), paths,
                settings, Optional.of(logging), folder -> getHostServices().showDocument(folder.toUri().toString()));
    }

    @Override
    public void start(Stage stage) throws Exception {
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        WindowMemory.restore(stage, settings);
        context.showMainWindow(stage);
        WindowMemory.track(stage, settings);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        if (settingsSaver != null) {
            settingsSaver.shutdown();
        }
    }
}
