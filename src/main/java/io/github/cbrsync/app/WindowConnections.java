package io.github.cbrsync.app;

import io.github.cbrsync.domain.Regions;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.ErrorDialog;
import io.github.cbrsync.ui.common.FxTaskRunner;
import io.github.cbrsync.ui.common.Messages;
import io.github.cbrsync.ui.connection.ConnectionsDialog;
import io.github.cbrsync.ui.connection.SecretPrompt;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Stage;

/**
 * The window's connection: opens one (off the FX thread: the demo starts a simulator), asks for a missing
 * secret or region, swaps the window's content to the new connection and closes the old one.
 */
public final class WindowConnections implements ConnectionSwitcher {
    private static final System.Logger LOG = System.getLogger(WindowConnections.class.getName());

    private final Stage stage;
    private final ConnectionCatalog catalog;
    private final SettingsStore settings;
    private final AppPaths paths;
    private final Optional<AppLogging> logging;
    private final Consumer<Path> folderOpener;
    private final PollTiming pollTiming;
    private final ExecutorService opener = Executors.newSingleThreadExecutor(AppContext.daemon("cbr-connect"));
    private LaunchOptions overrides;
    private final boolean smoke;
    private AppContext current;
    private String currentName = "";

    public WindowConnections(Stage stage, ConnectionCatalog catalog, SettingsStore settings, AppPaths paths,
                             Optional<AppLogging> logging, Consumer<Path> folderOpener, PollTiming pollTiming,
                             LaunchOptions overrides) {
        this.stage = stage;
        this.catalog = catalog;
        this.settings = settings;
        this.paths = paths;
        this.logging = logging;
        this.folderOpener = folderOpener;
        this.pollTiming = pollTiming;
        this.overrides = overrides;
        this.smoke = overrides.smoke();
    }

    public Optional<AppContext> current() {
        return Optional.ofNullable(current);
    }

    /** Shows an already opened connection (the one init() prepared). */
    public void show(Connection connection) {
        replace(connection);
    }

    @Override
    public List<String> names() {
        return catalog.names();
    }

    public String currentName() {
        return currentName;
    }

    @Override
    public void switchTo(String name) {
        if (stage.getScene() != null) {
            stage.setTitle(Messages.format("connection.switching", name));
        }
        LaunchOptions once = overrides;
        new FxTaskRunner(opener).run("open " + name,
                () -> catalog.open(name, settings.current().requestsPerSecond(), once),
                connection -> {
                    overrides = new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), once.smoke());
                    replace(connection);
                },
                error -> recover(name, error));
    }

    @Override
    public void manage() {
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
                    }, this::switchTo, e -> recover(name, e)), this::restoreTitleOrDemo);
            return;
        }
        if (error instanceof IllegalArgumentException && error.getMessage() != null
                && error.getMessage().startsWith("Choose a region")) {
            ChoiceDialog<String> pick = new ChoiceDialog<>(Regions.CBR.get(0), Regions.CBR);
            pick.initOwner(stage);
            pick.setTitle(Messages.get("region.title"));
            pick.setHeaderText(Messages.format("region.header", name));
            pick.showAndWait().ifPresentOrElse(region -> {
                catalog.useRegion(name, region);
                switchTo(name);
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
            switchTo(ConnectionCatalog.DEMO);
        } else {
            stage.setTitle(Messages.format("app.title.withConnection", currentName));
        }
    }

    private void replace(Connection connection) {
        AppContext previous = current;
        current = new AppContext(connection, pollTiming, paths, settings, logging, folderOpener, this);
        currentName = connection.name();
        if (connection.settings().credentials() instanceof io.github.cbrsync.api.Credentials.AkSk ak) {
            logging.ifPresent(l -> l.addSecrets(List.of(ak.secretKey())));
            ak.securityToken().ifPresent(t -> logging.ifPresent(l -> l.addSecrets(List.of(t))));
        }
        if (connection.settings().credentials() instanceof io.github.cbrsync.api.Credentials.IamPassword p) {
            logging.ifPresent(l -> l.addSecrets(List.of(p.password())));
        }
        try {
            current.showMainWindow(stage);
            if (smoke) {
                current.runSmokeTest();
            } else {
                settings.update(s -> s.withLastProfile(connection.name()));
            }
            catalog.notices().forEach(n -> current.notice(n));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (previous != null) {
                previous.close();
            }
        }
    }

    public void close() {
        if (current != null) {
            current.close();
        }
        opener.shutdownNow();
    }

}
