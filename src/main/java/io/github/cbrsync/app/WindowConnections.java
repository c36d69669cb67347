package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.Regions;
import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.JobPause;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.ui.common.Dialogs;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.ErrorDialog;
import io.github.cbrsync.ui.common.FxTaskRunner;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.connection.ConnectionsDialog;
import io.github.cbrsync.ui.connection.SecretPrompt;
import io.github.cbrsync.ui.main.BusyConnectionDialog;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Stage;

/**
 * The window's connection. Opening one (a simulator start, a CA file, a keyring call) and closing one (waiting
 * for its threads, the journal's last write) happen on the {@code cbr-connect} thread, never the FX thread.
 * Switching away from a connection whose bulk sync still has requests to send asks first: finish in the
 * background (its scope lives on, without a window, until its last request has its fate), cancel the rest, or
 * stay. A connection finishing in the background is taken back, not opened twice, if the user returns to it.
 */
public final class WindowConnections implements ConnectionSwitcher {
    private static final System.Logger LOG = System.getLogger(WindowConnections.class.getName());

    private final Stage stage;
    private final ConnectionCatalog catalog;
    private final SettingsStore settings;
    private final AppPaths paths;
    private final Optional<AppLogging> logging;
    private final Consumer<Path> folderOpener;
    private final ScopeFactory scopes;
    private final ExecutorService opener = Executors.newSingleThreadExecutor(ScopeFactory.daemon("cbr-connect"));
    private final CatalogWorkbench workbench;
    private final StartupTimeline timeline;
    private final Map<ConnectionId, ConnectionScope> background = new ConcurrentHashMap<>();
    private LaunchOptions overrides;
    private AppContext current;

    public WindowConnections(Stage stage, ConnectionCatalog catalog, SettingsStore settings, AppPaths paths,
                             Optional<AppLogging> logging, Consumer<Path> folderOpener, ScopeFactory scopes,
                             LaunchOptions overrides) {
        this(stage, catalog, settings, paths, logging, folderOpener, scopes, overrides, new StartupTimeline());
    }

    WindowConnections(Stage stage, ConnectionCatalog catalog, SettingsStore settings, AppPaths paths,
                      Optional<AppLogging> logging, Consumer<Path> folderOpener, ScopeFactory scopes,
                      LaunchOptions overrides, StartupTimeline timeline) {
        this.stage = stage;
        this.catalog = catalog;
        this.settings = settings;
        this.paths = paths;
        this.logging = logging;
        this.folderOpener = folderOpener;
        this.scopes = scopes;
        this.overrides = overrides;
        this.workbench = new CatalogWorkbench(catalog);
        this.timeline = timeline;
    }

    private Optional<AppContext> current() {
        return Optional.ofNullable(current);
    }

    /** Shows an already opened connection (tests). */
    public void show(Connection connection) {
        new FxTaskRunner(opener).run("open " + connection.name(), () -> prepared(scopes.open(connection)),
                this::replace, error -> recover(connection.id(), error));
    }

    /**
     * The window's side of a scope, built off the FX thread (view-models, FXML). A scope whose window cannot be
     * built is closed here, whoever opened it: nothing of it outlives the failure.
     */
    private AppContext prepared(ConnectionScope scope) throws java.io.IOException {
        try {
            return new AppContext(scope, settings, new WindowActions(scope, paths, settings, logging, folderOpener,
                    this)).prepare();
        } catch (java.io.IOException | RuntimeException e) {
            scope.close();
            throw e;
        }
    }

