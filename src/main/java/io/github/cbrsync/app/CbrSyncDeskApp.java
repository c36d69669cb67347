package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.session.Connection;

import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.AppSettings;
import io.github.cbrsync.store.KeyringSecretStore;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SettingsStore;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Everything that touches the disk or the network before the window exists runs in
 * init(), off the FX thread: settings, the keyring probe, credential files, and opening the first connection.
 */
public final class CbrSyncDeskApp extends Application {
    private static final System.Logger LOG = System.getLogger(CbrSyncDeskApp.class.getName());

    private AppPaths paths;
    private AppLogging logging;
    private SettingsStore settings;
    private ScheduledExecutorService settingsSaver;
    private ConnectionCatalog catalog;
    private LaunchOptions options;
    private ConnectionId firstId;
    private Connection first;
    private WindowConnections window;

    @Override
    public void init() throws Exception {
        options = LaunchOptions.parse(getParameters().getRaw());
        paths = AppPaths.forThisMachine();
        logging = AppLogging.install(paths.logs());
        settingsSaver = Executors.newSingleThreadScheduledExecutor(ScopeFactory.daemon("cbr-settings"));
        settings = new SettingsStore(paths.config().resolve("settings.json"), settingsSaver, Duration.ofMillis(500));
        AppSettings saved = settings.load();
        catalog = new ConnectionCatalog(new ProfileStore(paths.config().resolve("profiles.json")),
                KeyringSecretStore.probe(), System.getenv(), Path.of(System.getProperty("user.home")),
                options.region());
        LegacyJournals.migrate(paths.historyFolder());
        firstId = catalog.startupChoice(options.profile(), saved.lastProfile());
        try {
            first = catalog.open(firstId, saved.ratePlan(firstId.value()), options);
        } catch (MissingSecretException | MissingRegionException | IllegalArgumentException needsTheUser) {
            // Resolved in start(), where the window can ask for the secret or the region.
            LOG.log(Level.INFO, "connection {0} needs input before it opens: {1}", firstId,
                    needsTheUser.getMessage());
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        WindowMemory.restore(stage, settings);
        window = new WindowConnections(stage, catalog, settings, paths, Optional.of(logging),
                folder -> getHostServices().showDocument(folder.toUri().toString()),
                ScopeFactory.forWindow(paths.historyFolder(), settings), options);
        if (first != null) {
            window.show(first);
        } else {
            window.switchTo(firstId);
        }
        WindowMemory.track(stage, settings);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (settings != null) {
            settings.flush();
        }
        if (settingsSaver != null) {
            settingsSaver.shutdown();
        }
    }
}
