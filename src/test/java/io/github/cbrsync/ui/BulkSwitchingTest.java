package io.github.cbrsync.ui;

import static io.github.cbrsync.ui.MainWindowTest.vaultTable;
import static io.github.cbrsync.ui.MainWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.RatePlan;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Switching connections while a bulk sync of the current one still sends: the window asks, nothing is sent to
 * the old account while it asks, and the answer is obeyed (cancel the rest, stay, finish in the background).
 */
@ExtendWith(ApplicationExtension.class)
class BulkSwitchingTest {
    @TempDir
    Path home;
    private TwoAccounts accounts;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // Account A: 120 vaults at 8 requests a second, so the bulk sync is still sending when the user switches.
        accounts = new TwoAccounts(stage, home, 120, new RatePlan(8, 8, true));
    }

    @AfterEach
    void stop() {
        accounts.close();
    }

    private int syncsOfA() {
        return accounts.simA.requests().syncs().size();
    }

    /** Selects every vault of A, starts the bulk sync, waits until it sends, then asks to switch to B. */
    private void startBulkThenSwitch(FxRobot robot) {
        waitFor(() -> robot.lookup("#vaultTable").tryQuery().isPresent());
        waitFor(() -> vaultTable(robot).getItems().size() == accounts.simA.hybridVaultIds().size());
        robot.clickOn("#vaultTable");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitFor(() -> syncsOfA() >= 3 && robot.lookup("#bulkBar").queryAs(Node.class).isVisible());
        robot.clickOn("Connection").clickOn("Switch to").clickOn("Account B");
        waitFor(() -> robot.lookup("#busySwitchDialog").tryQuery().isPresent());
    }

    private void assertNothingSentToAFor(long millis) throws InterruptedException {
        int before = syncsOfA();
        Thread.sleep(millis);
        assertThat(syncsOfA()).isEqualTo(before);
    }

    @Test
    void cancellingTheRestSendsNothingMoreToTheOldAccountAndItsThreadsEnd(FxRobot robot) throws Exception {
        startBulkThenSwitch(robot);
        assertNothingSentToAFor(1500);

        robot.clickOn("Cancel the rest");

        waitFor(() -> stage.getTitle().equals("CBR Sync Desk \u2014 Account B")
                && vaultTable(robot).getItems().size() == accounts.simB.hybridVaultIds().size());
        assertNothingSentToAFor(1500);
        assertThat(syncsOfA()).isLessThan(100);
        waitFor(() -> TwoAccounts.threadsOf("Account A").isEmpty());
        assertThat(accounts.simB.requests().syncs()).isEmpty();
    }

    @Test
    void stayingResumesTheBulkSyncOnTheSameAccount(FxRobot robot) throws Exception {
        startBulkThenSwitch(robot);
        assertNothingSentToAFor(1000);
        int asked = syncsOfA();

        robot.clickOn("Stay on Account A");

        waitFor(() -> syncsOfA() > asked + 5);
        assertThat(stage.getTitle()).isEqualTo("CBR Sync Desk \u2014 Account A");
    }

    @Test
    void finishingInTheBackgroundSendsTheRestWhileTheWindowShowsTheOtherAccount(FxRobot robot) throws Exception {
        startBulkThenSwitch(robot);
        assertNothingSentToAFor(1000);
        int asked = syncsOfA();

        robot.clickOn("Finish in the background");

        waitFor(() -> stage.getTitle().equals("CBR Sync Desk \u2014 Account B"));
        waitFor(() -> syncsOfA() > asked + 5);
        assertThat(TwoAccounts.threadsOf("Account A")).isNotEmpty();
        assertThat(accounts.simA.requests().syncs()).allSatisfy(r -> assertThat(r.header("Authorization")
                .orElseThrow()).contains("Access=AKACCOUNTA"));
    }
}
