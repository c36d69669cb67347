package io.github.cbrsync.ui;

import static io.github.cbrsync.ui.MainWindowTest.vaultTable;
import static io.github.cbrsync.ui.MainWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.app.ConnectionCatalog;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.app.LaunchOptions;
import io.github.cbrsync.app.ScopeFactory;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.app.WindowConnections;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.MemorySecretStore;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Two accounts (two simulators with different keys) and the Connection menu switching between them. */
@ExtendWith(ApplicationExtension.class)
class ConnectionSwitchingTest {
    private static final String SK_A = "secret-key-of-account-a";
    private static final String SK_B = "secret-key-of-account-b";

    @TempDir
    Path home;
    private CbrSimulator simA;
    private CbrSimulator simB;
    private WindowConnections window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        simA = CbrSimulator.start(SimulatorConfig.demo().withKeys("AKACCOUNTA", SK_A));
        simB = CbrSimulator.start(SimulatorConfig.demo().withKeys("AKACCOUNTB", SK_B).withExtraHybridVaults(3));
        AppPaths paths = AppPaths.under(home);
        ConnectionCatalog catalog = new ConnectionCatalog(new ProfileStore(paths.config().resolve("profiles.json")),
                new MemorySecretStore("test"), Map.of(), home, Optional.empty());
        catalog.save(Optional.empty(), profile("Account A", simA, "AKACCOUNTA"), Map.of(SecretKind.SECRET_KEY, SK_A));
        catalog.save(Optional.empty(), profile("Account B", simB, "AKACCOUNTB"), Map.of(SecretKind.SECRET_KEY, SK_B));
        SettingsStore settings = new SettingsStore(paths.config().resolve("settings.json"),
                Executors.newSingleThreadScheduledExecutor(), Duration.ofMillis(50));
        settings.load();
        LaunchOptions none = LaunchOptions.parse(java.util.List.of());
        window = new WindowConnections(stage, catalog, settings, paths, Optional.empty(), f -> { },
                new ScopeFactory(paths.historyFolder(), settings, MainWindowTest.FAST_POLLS, ReconcilePolicy.DEFAULT),
                none);
        window.show(catalog.open("Account A", RatePlan.startingAt(100), none));
    }

    private static ConnectionProfile profile(String name, CbrSimulator sim, String ak) {
        return ConnectionProfile.akSk(name, "cn-north-4", sim.config().projectId(), ak, CredentialSource.TYPED)
                .withCbrEndpoint(Optional.of(sim.baseUri().toString()))
                .withIamEndpoint(Optional.of(sim.baseUri().toString()));
    }

    @AfterEach
    void stop() {
        window.close();
        simA.close();
        simB.close();
    }

    @Test
    void theConnectionMenuSwitchesAccountsAndReloadsTheVaults(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#vaultTable").tryQuery().isPresent());
        waitFor(() -> vaultTable(robot).getItems().size() == simA.hybridVaultIds().size());
        assertThat(stage.getTitle()).isEqualTo("CBR Sync Desk \u2014 Account A");
        assertThat(robot.lookup(".status-bar .label").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .anyMatch(t -> t.contains("Account A") && t.contains("unencrypted"));

        robot.clickOn("Connection").clickOn("Switch to").clickOn("Account B");

        waitFor(() -> stage.getTitle().equals("CBR Sync Desk \u2014 Account B")
                && vaultTable(robot).getItems().size() == simB.hybridVaultIds().size());
        assertThat(simB.requests().matching(r -> r.path().endsWith("/vaults"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("Authorization").orElseThrow()).contains("Access=AKACCOUNTB"));
        assertThat(simB.requests().all()).allSatisfy(r -> assertThat(r.status()).isLessThan(400));

        String settings = Files.readString(home.resolve("config/settings.json"));
        assertThat(settings).contains("\"lastProfile\" : \"Account B\"");
        try (var files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(SK_A).doesNotContain(SK_B);
            }
        }
    }

    @Test
    void theEditorSaysWhatToFixBesideTheFormAndTestsTheConnection(FxRobot robot) {
        waitFor(() -> robot.lookup("#vaultTable").tryQuery().isPresent());
        waitFor(() -> vaultTable(robot).getItems().size() == simA.hybridVaultIds().size());
        robot.clickOn("Connection").clickOn("Manage connections\u2026");
        waitFor(() -> robot.lookup("#connAdd").tryQuery().isPresent());
        robot.clickOn("#connAdd");
        waitFor(() -> robot.lookup("#connName").tryQuery().isPresent());

        robot.clickOn("OK");
        assertThat(robot.lookup("#connProblems").queryAs(Labeled.class).getText())
                .contains("Give the connection a name").contains("Region: use a region ID")
                .contains("Access key: type the AK").contains("Secret key: type the SK");

        robot.clickOn("#connName").write("Account C");
        robot.clickOn("#connRegion").write("cn-north-4");
        robot.clickOn("#connProject").write(simA.config().projectId());
        robot.clickOn("#connAk").write("AKACCOUNTA");
        robot.clickOn("#connSk").write("not-the-right-secret");
        robot.clickOn("#connCbr").write(simA.baseUri().toString());
        robot.clickOn("#connIam").write(simA.baseUri().toString());
        robot.clickOn("#connTest");

        waitFor(() -> robot.lookup("#connTestResult").queryAs(Labeled.class).getText().contains("refused"));
        assertThat(robot.lookup("#connTestResult").queryAs(Labeled.class).getText())
                .contains("access key or secret key was refused");
        assertThat(simA.requests().matching(r -> r.status() == 401)).hasSize(1);
    }
}
