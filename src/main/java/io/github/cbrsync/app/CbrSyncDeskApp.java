package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.session.Connection;

import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.DeferredSecretStore;
import io.github.cbrsync.store.SecretStore;
import io.github.cbrsync.ui.main.OpeningView;
import io.github.cbrsync.store.AppSettings;
import io.github.cbrsync.store.KeyringSecretStore;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SettingsStore;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window is on screen first (an opening view), and filled once the first connection
 * is open; nothing on the way touches the disk or the network on the FX thread.
 */
public final class CbrSyncDeskApp extends Application {
    private static final System.Logger LOG = System.getLogger(CbrSyncDeskApp.class.getName());

    private final StartupTimeline timeline = new StartupTimeline();
    private AppPaths paths;
    private AppLogging logging;
    private SettingsStore settings;
    private ScheduledExecutorService settingsSaver;
    private ConnectionCatalog catalog;
    private ScopeFactory scopes;
    private LaunchOptions options;
    private ConnectionId firstId;
    private CompletableFuture<ConnectionScope> firstScope;
    private WindowConnections window;
    private boolean darkTheme;

    /**
     * Off the FX thread, and short: settings, the catalog, and then, concurrently with the window coming up, the
     * keyring probe and the first connection (a simulator start in demo mode, its journal, its threads).
     */
    @Override
    public void init() throws Exception {
        timeline.reached("init");
        options = LaunchOptions.parse(getParameters().getRaw());
        paths = AppPaths.forThisMachine();
        logging = AppLogging.install(paths.logs());
        settingsSaver = Executors.newSingleThreadScheduledExecutor(ScopeFactory.daemon("cbr-settings"));
        settings = new SettingsStore(paths.config().resolve(SettingsStore.FILE_NAME), settingsSaver, Duration.ofMillis(500));
        AppSettings saved = settings.load();
        // Light or dark, asked of the desktop while the rest starts (a short process for "follow the system").
        CompletableFuture<Boolean> theme = CompletableFuture.supplyAsync(() -> Appearance.dark(saved.ui().theme()));
        ExecutorService startup = Executors.newFixedThreadPool(2, ScopeFactory.daemon("cbr-startup"));
        CompletableFuture<SecretStore> keyring = CompletableFuture.supplyAsync(KeyringSecretStore::probe, startup);
        catalog = new ConnectionCatalog(new ProfileStore(paths.config().resolve("profiles.json")),
                new DeferredSecretStore(keyring), System.getenv(), Path.of(System.getProperty("user.home")),
                options.region());
        LegacyJournals.migrate(paths.historyFolder());
        scopes = ScopeFactory.forWindow(paths.historyFolder(), settings);
        firstId = catalog.startupChoice(options.profile(), saved.lastProfile());
        timeline.reached("catalog");
        firstScope = CompletableFuture.supplyAsync(() -> {
            try {
                Connection first = catalog.open(firstId, saved.ratePlan(firstId.value()), options);
                timeline.reached("connection-open");
                return scopes.open(first);
            } catch (Exception needsTheUserOrFailed) {
                // Resolved in the window, which can ask for the secret or the region, or say what failed.
                throw new CompletionException(needsTheUserOrFailed);
            }
        }, startup);
        firstScope.whenComplete((scope, error) -> startup.shutdown());
        darkTheme = waitForTheme(theme);
    }

    /** The theme before the first frame (so the window does not flash light); light if the desktop is slow. */
    private static boolean waitForTheme(CompletableFuture<Boolean> theme) {
        try {
            return theme.get(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.DEBUG, "no answer about the desktop theme in time: {0}", e.toString());
            return false;
        }
    }

    /** Shows the window at once, then fills it when the first connection is open. */
    @Override
    public void start(Stage stage) {
        timeline.reached("fx-start");
        io.github.cbrsync.ui.common.Themes.apply(darkTheme);
        Optional<String> cjkFont = io.github.cbrsync.ui.common.CjkFont.choose(System.getProperty("os.name", ""),
                java.util.Set.copyOf(javafx.scene.text.Font.getFamilies()));
        // Read by CI's Chinese smoke run: which texts, formats, theme and font this start chose.
        LOG.log(Level.INFO, "look: texts {0}, formats {1}, {2} theme, CJK font {3}",
                Messages.bundle().getLocale(), Messages.formatLocale(), darkTheme ? "dark" : "light",
                cjkFont.orElse("none"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        WindowMemory.restore(stage, settings);
        // The size the main window will have (remembered, else its preferred size), so it opens where it stays.
        Scene opening = OpeningView.scene(catalog.label(firstId), sizeOr(stage.getWidth(), 1280),
                sizeOr(stage.getHeight(), 820));
        stage.setScene(opening);
        stage.setTitle(Messages.get("app.title"));
        AppIcons.apply(stage);
        stage.show();
        timeline.reachedAtNextFrame("first-frame", stage);
        window = new WindowConnections(stage, catalog, settings, paths, Optional.of(logging),
                folder -> getHostServices().showDocument(folder.toUri().toString()), scopes, options, timeline);
        window.showWhenOpen(firstId, firstScope);
        WindowMemory.track(stage, settings);
    }

    private static double sizeOr(double size, double preferred) {
        return Double.isNaN(size) || size <= 0 ? preferred : size;
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
