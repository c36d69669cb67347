package io.github.cbrsync.ui;

import static io.github.cbrsync.ui.MainWindowTest.vaultTable;
import static io.github.cbrsync.ui.MainWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.app.AppContext;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.cbrsync.testing.FrameGaps;
import io.github.cbrsync.testing.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window keeps painting while 50 syncs and their polls run. FX pulse gaps are measured and printed,
 * not asserted: the machines are shared and timing varies; what is asserted is that every task was followed
 * to its end and that frames kept coming.
 */
@ExtendWith(ApplicationExtension.class)
class ResponsivenessTest {
    @TempDir
    Path home;
    private AppContext context;
    private CbrSimulator sim;

    @Start
    void start(Stage stage) throws Exception {
        context = TestApp.showDemo(stage, SimulatorConfig.demo().withTaskDuration(Duration.ofSeconds(2))
                .withTaskFailureRate(0.1).withExtraHybridVaults(40), 50, MainWindowTest.FAST_POLLS, home);
        sim = context.scope().connection().simulator().orElseThrow();
        sim.knobs().latency(Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        TestApp.close(context);
    }

    @Test
    void fiftySyncsAndTheirPollsLeaveTheWindowResponsive(FxRobot robot) {
        waitFor(() -> vaultTable(robot).getItems().size() == sim.hybridVaultIds().size());
        FrameGaps frames = new FrameGaps();
        frames.start();
        robot.clickOn("#statusCounts");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        long started = System.nanoTime();
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        int expected = sim.syncableVaultIds().size();
        waitFor(() -> MainWindowTest.rows(context).size() == expected
                && MainWindowTest.rows(context).stream().allMatch(e -> e.status().isFinal()));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        frames.stop();

        List<Long> sorted = frames.sorted();
        System.out.printf("FX pulse gaps while %d syncs ran and were followed to their end (%d ms): %s; %d requests "
                + "served%n", expected, elapsedMs, frames.summary(), sim.requests().all().size());

        assertThat(expected).isGreaterThanOrEqualTo(50);
        assertThat(sim.requests().syncs()).hasSize(expected);
        assertThat(MainWindowTest.rows(context)).extracting(HistoryEntry::status)
                .allMatch(s -> s == HistoryStatus.SUCCESS || s == HistoryStatus.FAILED);
        assertThat(sorted).hasSizeGreaterThan(10);
    }
}
