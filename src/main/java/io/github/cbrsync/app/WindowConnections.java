package io.github.cbrsync.app;

import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.domain.Regions;
import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.JobPause;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.ErrorDialog;
import io.github.cbrsync.ui.common.FxTaskRunner;
import io.github.cbrsync.ui.common.Messages;
import io.github.cbrsync.ui.connection.ConnectionsDialog;
import io.github.cbrsync.ui.connection.SecretPrompt;
import io.github.cbrsync.ui.main.BusyConnectionDialog;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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
    private final Map<String, ConnectionScope> background = new ConcurrentHashMap<>();
    private LaunchOptions overrides;
    private AppContext current;

    public WindowConnections(Stage stage, ConnectionCatalog catalog, SettingsStore settings, AppPaths paths,
                             Optional<AppLogging> logging, Consumer<Path> folderOpener, ScopeFactory scopes,
                             LaunchOptions overrides) {
        this.stage = stage;
        this.catalog = catalog;
        this.settings = settings;
        this.paths = paths;
        this.logging = logging;
        this.folderOpener = folderOpener;
        this.scopes = scopes;
        this.overrides = overrides;
    }

    public Optional<AppContext> current() {
        return Optional.ofNullable(current);
    }

    /** Shows an already opened connection (the one start-up prepared). */
    public void show(Connection connection) {
        new FxTaskRunner(opener).run("open " + connection.name(), () -> scopes.open(connection), this::replace,
                error -> recover(connection.name(), error));
    }

    @Override
    public List<String> names() {
        return catalog.names();
    }

    @Override
    public void switchTo(String name) {
        ConnectionScope scope = current == null ? null : current.scope();
        if (scope == null || !scope.isSending()) {
            open(name);
            return;
        }
        // Nothing goes out while the user decides: even requests already waiting for their turn are held.
        List<BulkSyncJob> jobs = scope.activeJobs();
        jobs.forEach(j -> j.pause(JobPause.QUESTION));
        BusyConnectionDialog.ask(stage, scope.connection().name(), name, jobs, choice -> {
            switch (choice) {
                case FINISH_IN_BACKGROUND -> {
                    jobs.forEach(BulkSyncJob::resume);
                    open(name);
                }
                case CANCEL_THE_REST -> {
                    jobs.forEach(BulkSyncJob::cancel);
                    open(name);
                }
                case STAY -> jobs.forEach(BulkSyncJob::resume);
            }
        });
    }

    private void open(String name) {
        if (stage.getScene() != null) {
            stage.setTitle(Messages.format("connection.switching", name));
        }
        ConnectionScope waiting = background.remove(name);
        if (waiting != null) {
            replace(waiting);
            return;
        }
        LaunchOptions once = overrides;
        new FxTaskRunner(opener).run("open " + name, () -> scopes.open(catalog.open(name,
                        settings.current().ratePlan(ScopeFactory.journalName(name)), once)),
                scope -> {
                    overrides = once.withoutConnectionOverrides();
                    replace(scope);
                },
                error -> recover(name, error));
    }

    @Override
    public void manage() {
        String currentName = current == null ? "" : current.scope().connection().name();
        ConnectionsDialog.show(stage, catalog, new FxTaskRunner(opener), currentName)
                .filter(name -> !name.equals(currentName)).ifPresent(this::switchTo);
    }

    /** Asks for what was missing and tries again; anything else is an error dialog, and the window stays. */
    private void recover(String name, Throwable error) {
        if (error instanceof MissingSecretException missing) {
            SecretPrompt.ask(stage, missing.profile(), missing.kind(), catalog.secretStore().description())
                    .ifPresentOrElse(secret -> new FxTaskRunner(opener).run("store secret", () -> {
                        // The OS keyring is a desktop-bus call: not on the FX thread.
                        catalog.provideSecret(missing.profile(), missing.kind(), secret);
                        return name;
                    }, this::open, e -> recover(name, e)), this::restoreTitleOrDemo);
            return;
        }
        if (error instanceof MissingRegionException) {
            ChoiceDialog<String> pick = new ChoiceDialog<>(Regions.CBR.get(0), Regions.CBR);
            pick.initOwner(stage);
            pick.setTitle(Messages.get("region.title"));
            pick.setHeaderText(Messages.format("region.header", name));
            pick.showAndWait().ifPresentOrElse(region -> {
                catalog.useRegion(name, region);
                open(name);
            }, this::restoreTitleOrDemo);
            return;
        }
        LOG.log(Level.WARNING, "opening connection {0} failed: {1}", name, error.toString());
        ErrorDialog.create(stage, Messages.get("connection.failed"), ErrorDetails.of(error)).showAndWait();
        restoreTitleOrDemo();
    }

    /** After a cancelled or failed switch: back to the window as it was, or the demo if there was none. */
    private void restoreTitleOrDemo() {
        if (current == null) {
            open(ConnectionCatalog.DEMO);
        } else {
            stage.setTitle(Messages.format("app.title.withConnection", current.scope().connection().name()));
        }
    }

    /** On the FX thread: the window shows {@code scope}; the previous connection retires off the FX thread. */
    private void replace(ConnectionScope scope) {
        AppContext previous = current;
        Connection connection = scope.connection();
        current = new AppContext(scope, settings, new WindowActions(scope, paths, settings, logging, folderOpener,
                this));
        rememberSecretsForRedaction(connection);
        try {
            current.showMainWindow(stage);
            if (overrides.smoke()) {
                SmokeRun.start(current.mainViewModel(), scope.history(), connection.name());
            } else {
                settings.update(s -> s.withLastProfile(connection.name()));
            }
            current.showNotices(catalog.notices());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
        String name = scope.connection().name();
        if (!scope.isSending()) {
            opener.execute(() -> closeScope(scope));
            return;
        }
        background.put(name, scope);
        scope.sendingDone().whenComplete((done, error) -> opener.execute(() -> {
            if (background.remove(name, scope)) {
                closeScope(scope);
            }
        }));
    }

    private void closeScope(ConnectionScope scope) {
        scopes.rememberLearnedRate(scope);
        scope.close();
    }

    private void rememberSecretsForRedaction(Connection connection) {
        if (connection.settings().credentials() instanceof Credentials.AkSk ak) {
            logging.ifPresent(l -> l.addSecrets(List.of(ak.secretKey())));
            ak.securityToken().ifPresent(t -> logging.ifPresent(l -> l.addSecrets(List.of(t))));
        }
        if (connection.settings().credentials() instanceof Credentials.IamPassword p) {
            logging.ifPresent(l -> l.addSecrets(List.of(p.password())));
        }
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
