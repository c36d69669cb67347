package io.github.cbrsync.app;

import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.service.OperationLogPoller;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.SyncService;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.store.InMemoryVaultPreferences;
import io.github.cbrsync.store.VaultPreferences;
import io.github.cbrsync.ui.common.FxTaskRunner;
import io.github.cbrsync.ui.common.Messages;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.history.HistoryController;
import io.github.cbrsync.ui.history.HistoryViewModel;
import io.github.cbrsync.ui.main.ConnectionInfo;
import io.github.cbrsync.ui.main.MainViewModel;
import io.github.cbrsync.ui.main.MainWindowController;
import io.github.cbrsync.ui.vaults.VaultListController;
import io.github.cbrsync.ui.vaults.VaultListViewModel;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: the one place that builds the services for a connection and wires them to the
 * window. Owns the background threads and shuts them down.
 */
public final class AppContext implements AutoCloseable {
    private final Connection connection;
    private final OkHttpCbrApi api;
    private final ExecutorService io;
    private final ScheduledExecutorService pollerThread;
    private final TaskHistory history = new TaskHistory();
    private final VaultGate gate = new VaultGate();
    private final VaultPreferences preferences = new InMemoryVaultPreferences();
    private final OperationLogPoller poller;
    private final SyncService syncService;

    public AppContext(Connection connection, PollTiming pollTiming) {
        this.connection = connection;
        this.api = new OkHttpCbrApi(connection.settings());
        this.io = Executors.newFixedThreadPool(4, daemon("cbr-io"));
        this.pollerThread = Executors.newSingleThreadScheduledExecutor(daemon("cbr-task-poller"));
        this.poller = new OperationLogPoller(api, pollTiming, System::nanoTime);
        this.syncService = new SyncService(api, gate, history, poller, Clock.systemUTC());
        poller.start(pollerThread);
    }

    public Connection connection() {
        return connection;
    }

    public TaskHistory history() {
        return history;
    }

    public SyncService syncService() {
        return syncService;
    }

    /** Builds the main window's scene graph on the FX thread and shows it. */
    public MainWindowController showMainWindow(Stage stage) throws IOException {
        UiUpdateQueue uiQueue = new UiUpdateQueue(Platform::runLater);
        VaultListViewModel vaults = new VaultListViewModel(api, syncService, preferences, new FxTaskRunner(io),
                uiQueue);
        HistoryViewModel historyModel = new HistoryViewModel(history, uiQueue);
        ConnectionInfo info = new ConnectionInfo(connection.name(), connection.region(),
                connection.settings().projectId(), connection.isDemo(),
                connection.settings().endpoints().isEncrypted() || connection.isDemo());
        MainViewModel main = new MainViewModel(info, vaults, historyModel, poller, uiQueue);
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> new MainWindowController(main))
                .register(VaultListController.class, () -> new VaultListController(vaults))
                .register(HistoryController.class, () -> new HistoryController(historyModel));
        FXMLLoader loader = new FXMLLoader(MainWindowController.class.getResource("MainWindow.fxml"),
                Messages.bundle());
        loader.setControllerFactory(controllers);
        Parent root = loader.load();
        MainWindowController controller = loader.getController();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindowController.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(controller.title());
        AppIcons.apply(stage);
        stage.setOnShown(e -> controller.windowShown(stage));
        stage.show();
        return controller;
    }

    @Override
    public void close() {
        pollerThread.shutdownNow();
        io.shutdownNow();
        api.close();
        connection.simulator().ifPresent(s -> s.close());
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
