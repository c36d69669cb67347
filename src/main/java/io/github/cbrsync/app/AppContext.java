package io.github.cbrsync.app;

import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.AppSettings;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.store.SettingsVaultPreferences;
import io.github.cbrsync.ui.common.Dialogs;
import io.github.cbrsync.ui.common.FxPacing;
import io.github.cbrsync.ui.common.FxTaskRunner;
import io.github.cbrsync.ui.common.LayoutMemory;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.history.HistoryController;
import io.github.cbrsync.ui.history.HistoryViewModel;
import io.github.cbrsync.ui.main.ConnectionInfo;
import io.github.cbrsync.ui.main.MainViewModel;
import io.github.cbrsync.ui.main.MainWindowController;
import io.github.cbrsync.ui.vaults.VaultListController;
import io.github.cbrsync.ui.vaults.VaultListViewModel;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window's side of one connection: builds the view-models over the connection's {@link ConnectionScope},
 * loads the main window's scene for it, and restores its history once the window shows. Wiring only: the
 * scope owns the threads and the work, {@link WindowActions} the menu actions.
 */
public final class AppContext {
    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    /** A restore of this many journal lines or more is followed by one compacting collection. */
    private static final long LINES_WORTH_COMPACTING = 20_000;

    /**
     * Worker threads' updates reach the window at most five times a second: followed tasks change rows all the
     * time, and each trip costs a repaint of the rows it touched (see UiUpdateQueue).
     */
    private static final Duration UI_UPDATE_GAP = Duration.ofMillis(200);

    private final ConnectionScope scope;
    private final SettingsStore settings;
    private final WindowActions actions;
    private final UiUpdateQueue uiQueue = new UiUpdateQueue(Platform::runLater, FxPacing.every(UI_UPDATE_GAP));
    private MainViewModel mainViewModel;
    private Parent root;
    private MainWindowController controller;

    public AppContext(ConnectionScope scope, SettingsStore settings, WindowActions actions) {
        this.scope = scope;
        this.settings = settings;
        this.actions = actions;
    }

    public ConnectionScope scope() {
        return scope;
    }

    /**
     * No worker update posted through the window's queue is waiting or being applied. With the pacing, one can
     * come up to {@link #UI_UPDATE_GAP} after the FX thread's queue is empty, so tests wait for this before
     * clicking rows (a new sort or filter of the history comes by a runLater of its own).
     */
    public boolean uiSettled() {
        return uiQueue.isSettled();
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    /** Prepares the main window and shows it (on the FX thread). */
    public MainWindowController showMainWindow(Stage stage) throws IOException {
        if (root == null) {
            prepare();
        }
        return show(stage);
    }

    /**
     * Builds the view-models and loads the main window's scene graph. Any thread, before {@link #show}: nothing
     * is attached to a showing window yet, and no change reaches the view-models until the history is restored
     * (after show), so the FX thread stays free to paint while a connection opens.
     */
    public AppContext prepare() throws IOException {
        FxTaskRunner runner = new FxTaskRunner(scope.io());
        VaultListViewModel vaults = new VaultListViewModel(new VaultDirectory(scope.api()), scope.syncService(),
                scope::startBulk, new SettingsVaultPreferences(settings), runner, uiQueue);
        vaults.lastSyncs().staleDaysProperty().set(settings.current().ui().staleDays());
        vaults.lastSyncs().follow(scope.history(), uiQueue, java.time.Clock.systemUTC());
        HistoryViewModel historyModel = new HistoryViewModel(scope.history(), uiQueue, runner);
        historyModel.setResender(vaults::sendAgain);
        var connection = scope.connection();
        ConnectionInfo info = new ConnectionInfo(connection.name(), connection.region(),
                connection.settings().projectId(), connection.isDemo(),
                connection.settings().endpoints().isEncrypted() || connection.isDemo(), connection.sourceLabel());
        mainViewModel = new MainViewModel(info, vaults, historyModel, scope.follower(), uiQueue, actions,
                layouts(settings));
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> new MainWindowController(mainViewModel))
                .register(VaultListController.class, () -> new VaultListController(vaults))
                .register(HistoryController.class, () -> new HistoryController(historyModel));
        FXMLLoader loader = new FXMLLoader(MainWindowController.class.getResource("MainWindow.fxml"),
                Messages.bundle());
        loader.setControllerFactory(controllers);
        root = loader.load();
        controller = loader.getController();
        return this;
    }

