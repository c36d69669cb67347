package io.github.cbrsync.ui;

import static io.github.cbrsync.testing.FxThread.onFx;
import static io.github.cbrsync.ui.LargeHistoryTest.isSorted;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.app.AppContext;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.testing.SimulatedAccount;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.cbrsync.testing.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on Monocle, against the embedded simulator, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    static final PollTiming FAST_POLLS = new PollTiming(Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofSeconds(1), 1.5, Duration.ofSeconds(2), 3);

    @TempDir
    Path home;
    private AppContext context;
    private CbrSimulator sim;

    @Start
    void start(Stage stage) throws Exception {
        context = TestApp.showDemo(stage, SimulatorConfig.demo().withTaskDuration(Duration.ofMillis(1200))
                .withTaskFailureRate(0), 100, FAST_POLLS, home);
        sim = context.scope().connection().simulator().orElseThrow();
    }

    @AfterEach
    void stop() {
        TestApp.close(context);
    }

    @Test
    void showsTheHybridVaultsAndSaysItIsADemo(FxRobot robot) {
        waitFor(() -> vaultTable(robot).getItems().size() == sim.hybridVaultIds().size());
        assertThat(robot.lookup(".demo-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.window(0).getScene().getWindow()).isInstanceOf(Stage.class);
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("CBR Sync Desk \u2014 Demo simulator");
        assertThat(robot.lookup("#statusCounts").queryAs(Labeled.class).getText())
                .isEqualTo(sim.hybridVaultIds().size() + " vaults \u00b7 no syncs running");
    }

    @Test
    void eachVaultShowsItsUsedCapacityAsABarColouredByHowFullItIs(FxRobot robot) throws Exception {
        waitFor(() -> vaultTable(robot).getItems().size() == sim.hybridVaultIds().size());
        int checked = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            int rows = 0;
            for (Node node : robot.lookup("#vaultTable .table-row-cell").queryAll()) {
                if (!(node instanceof javafx.scene.control.TableRow<?> row)
                        || !(row.getItem() instanceof io.github.cbrsync.ui.vaults.VaultRow vault)) {
                    continue;
                }
                var bar = (io.github.cbrsync.ui.common.FillBar) row.lookup(".fill-bar");
                double used = vault.vault().usage().usedFraction();
                assertThat(bar.filledWidth())
                        .isCloseTo(70 * Math.min(1, used), org.assertj.core.data.Offset.offset(0.01));
                assertThat(bar.getStyleClass().contains("full")).isEqualTo(used >= 0.95);
                assertThat(bar.getStyleClass().contains("high")).isEqualTo(used >= 0.8 && used < 0.95);
                rows++;
            }
            return rows;
        }).get();
        assertThat(checked).isPositive();
    }

    /** Both tables say their row height (app.css), so JavaFX lays rows out without measuring a hidden spare row. */
    @Test
    void rowsHaveTheThemesFixedHeightAndTheirContentFitsInIt(FxRobot robot) throws Exception {
        waitFor(() -> vaultTable(robot).getItems().size() == sim.hybridVaultIds().size());
        int checked = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            double fixed = vaultTable(robot).getFixedCellSize();
            assertThat(fixed).as("a fixed row height").isPositive();
            assertThat(robot.lookup("#historyTable").queryAs(javafx.scene.control.TableView.class)
                    .getFixedCellSize()).isEqualTo(fixed);
            int contents = 0;
            for (Node node : robot.lookup("#vaultTable .table-row-cell").queryAll()) {
                if (node instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null) {
                    assertThat(row.getHeight()).isEqualTo(fixed);
                    for (String content : List.of(".sync-button", ".toggle-switch", ".fill-bar")) {
                        Node shown = row.lookup(content);
                        assertThat(shown.prefHeight(-1)).as("%s fits its row", content).isLessThan(fixed);
                        contents++;
                    }
                }
            }
            return contents;
        }).get();
        assertThat(checked).isPositive();
    }

    @Test
    void syncAppendsTheSimulatorsTaskAndFollowsItToSuccess(FxRobot robot) {
        String id = loadedVault(robot, "branch-chengdu");

        robot.clickOn("#sync-" + id);

        waitFor(() -> MainWindowTest.rows(context).size() == 1);
        waitFor(() -> MainWindowTest.rows(context).get(0).status() == HistoryStatus.SUCCESS);
        HistoryEntry row = MainWindowTest.rows(context).get(0);
        try (SimulatedAccount.Client client = SimulatedAccount.client(sim)) {
            assertThat(row.operationLogId()).contains(client.api().listTasks(TaskFilter.syncTasks().forVault(id))
                    .tasks().get(0).id());
        }
        // Cells are looked up and styled on the FX thread: the window's paced updates change them meanwhile.
        java.util.concurrent.Callable<java.util.Optional<javafx.scene.paint.Paint>> succeededFill = () -> robot
                .lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> "Succeeded".equals(c.getText())).findFirst().map(c -> {
                    c.applyCss();
                    return c.getTextFill();
                });
        waitFor(() -> onFx(succeededFill).isPresent());
        assertThat(onFx(succeededFill)).as("the status colour for success (light theme)")
                .contains(javafx.scene.paint.Color.web("#116329"));
        assertThat(sim.requests().syncs()).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).contains("\"auto_trigger\":false"));
    }

    @Test
    void theToggleDecidesTheAutoTriggerThatIsSent(FxRobot robot) {
        String id = loadedVault(robot, "branch-shanghai");

        robot.clickOn(robot.lookup("#autoTrigger-" + id).lookup(".thumb-area").queryAs(Node.class));
        robot.clickOn("#sync-" + id);

        waitFor(() -> sim.requests().syncs().size() == 1);
        assertThat(sim.requests().syncs().get(0).bodyText()).contains("\"auto_trigger\":true");
    }

    @Test
    void aDoubleClickSendsOneSync(FxRobot robot) {
        String id = loadedVault(robot, "branch-shenzhen");

        robot.doubleClickOn("#sync-" + id);
        robot.clickOn("#sync-" + id);

        waitFor(() -> MainWindowTest.rows(context).size() == 1
                && MainWindowTest.rows(context).get(0).operationLogId().isPresent());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(sim.requests().syncs()).hasSize(1);
    }

    @Test
    void aVaultDeletedMeanwhileShowsTheNotFoundDialog(FxRobot robot) {
        String id = loadedVault(robot, "branch-wuhan");
        sim.removeVault(id);

        robot.clickOn("#sync-" + id);

        waitFor(() -> robot.lookup("#errorCode").tryQuery().isPresent());
        assertThat(robot.lookup("#errorCode").queryAs(TextField.class).getText()).isEqualTo("BackupService.6105");
        assertThat(robot.lookup("#errorHttpStatus").queryAs(TextField.class).getText()).isEqualTo("400");
        assertThat(robot.lookup("#errorRequestId").queryAs(TextField.class).getText()).hasSize(32);
        assertThat(MainWindowTest.rows(context).get(0).status()).isEqualTo(HistoryStatus.REQUEST_FAILED);
    }

    @Test
    void refusedCredentialsShowTheAuthenticationDialog(FxRobot robot) {
        String id = loadedVault(robot, "crm-oracle-db");
        sim.revokeAccessKey(sim.config().accessKey());

        robot.clickOn("#sync-" + id);

        waitFor(() -> robot.lookup("#errorCode").tryQuery().isPresent());
        assertThat(robot.lookup("#errorCode").queryAs(TextField.class).getText()).isEqualTo("APIGW.0301");
        assertThat(robot.lookup("#errorHttpStatus").queryAs(TextField.class).getText()).isEqualTo("401");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Labeled.class).getText())
                .isEqualTo("The credentials were refused");
        assertThat(sim.requests().syncs()).hasSize(1);
    }

    @Test
    void keyboardAloneSearchesSelectsAndSyncs(FxRobot robot) {
        loadedVault(robot, "branch-chengdu");
        int listCalls = sim.requests().matching(r -> r.path().endsWith("/vaults")).size();
        robot.clickOn("#statusCounts");

        robot.type(KeyCode.F5);
        waitFor(() -> sim.requests().matching(r -> r.path().endsWith("/vaults")).size() > listCalls);

        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("jenkins");
        waitFor(() -> vaultTable(robot).getItems().size() == 1);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        waitFor(() -> sim.requests().syncs().size() == 1);
        assertThat(MainWindowTest.rows(context).get(0).vaultName()).isEqualTo("dev-jenkins");
    }

    @Test
    void theHistoryAndSettingsAreOnDiskAndHoldNoSecret(FxRobot robot) throws Exception {
        String id = loadedVault(robot, "branch-chengdu");
        robot.clickOn(robot.lookup("#autoTrigger-" + id).lookup(".thumb-area").queryAs(Node.class));
        robot.clickOn("#sync-" + id);
        waitFor(() -> rows(context).size() == 1 && rows(context).get(0).status() == HistoryStatus.SUCCESS);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);

        String operationId = rows(context).get(0).operationLogId().orElseThrow();
        String journal = java.nio.file.Files.readString(home.resolve("data/history/demo.jsonl"));
        assertThat(journal).contains(operationId).contains("SUCCESS");
        String settings = java.nio.file.Files.readString(home.resolve("config/settings.json"));
        assertThat(settings).contains("\"" + id + "\" : true");
        try (var files = java.nio.file.Files.walk(home)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertThat(java.nio.file.Files.readString(f)).as(f.toString())
                        .doesNotContain(sim.config().secretKey());
            }
        }
    }

    @Test
    void anUnreadableDateIsSaidSoInTheFieldAndFiltersNothing(FxRobot robot) {
        loadedVault(robot, "branch-chengdu");
        javafx.scene.control.DatePicker from = robot.lookup("#fromDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(from.getEditor()).write("yesterday").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getValue()).isNull();
        assertThat(from.getTooltip()).isNotNull();
        assertThat(from.getTooltip().getText()).contains("YYYY-MM-DD");
        robot.clickOn(from.getEditor()).eraseText(9).write("2026-01-02").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getValue()).isEqualTo(java.time.LocalDate.of(2026, 1, 2));
        assertThat(from.getTooltip()).isNull();
    }

    @Test
    void theVaultFilterListsTheVaultsOfRowsThatArrivedSinceItWasLastOpened(FxRobot robot) {
        String id = loadedVault(robot, "branch-chengdu");
        robot.clickOn("#sync-" + id);
        waitFor(() -> MainWindowTest.rows(context).stream().anyMatch(r -> r.vaultName().equals("branch-chengdu")));
        waitFor(context::uiSettled); // the window has the row too (its updates come paced)

        List<Object> filterValues = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> context.mainViewModel().history().vaultFilterProperty()
                .addListener((o, was, now) -> filterValues.add(String.valueOf(now))));
        robot.clickOn("#vaultFilter");
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) ->
                "branch-chengdu".equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filterValues).as("the new names came in without the filter passing through no value")
                .containsExactly("branch-chengdu");

        waitFor(() -> !context.mainViewModel().history().visibleRows().isEmpty() && context.mainViewModel()
                .history().visibleRows().stream().allMatch(r -> r.vaultName().equals("branch-chengdu")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimeHeadersSortTheHistoryByTimeAlsoBeforeASecondColumn(FxRobot robot) throws Exception {
        // The console's syncs the catch-up found, and one of this app's: rows with several times and vaults.
        robot.clickOn("#sync-" + loadedVault(robot, "branch-chengdu"));
        waitFor(() -> rows(context).size() == 1 && rows(context).get(0).status() == HistoryStatus.SUCCESS);
        waitFor(context::uiSettled);
        TableView<HistoryEntry> history = robot.lookup("#historyTable").queryAs(TableView.class);
        assertThat(onFx(() -> history.getItems().size())).isGreaterThan(1);
        java.util.function.Supplier<List<HistoryEntry>> shown = () -> onFx(() -> List.copyOf(history.getItems()));

        robot.clickOn(LargeHistoryTest.header(history, "requestedColumn"));
        waitFor(() -> isSorted(shown.get(), Comparator.comparing(HistoryEntry::requestedAt)
                .thenComparing(HistoryEntry.NEWEST_FIRST)));
        robot.clickOn(LargeHistoryTest.header(history, "requestedColumn"));
        waitFor(() -> isSorted(shown.get(), Comparator.comparing(HistoryEntry::requestedAt).reversed()
                .thenComparing(HistoryEntry.NEWEST_FIRST)));

        // Time first, then the vault (rows requested at the same instant follow the vault column: the time column
        // compares the time alone, HistoryEntry.BY_REQUESTED_AT, whose order HistoryEntryProperties checks).
        robot.press(KeyCode.SHIFT).clickOn(LargeHistoryTest.header(history, "vaultColumn")).release(KeyCode.SHIFT);
        waitFor(() -> isSorted(shown.get(), Comparator.comparing(HistoryEntry::requestedAt).reversed()
                .thenComparing(HistoryEntry::vaultName, java.text.Collator.getInstance())));

        // The ended column is off to the right in this window's width: chosen as a click on its header would.
        robot.interact(() -> {
            var ended = history.getColumns().stream().filter(c -> "endedColumn".equals(c.getId())).findFirst()
                    .orElseThrow();
            ended.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            history.getSortOrder().setAll(List.of(ended));
        });
        waitFor(() -> isSorted(shown.get(), Comparator.comparing(
                (HistoryEntry e) -> e.endedAt().orElse(java.time.Instant.MAX))
                .thenComparing(HistoryEntry.NEWEST_FIRST)));
    }

    private String loadedVault(FxRobot robot, String name) {
        waitFor(() -> vaultTable(robot).getItems().size() == sim.hybridVaultIds().size());
        return sim.hybridVaultIds().stream().filter(v -> sim.vaultName(v).equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static TableView<Object> vaultTable(FxRobot robot) {
        return robot.lookup("#vaultTable").queryAs(TableView.class);
    }

    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Rows of syncs this app started (catching up on connect adds the simulator's older console syncs). */
    static List<HistoryEntry> rows(AppContext context) {
        return context.scope().history().snapshot().stream()
                .filter(e -> e.origin() == HistoryEntry.Origin.THIS_APP).toList();
    }
}
