package io.github.cbrsync.ui;

import static io.github.cbrsync.ui.MainWindowTest.vaultTable;
import static io.github.cbrsync.ui.MainWindowTest.waitFor;

import io.github.cbrsync.app.AppContext;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.testing.FrameGaps;
import io.github.cbrsync.testing.HistoryFiles;
import io.github.cbrsync.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window at scale, on Monocle: a 100,000-row history restored, then a bulk sync of 1,000 vaults followed to
 * its end while the history and the vault table are sorted, filtered and scrolled. Prints the FX frame gaps (p50,
 * p99, max), the restore time, the heap in use after the restore and the heap committed at the end; asserts
 * nothing about time. It runs under the launchers' JVM options (tag "shipped-jvm", see pom.xml), as the installed
 * app does. With
 * {@code -Dcbrsync.bench.selectAll=true} every history row is chosen (Ctrl+A) before the bulk sync runs: JavaFX
 * then clears those 100,000 rows once, in quadratic time (one long frame, printed), see HistoryRowsHolder.
 * Run: {@code mvn -Pbenchmark verify -Dtest=ResponsivenessBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@Tag("shipped-jvm")
@ExtendWith(ApplicationExtension.class)
class ResponsivenessBenchmark {
    private static final int ROWS = 100_000;
    private static final int VAULTS = 1_000;
    private static final PollTiming POLLS = PollTiming.DEFAULT;

    @TempDir
    Path home;
    private AppContext context;
    private CbrSimulator sim;
    private long restoreStart;

    @Start
    void start(Stage stage) throws Exception {
        HistoryFiles.writeFinishedRows(home.resolve("data/history/demo.jsonl"), ROWS, 60);
        restoreStart = System.nanoTime();
        context = TestApp.showDemo(stage, SimulatorConfig.demo().withTaskDuration(Duration.ofSeconds(20))
                .withTaskFailureRate(0.05).withExtraHybridVaults(VAULTS), 200, POLLS, home);
        sim = context.scope().connection().simulator().orElseThrow();
    }

    @AfterEach
    void stop() {
        TestApp.close(context);
    }

    @Test
    void aThousandFollowedTasksAndAHundredThousandRows(FxRobot robot) throws Exception {
        TableView<?> history = robot.lookup("#historyTable").queryAs(TableView.class);
        waitFor(() -> history.getItems().size() >= ROWS);
        long restoreMs = (System.nanoTime() - restoreStart) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        waitFor(() -> vaultTable(robot).getItems().size() > VAULTS);

        FrameGaps frames = new FrameGaps();
        frames.start();
        robot.clickOn("#statusCounts");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        long started = System.nanoTime();
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitFor(() -> context.scope().follower().followingCount() > VAULTS / 2);
        // While they run: sort the history by status, filter it to problems and back, scroll it.
        robot.clickOn(LargeHistoryTest.header(history, "statusColumn"));
        robot.clickOn(history);
        if (Boolean.getBoolean("cbrsync.bench.selectAll")) {
            robot.push(KeyCode.CONTROL, KeyCode.A);
        }
        for (int i = 0; i < 20; i++) {
            robot.scroll(10, javafx.geometry.VerticalDirection.DOWN);
        }
        robot.clickOn(LargeHistoryTest.header(history, "statusColumn"));
        Platform.runLater(() -> context.mainViewModel().history().statusFilterProperty()
                .set(io.github.cbrsync.ui.history.StatusFilter.PROBLEMS));
        Platform.runLater(() -> context.mainViewModel().history().statusFilterProperty()
                .set(io.github.cbrsync.ui.history.StatusFilter.ALL));
        // And the 1,000-vault table: sort it by name both ways, search it and clear the search, scroll it.
        TableView<?> vaults = vaultTable(robot);
        robot.clickOn(LargeHistoryTest.header(vaults, "nameColumn"));
        robot.clickOn(LargeHistoryTest.header(vaults, "nameColumn"));
        robot.clickOn("#searchField").write("site-5");
        waitFor(() -> vaults.getItems().size() < VAULTS / 2);
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        waitFor(() -> vaults.getItems().size() > VAULTS);
        robot.moveTo(vaults);
        for (int i = 0; i < 20; i++) {
            robot.scroll(10, javafx.geometry.VerticalDirection.DOWN);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && !(context.scope().follower().followingCount() == 0
                && context.scope().activeJobs().isEmpty() && MainWindowTest.rows(context).stream()
                .filter(e -> e.jobId().isPresent()).count() >= sim.syncableVaultIds().size())) {
            robot.sleep(500);
        }
        boolean allEnded = System.nanoTime() < deadline;
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        frames.stop();
        // The whole test JVM's heap (the in-process simulator's too), read within 500 ms of the last end.
        long committedMb = rt.totalMemory() / (1024 * 1024);
        robot.sleep(200);

        System.out.printf("responsiveness at scale: %,d history rows restored and shown in %,d ms (window, "
                        + "journal and table); heap in use after the restore %d MB%n", ROWS, restoreMs, heapMb);
        System.out.printf("FX frame gaps while %d syncs were sent and followed to their end (%,d ms, with sorting, "
                        + "filtering and scrolling of the history and the vault table): %s%n",
                sim.syncableVaultIds().size(), elapsedMs, frames.summary());
        System.out.println("frame gaps over 50 ms: " + String.join("; ", frames.longGaps()));
        System.out.printf("heap committed %s: %d MB%n",
                allEnded ? "when the last task ended" : "at the 3-minute limit, tasks still open", committedMb);
    }
}
