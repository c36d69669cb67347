package io.github.cbrsync.cli;

import io.github.cbrsync.app.AppLogging;
import io.github.cbrsync.app.ConnectionCatalog;
import io.github.cbrsync.app.CredentialOrigin;
import io.github.cbrsync.app.LegacyJournals;
import io.github.cbrsync.app.MissingRegionException;
import io.github.cbrsync.app.MissingSecretException;
import io.github.cbrsync.app.ScopeFactory;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.DeferredSecretStore;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SettingsStore;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What one command-line run shares with the window, opened as the window opens it: the settings (learned
 * rates, auto-trigger choices), the connection catalog (profiles, environment, SDK file, keyring), the history
 * folder with its journals, and the log folder. Opens the chosen connection's scope with the command line as
 * the origin of its syncs; closing remembers the send rate it learned and stops everything.
 */
final class Workspace implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    private final CliContext context;
    private final CbrSyncCommand options;
    private final ScheduledExecutorService settingsSaver =
            Executors.newSingleThreadScheduledExecutor(ScopeFactory.daemon("cbr-settings"));
    private final SettingsStore settings;
    private final ConnectionCatalog catalog;
    private final Optional<AppLogging> logging;
    private final CliOutput output;
    private ConnectionScope scope;
    private ScopeFactory scopes;

    private Workspace(CbrSyncCommand options, CliOutput output) {
        this.options = options;
        this.context = options.context();
        this.output = output;
        this.logging = context.writeLogFile()
                ? Optional.of(AppLogging.install(context.paths().logs(), "cbr-sync", false)) : Optional.empty();
        this.settings = new SettingsStore(context.paths().config().resolve("settings.json"), settingsSaver,
                Duration.ofMillis(200));
        settings.load();
        settings.notice().ifPresent(output::note);
        this.catalog = new ConnectionCatalog(new ProfileStore(context.paths().config().resolve("profiles.json")),
                DeferredSecretStore.probedOnFirstUse(context.secrets()), context.environment(), context.userHome(),
                Optional.ofNullable(options.region));
        catalog.useDemoSimulator(context.demoSimulator());
        catalog.notices().forEach(output::note);
        LegacyJournals.migrate(context.paths().historyFolder());
    }

    static Workspace open(CbrSyncCommand options, CliOutput output) {
        return new Workspace(options, output);
    }

    ConnectionCatalog catalog() {
        return catalog;
    }

    SettingsStore settings() {
        return settings;
    }

    /** --connection by name, label or ID; without it, the connection the window would open at start. */
    ConnectionId chosen() {
        if (options.connection == null) {
            return catalog.startupChoice(Optional.empty(), settings.current().lastProfile());
        }
        return catalog.resolve(options.connection).orElseThrow(() -> new CliFailure(ExitCode.CONFIGURATION,
                Messages.format("cli.error.noSuchConnection", options.connection)));
    }

    /** Opens the chosen connection (the demo starts its simulator) and its scope, with this run's overrides. */
    ConnectionScope openScope() {
        ConnectionId id = chosen();
        Connection connection;
        try {
            connection = catalog.open(id, settings.current().ratePlan(id.value()), options.launchOptions());
        } catch (MissingSecretException missing) {
            throw Failures.missingSecret(missing, catalog.secretStore().persistent());
        } catch (MissingRegionException missing) {
            throw new CliFailure(ExitCode.CONFIGURATION, Messages.format("cli.error.missingRegion", missing.label()));
        } catch (IllegalArgumentException | IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, Messages.format("cli.error.cannotOpen", catalog.label(id),
                    e.getMessage()), e.toString());
        }
        logging.ifPresent(l -> l.addSecretsOf(connection.settings()));
        output.detail(Messages.format("cli.detail.connection", connection.name(), id.value(), connection.region(),
                connection.settings().projectId(), connection.settings().endpoints().cbr(),
                CredentialOrigin.of(catalog, id).name().toLowerCase(java.util.Locale.ROOT)));
        scopes = ScopeFactory.forCommandLine(context.paths().historyFolder(), settings, context.pollTiming());
        scope = scopes.open(connection);
        LOG.log(Level.INFO, "command line opened connection {0}", id);
        return scope;
    }

    @Override
    public void close() {
        if (scope != null) {
            // The window may have saved settings since this run read them: start from what is on disk now.
            settings.load();
            scopes.rememberLearnedRate(scope);
            scope.close();
            scope = null;
        }
        settings.flush();
        settingsSaver.shutdownNow();
    }
}
