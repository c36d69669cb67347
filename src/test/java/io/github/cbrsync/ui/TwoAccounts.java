package io.github.cbrsync.ui;

import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.app.ConnectionCatalog;
import io.github.cbrsync.app.LaunchOptions;
import io.github.cbrsync.app.ScopeFactory;
import io.github.cbrsync.app.WindowConnections;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.MemorySecretStore;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.stage.Stage;

/**
 * Two accounts (two simulators with different keys) saved as connections "Account A" and "Account B", and the
 * real window's connection handling opening the first: what the switching tests stand on.
 */
final class TwoAccounts implements AutoCloseable {
    static final String SK_A = "secret-key-of-account-a";
    static final String SK_B = "secret-key-of-account-b";

    final CbrSimulator simA;
    final CbrSimulator simB;
    final WindowConnections window;
    final SettingsStore settings;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor();
    final ConnectionCatalog catalog;
    final io.github.cbrsync.domain.ConnectionId idA;
    final io.github.cbrsync.domain.ConnectionId idB;

    TwoAccounts(Stage stage, Path home, int extraVaultsOfA, RatePlan rateOfA) throws Exception {
        simA = CbrSimulator.start(SimulatorConfig.demo().withKeys("AKACCOUNTA", SK_A)
                .withExtraHybridVaults(extraVaultsOfA));
        simB = CbrSimulator.start(SimulatorConfig.demo().withKeys("AKACCOUNTB", SK_B).withExtraHybridVaults(3));
        AppPaths paths = AppPaths.under(home);
        catalog = new ConnectionCatalog(new ProfileStore(paths.config().resolve("profiles.json")),
                new MemorySecretStore("test"), Map.of(), home, Optional.empty());
        idA = catalog.save(profile("Account A", simA, "AKACCOUNTA"), true, Map.of(SecretKind.SECRET_KEY, SK_A)).id();
        idB = catalog.save(profile("Account B", simB, "AKACCOUNTB"), true, Map.of(SecretKind.SECRET_KEY, SK_B)).id();
        settings = new SettingsStore(paths.config().resolve("settings.json"), saver, Duration.ofMillis(50));
        settings.load();
        LaunchOptions none = LaunchOptions.parse(List.of());
        window = new WindowConnections(stage, catalog, settings, paths, Optional.empty(), f -> { },
                new ScopeFactory(paths.historyFolder(), settings, MainWindowTest.FAST_POLLS, ReconcilePolicy.DEFAULT),
                none);
        window.show(catalog.open(idA, rateOfA, none));
    }

    private static ConnectionProfile profile(String name, CbrSimulator sim, String ak) {
        return ConnectionProfile.akSk(name, "cn-north-4", sim.config().projectId(), ak, CredentialSource.TYPED)
                .withCbrEndpoint(Optional.of(sim.baseUri().toString()))
                .withIamEndpoint(Optional.of(sim.baseUri().toString()));
    }

    /** Live threads that belong to a connection (the scope names its threads after it). */
    static List<String> threadsOf(String connection) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.endsWith("[" + connection + "]")).toList();
    }

    /** Closing the window saves settings (a connection's learned rate): written and done before the home goes. */
    @Override
    public void close() {
        window.close();
        TestApp.stopSaver(settings, saver);
        simA.close();
        simB.close();
    }
}
