package io.github.cbrsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The self-check of the packaged app, twice on one history (as CI's second smoke run does): each run reports
 * the task its own request created, followed on the server, never a row an earlier run left behind.
 */
@ExtendWith(ApplicationExtension.class)
class SmokeCheckTest {
    private static final PollTiming FAST = new PollTiming(Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofSeconds(1), 1.5, Duration.ofSeconds(2), 3);
    private static final Pattern TASK = Pattern.compile("\\(task ([0-9a-f-]{36})\\)");

    @TempDir
    Path home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private SmokeCheck.Verdict runOnce() throws Exception {
        CompletableFuture<SmokeCheck.Verdict> verdict = new CompletableFuture<>();
        CompletableFuture<AppContext> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                AppContext context = TestApp.showDemo(stage, SimulatorConfig.demo().withTaskFailureRate(0)
                        .withTaskDuration(Duration.ofMillis(800)), 100, FAST, home);
                opened.complete(context);
                SmokeCheck.start(context.mainViewModel(), context.scope()).whenComplete((v, e) -> {
                    if (e != null) {
                        verdict.completeExceptionally(e);
                    } else {
                        verdict.complete(v);
                    }
                });
            } catch (Exception e) {
                opened.completeExceptionally(e);
            }
        });
        try {
            return verdict.get(60, TimeUnit.SECONDS);
        } finally {
            TestApp.close(opened.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aSecondRunOnTheSameHistoryReportsItsOwnTask() throws Exception {
        SmokeCheck.Verdict first = runOnce();
        SmokeCheck.Verdict second = runOnce();

        assertThat(first.ok()).as(first.line()).isTrue();
        assertThat(second.ok()).as(second.line()).isTrue();
        assertThat(taskOf(second.line())).isNotEqualTo(taskOf(first.line()));
        assertThat(second.line()).containsPattern("followed with [1-9][0-9]* task reads");
    }

    private static String taskOf(String line) {
        Matcher m = TASK.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }
}
