package io.github.cbrsync.app;

import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.service.HistoryCatchUp;
import io.github.cbrsync.service.OperationLogPoller;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.SyncService;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.HistoryJournal;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.store.SettingsVaultPreferences;
import io.github.cbrsync.ui.common.FxTaskRunner;
import io.github.cbrsync.ui.common.LayoutMemory;
import io.github.cbrsync.ui.common.Messages;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.history.HistoryController;
import io.github.cbrsync.ui.history.HistoryViewModel;
import io.github.cbrsync.ui.main.AppActions;
import io.github.cbrsync.ui.main.ConnectionInfo;
import io.github.cbrsync.ui.main.MainViewModel;
import io.github.cbrsync.ui.main.MainWindowController;
import io.github.cbrsync.ui.vaults.VaultListController;
import io.github.cbrsync.ui.vaults.VaultListViewModel;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: the one place that builds the services for a connection and wires them to the
 * window. Owns the background threads and shuts them down.
 */
public final class AppContext implements AutoCloseable, AppActions {
    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());
    /** How far back "catch up with the server" looks for syncs started elsewhere. */
    static final Duration CATCH_UP_WINDOW = Duration.ofDays(30);

    private final Connection connection;
    private final AppPaths paths;
    private final SettingsStore settings;
    private final Optional<AppLogging> logging;
    private final Consumer<Path> folderOpener;
    private final ConnectionSwitcher switcher;
    private final OkHttpCbrApi api;
    private final ExecutorService io;
    private final ScheduledExecutorService pollerThread;
    private final HistoryJournal journal;
    private final TaskHistory history;
    private final OperationLogPoller poller;
    private final SyncService syncService;
    private final HistoryCatchUp catchUp;
    private final UiUpdateQueue uiQueue = new UiUpdateQueue(Platform::runLater);
    private MainViewModel mainViewModel;

    public AppContext(Connection connection, PollTiming pollTiming, AppPaths paths, SettingsStore settings,
                      Optional<AppLogging> logging, Consumer<Path> folderOpener, ConnectionSwitcher switcher) {
        this.switcher = switcher;
        this.connection = connection;
        this.paths = paths;
        this.settings = settings;
        this.logging = logging;
        this.folderOpener = folderOpener;
        this.api = new OkHttpCbrApi(connection.settings());
        this.io = Executors.newFixedThreadPool(4, daemon("cbr-io"));
        this.pollerThread = Executors.newSingleThreadScheduledExecutor(daemon("cbr-task-poller"));
        this.journal = new HistoryJournal(paths.historyFolder().resolve(fileNameFor(connection.name()) + ".jsonl"));
        this.history = new TaskHistory(journal);
        this.poller = new OperationLogPoller(api, pollTiming, System::nanoTime);
        this.syncService = new SyncService(api, new VaultGate(), history, poller, Clock.systemUTC());
        this.catchUp = new HistoryCatchUp(api, history, syncService, Clock.systemUTC());
        history.addSinkFailureListener(e -> notice(Messages.format("history.saveFailed", e.getMessage())));
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

    /** Builds the main window's scene graph on the FX thread, shows it, then restores the history. */
    public MainWindowController showMainWindow(Stage stage) throws IOException {
        FxTaskRunner runner = new FxTaskRunner(io);
        VaultListViewModel vaults = new VaultListViewModel(api, syncService, new SettingsVaultPreferences(settings),
                runner, uiQueue);
        HistoryViewModel historyModel = new HistoryViewModel(history, uiQueue, runner);
        ConnectionInfo info = new ConnectionInfo(connection.name(), connection.region(),
                connection.settings().projectId(), connection.isDemo(),
                connection.settings().endpoints().isEncrypted() || connection.isDemo(), connection.sourceLabel());
        LayoutMemory layouts = new LayoutMemory() {
            @Override
            public Optional<io.github.cbrsync.store.AppSettings.TableLayout> layout(String tableId) {
                return Optional.ofNullable(settings.current().tables().get(tableId));
            }

            @Override
            public void save(String tableId, io.github.cbrsync.store.AppSettings.TableLayout layout) {
                settings.update(s -> s.withTable(tableId, layout));
            }
        };
        mainViewModel = new MainViewModel(info, vaults, historyModel, poller, uiQueue, this, layouts);
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> new MainWindowController(mainViewModel))
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
        if (stage.isShowing()) {
            // Switching connections: the window is up already, so it will not be "shown" again.
            stage.setOnShown(null);
            controller.windowShown(stage);
        } else {
            stage.setOnShown(e -> controller.windowShown(stage));
            stage.show();
        }
        settings.notice().ifPresent(this::notice);
        io.execute(this::restoreHistory);
        return controller;
    }

    /** Reads the journal (off the FX thread), trims it to the retention, and follows unfinished tasks again. */
    private void restoreHistory() {
        long start = System.nanoTime();
        try {
            HistoryJournal.Loaded loaded = journal.load();
            var rows = loaded.entries();
            var retention = settings.current().retention();
            var kept = HistoryJournal.kept(rows, retention, Clock.systemUTC().instant());
            int dropped = rows.size() - kept.size();
            // Rewrite when retention drops rows, or when status-change lines outnumber the rows: start-up stays fast.
            if (dropped > 0 || loaded.lines() > 2L * rows.size() + 1000) {
                journal.compact(rows, retention, Clock.systemUTC().instant());
                rows = kept;
            }
            history.restore(rows);
            rows.stream().filter(r -> !r.status().isFinal() && r.operationLogId().isPresent())
                    .forEach(syncService::resume);
            LOG.log(Level.INFO, "restored {0} history rows ({1} lines, {2} dropped by retention) in {3} ms",
                    rows.size(), loaded.lines(), dropped, (System.nanoTime() - start) / 1_000_000);
            loaded.warnings().forEach(this::notice);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "could not read the task history", e);
            notice(Messages.format("history.saveFailed", e.getMessage()));
        }
    }

    /** --smoke: sync one vault through the window's own view-model and exit with the outcome. */
    void runSmokeTest() {
        SmokeRun.start(mainViewModel, history, connection.name());
    }

    void notice(String message) {
        uiQueue.post(() -> {
            if (mainViewModel != null) {
                mainViewModel.notice(message);
            }
        });
    }

    @Override
    public void catchUp(Consumer<String> done, Consumer<Throwable> failed) {
        var ids = mainViewModel.vaults().vaultIds();
        new FxTaskRunner(io).run("catch up", () -> catchUp.run(ids, CATCH_UP_WINDOW),
                r -> done.accept(Messages.format("history.catchUp.done", r.added(), r.updated(), r.followed())),
                failed);
    }

    @Override
    public String diagnostics() {
        return Diagnostics.text(connection, paths, logging.map(AppLogging::recentProblems).orElse(java.util.List.of()),
                text -> logging.map(l -> l.redact(text)).orElse(text));
    }

    @Override
    public void openLogFolder() {
        folderOpener.accept(paths.logs());
    }

    @Override
    public java.util.List<String> connectionNames() {
        return switcher.names();
    }

    @Override
    public String currentConnection() {
        return connection.name();
    }

    @Override
    public void switchTo(String name) {
        switcher.switchTo(name);
    }

    @Override
    public void manageConnections() {
        switcher.manage();
    }

    @Override
    public Tuning tuning() {
        var s = settings.current();
        return new Tuning(s.pollSeconds(), s.requestsPerSecond(), s.retentionRows(), s.retentionDays());
    }

    @Override
    public void applyTuning(Tuning t) {
        settings.update(s -> s.withTuning(t.pollSeconds(), t.requestsPerSecond(), t.retentionRows(),
                t.retentionDays()));
        api.setRequestsPerSecond(t.requestsPerSecond());
        poller.setTiming(PollTiming.startingAt(Duration.ofSeconds(t.pollSeconds())));
    }

    @Override
    public void close() {
        pollerThread.shutdownNow();
        io.shutdownNow();
        api.close();
        // Settings belong to the application, not to one connection: they are flushed when the app stops,
        // not here (a switch of connection runs this on the FX thread, which must not wait for the disk).
        try {
            journal.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the history journal failed", e);
        }
        connection.simulator().ifPresent(s -> s.close());
    }

    /** A file name for a connection's journal: lowercase letters, digits and dashes. */
    static String fileNameFor(String connectionName) {
        String slug = connectionName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "connection" : slug;
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
