package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.app.AppContext;
import io.github.cbrsync.app.AppLogging;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.testing.Permissions;
import io.github.cbrsync.testing.TestApp;
import io.github.cbrsync.ui.main.AppActions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole run of the app on a fresh home (the window, a sync followed to its end, the settings saved, the
 * logs, the journal): afterwards every file and folder under that home is owner-only.
 */
@ExtendWith(ApplicationExtension.class)
class OwnerOnlyHomeTest {
    @TempDir
    Path dir;
    private Path home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.home = dir.resolve("fresh-home");
    }

    @Test
    void everyFileOfAFullRunIsOwnerOnly(FxRobot robot) throws Exception {
        Logger root = LogManager.getLogManager().getLogger("");
        List<Handler> before = List.of(root.getHandlers());
        AppContext context = null;
        try {
            AppLogging.install(AppPaths.under(home).logs());
            AppContext[] shown = new AppContext[1];
            robot.interact(() -> {
                try {
                    shown[0] = TestApp.showDemo(stage, SimulatorConfig.demo().withTaskDuration(Duration.ofMillis(800))
                            .withTaskFailureRate(0), 100, MainWindowTest.FAST_POLLS, home);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            context = shown[0];
            CbrSimulator sim = context.scope().connection().simulator().orElseThrow();
            MainWindowTest.waitFor(() -> MainWindowTest.vaultTable(robot).getItems().size()
                    == sim.hybridVaultIds().size());
            String vault = sim.hybridVaultIds().stream().filter(v -> sim.vaultName(v).equals("branch-chengdu"))
                    .findFirst().orElseThrow();
            robot.clickOn("#sync-" + vault);
            AppContext running = context;
            MainWindowTest.waitFor(() -> MainWindowTest.rows(running).size() == 1
                    && MainWindowTest.rows(running).get(0).status() == HistoryStatus.SUCCESS);
            running.mainViewModel().actions().applyTuning(new AppActions.Tuning(3, 50, 100, 1000, 30,
                    io.github.cbrsync.store.UiChoices.DEFAULTS));
            Path settings = AppPaths.under(home).config().resolve("settings.json");
            // The tuning's own save, not an earlier one (a save still running while the home is listed would
            // leave its temporary file in the listing).
            MainWindowTest.waitFor(() -> {
                try {
                    return Files.exists(settings) && Files.readString(settings).contains("\"pollSeconds\" : 3,");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } finally {
            if (context != null) {
                AppContext closing = context;
                TestApp.close(closing);
            }
            for (Handler h : root.getHandlers()) {
                if (!before.contains(h)) {
                    root.removeHandler(h);
                    h.close();
                }
            }
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        List<String> listing = Permissions.listing(home);
        assertThat(listing).anySatisfy(l -> assertThat(l).startsWith("config/settings.json "))
                .anySatisfy(l -> assertThat(l).startsWith("data/history/demo.jsonl "))
                .anySatisfy(l -> assertThat(l).startsWith("logs/cbr-sync-desk-0.log "));
        assertThat(Permissions.notOwnerOnly(home)).as(String.join("\n", listing)).isEmpty();
    }
}