    /** The first connection, opened during start-up: shown when it is open, or what it needs is asked for. */
    void showWhenOpen(ConnectionId id, CompletableFuture<ConnectionScope> opening) {
        opening.thenApplyAsync(scope -> {
            timeline.reached("scope-open");
            try {
                AppContext context = prepared(scope);
                timeline.reached("window-prepared");
                return context;
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }, opener).whenComplete((context, error) -> Platform.runLater(() -> {
            if (error == null) {
                replace(context);
            } else {
                recover(id, error instanceof CompletionException && error.getCause() != null ? error.getCause()
                        : error);
            }
        }));
    }

    @Override
    public List<ConnectionChoice> connections() {
        return catalog.choices();
    }

    @Override
    public void switchTo(ConnectionId id) {
        ConnectionScope scope = current == null ? null : current.scope();
        if (scope == null || !scope.isSending()) {
            open(id);
            return;
        }
        // Nothing goes out while the user decides: even requests already waiting for their turn are held.
        List<BulkSyncJob> jobs = scope.activeJobs();
        jobs.forEach(j -> j.pause(JobPause.QUESTION));
        BusyConnectionDialog.ask(stage, scope.connection().name(), catalog.label(id), jobs, choice -> {
            switch (choice) {
                case FINISH_IN_BACKGROUND -> {
                    jobs.forEach(BulkSyncJob::resume);
                    open(id);
                }
                case CANCEL_THE_REST -> {
                    jobs.forEach(BulkSyncJob::cancel);
                    open(id);
                }
                case STAY -> jobs.forEach(BulkSyncJob::resume);
            }
        });
    }

    private void open(ConnectionId id) {
        if (stage.getScene() != null) {
            stage.setTitle(Messages.format("connection.switching", catalog.label(id)));
            current().ifPresent(c -> c.mainViewModel().busy(Messages.format("connection.switching",
                    catalog.label(id))));
        }
        ConnectionScope waiting = background.remove(id);
        if (waiting != null) {
            // A scope that goes on working: its view-models are built on the FX thread, where its updates land.
            try {
                replace(prepared(waiting));
            } catch (java.io.IOException e) {
                recover(id, e);
            }
            return;
        }
        LaunchOptions once = overrides;
        new FxTaskRunner(opener).run("open " + id, () -> prepared(scopes.open(catalog.open(id,
                        settings.current().ratePlan(id.value()), once))),
                context -> {
                    overrides = once.withoutConnectionOverrides();
                    replace(context);
                },
                error -> recover(id, error));
    }

    @Override
    public void manage() {
        ConnectionId currentId = current == null ? ConnectionId.DEMO : current.scope().connection().id();
        ConnectionsDialog.show(stage, workbench, new FxTaskRunner(opener), currentId)
                .filter(id -> !id.equals(currentId)).ifPresent(this::switchTo);
    }

    /** Asks for what was missing and tries again; anything else is an error dialog, and the window stays. */
    private void recover(ConnectionId id, Throwable error) {
        if (error instanceof MissingSecretException missing) {
            SecretPrompt.ask(stage, missing.label(), missing.kind(), catalog.secretStore().description())
                    .ifPresentOrElse(secret -> new FxTaskRunner(opener).run("store secret", () -> {
                        // The OS keyring is a desktop-bus call: not on the FX thread.
                        catalog.provideSecret(missing.connection(), missing.kind(), secret);
                        return id;
                    }, this::open, e -> recover(id, e)), this::restoreTitleOrDemo);
            return;
        }
        if (error instanceof MissingRegionException missing) {
            ChoiceDialog<String> pick = Dialogs.prepare(new ChoiceDialog<String>(Regions.CBR.get(0), Regions.CBR),
                    stage);
            pick.setTitle(Messages.get("region.title"));
            pick.setHeaderText(Messages.format("region.header", missing.label()));
            pick.showAndWait().ifPresentOrElse(region -> {
                catalog.useRegion(id, region);
                open(id);
            }, this::restoreTitleOrDemo);
            return;
        }
        LOG.log(Level.WARNING, "opening connection {0} failed: {1}", id, error.toString());
        ErrorDialog.create(stage, Messages.get("connection.failed"), ErrorDetails.of(error)).showAndWait();
        restoreTitleOrDemo();
    }

    /** After a cancelled or failed switch: back to the window as it was, or the demo if there was none. */
    private void restoreTitleOrDemo() {
        if (current == null) {
            open(ConnectionId.DEMO);
        } else {
            stage.setTitle(Messages.format("app.title.withConnection", current.scope().connection().name()));
            current.mainViewModel().busy("");
        }
    }

    /** On the FX thread: the window shows a prepared connection; the previous one retires off the FX thread. */
    private void replace(AppContext next) {
        AppContext previous = current;
        ConnectionScope scope = next.scope();
        Connection connection = scope.connection();
        current = next;
        rememberSecretsForRedaction(connection);
        try {
            // The first vault list is fetched while the FX thread puts the window on the stage (styles, layout:
            // about 0.2 s); the load the shown window asks for then finds it under way.
            next.mainViewModel().vaults().refresh();
            current.show(stage);
            timeline.reached("main-window");
            current.mainViewModel().vaults().addOnLoaded(vaults -> {
                timeline.reached("vaults-listed");
                timeline.reachedAtNextFrame("vaults-shown", stage);
            });
            if (overrides.smoke()) {
                SmokeRun.start(current.mainViewModel(), scope);
            } else {
                settings.update(s -> s.withLastProfile(connection.id().value()));
            }
            current.showNotices(catalog.notices());
        } finally {
            if (previous != null) {
                retire(previous.scope());
            }
        }
    }

    /**
     * A connection the window leaves: closed at once, or, while its bulk sync still sends (the user chose to
     * finish in the background), once its last request has its fate. Both off the FX thread.
     */
    private void retire(ConnectionScope scope) {
        ConnectionId id = scope.connection().id();
        if (!scope.isSending()) {
            opener.execute(() -> closeScope(scope));
            return;
        }
        background.put(id, scope);
        scope.sendingDone().whenComplete((done, error) -> opener.execute(() -> {
            if (background.remove(id, scope)) {
                closeScope(scope);
            }
        }));
    }

    private void closeScope(ConnectionScope scope) {
        scopes.rememberLearnedRate(scope);
        scope.close();
    }

    private void rememberSecretsForRedaction(Connection connection) {
        logging.ifPresent(l -> l.addSecretsOf(connection.settings()));
    }

    /** At exit: every connection closes (a bulk sync still sending is offered for resumption at the next start). */
    public void close() {
        opener.shutdown();
        if (current != null) {
            closeScope(current.scope());
        }
        background.values().forEach(this::closeScope);
        background.clear();
    }
}