    /** On the FX thread: puts the prepared window on the stage, shows it, then restores the history. */
    public MainWindowController show(Stage stage) {
        Scene scene = new Scene(root, sizeOr(stage.getScene(), true), sizeOr(stage.getScene(), false));
        Dialogs.style(scene);
        stage.setScene(scene);
        stage.setTitle(controller.title());
        AppIcons.apply(stage);
        // A bulk sync that goes on while the window shows another connection is shown again on return.
        scope.activeJobs().stream().reduce((a, b) -> b).ifPresent(mainViewModel.vaults().bulkJob()::show);
        if (stage.isShowing()) {
            // The window is up already (the opening view, or another connection): it will not be "shown" again.
            stage.setOnShown(null);
            controller.windowShown(stage);
        } else {
            stage.setOnShown(e -> controller.windowShown(stage));
            stage.show();
        }
        settings.notice().ifPresent(this::notice);
        scope.io().execute(this::restoreHistory);
        return controller;
    }

    /** The size of the scene the window shows now (the new one replaces it at the same size), else preferred. */
    private static double sizeOr(Scene current, boolean width) {
        if (current == null) {
            return -1;
        }
        return width ? current.getWidth() : current.getHeight();
    }

    /** Reads the journal (off the FX thread) and tells the user what came of it. */
    private void restoreHistory() {
        long start = System.nanoTime();
        try {
            ConnectionScope.Restored restored = scope.restore(settings.current().retention());
            LOG.log(Level.INFO, "restored {0} history rows ({1} lines) in {2} ms", restored.rows(), restored.lines(),
                    (System.nanoTime() - start) / 1_000_000);
            if (restored.lines() >= LINES_WORTH_COMPACTING) {
                // What reading them left in the old generation stays there while the app is idle: G1 empties old
                // regions only in mixed collections, which need activity. One compacting collection now gives
                // about 100 MB back at 100,000 rows (one pause of about 0.1 s as the history appears).
                System.gc();
            }
            restored.warnings().forEach(this::notice);
            restored.interruptedJobs().thenAccept(plans -> plans.forEach(p -> uiQueue.post(() -> offerResume(p))));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "could not read the task history", e);
            notice(Messages.format("history.saveFailed", e.getMessage()));
        }
    }

    private void offerResume(JobPlan remaining) {
        mainViewModel.offerResume(remaining, yes -> {
            if (yes) {
                mainViewModel.vaults().resumeInterrupted(remaining);
            }
            scope.io().execute(() -> {
                try {
                    scope.discardInterrupted(remaining);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not forget an interrupted bulk sync: {0}", e.toString());
                }
            });
        });
    }

    void notice(String message) {
        uiQueue.post(() -> {
            if (mainViewModel != null) {
                mainViewModel.notice(message);
            }
        });
    }

    /** Table layouts remembered in settings.json. */
    private static LayoutMemory layouts(SettingsStore settings) {
        return new LayoutMemory() {
            @Override
            public Optional<AppSettings.TableLayout> layout(String tableId) {
                return Optional.ofNullable(settings.current().tables().get(tableId));
            }

            @Override
            public void save(String tableId, AppSettings.TableLayout layout) {
                settings.update(s -> s.withTable(tableId, layout));
            }
        };
    }

    /** Notices the catalog collected while opening (a damaged profile file...), shown in this window. */
    void showNotices(List<String> notices) {
        notices.forEach(this::notice);
    }

    /** Receives each notice (tests). */
    void onNotice(Consumer<String> sink) {
        mainViewModel.setNoticeSink(sink);
    }
}
