package io.github.cbrsync.ui;

import static io.github.cbrsync.ui.MainWindowTest.vaultTable;
import static io.github.cbrsync.ui.MainWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.sim.CbrSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
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
    @TempDir
    Path home;
    private TwoAccounts accounts;
    private CbrSimulator simA;
    private CbrSimulator simB;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        accounts = new TwoAccounts(stage, home, 0, RatePlan.startingAt(100));
        simA = accounts.simA;
        simB = accounts.simB;
    }

    @AfterEach
    void stop() {
        accounts.close();
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

        accounts.settings.flush(); // the switch's choice is saved shortly after it: read what is saved now
        String settings = Files.readString(home.resolve("config/settings.json"));
        assertThat(settings).contains("\"lastProfile\" : \"" + accounts.idB.value() + "\"");
        try (var files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(TwoAccounts.SK_A)
                        .doesNotContain(TwoAccounts.SK_B);
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
        // Each problem right under the field it concerns.
        assertThat(problemOf(robot, "NAME")).contains("Give the connection a name");
        assertThat(problemOf(robot, "REGION")).contains("Region: use a region ID");
        assertThat(problemOf(robot, "ACCESS_KEY")).contains("Access key: type the AK");
        assertThat(problemOf(robot, "SECRET_KEY")).contains("Secret key: type the SK");
        assertThat(robot.lookup("#connProblemPROJECT").queryAs(Labeled.class).isVisible()).isFalse();

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

    private static String problemOf(FxRobot robot, String field) {
        Labeled label = robot.lookup("#connProblem" + field).queryAs(Labeled.class);
        assertThat(label.isVisible()).as(field).isTrue();
        return label.getText();
    }
}
