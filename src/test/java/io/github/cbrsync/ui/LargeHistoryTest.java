package io.github.cbrsync.ui;

import static io.github.cbrsync.testing.FxThread.onFx;
import static io.github.cbrsync.ui.MainWindowTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.app.AppContext;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.testing.HistoryFiles;
import io.github.cbrsync.testing.TestApp;
import io.github.cbrsync.ui.history.HistoryViewModel;
import io.github.cbrsync.ui.history.StatusFilter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 20,000-row history in the real window: a header click sorts it and a filter narrows it (both computed off the
 * FX thread), the order holds while a new sync arrives, the FX thread answers while the rows are rebuilt, and
 * chosen rows stay chosen through all of it.
 */
@ExtendWith(ApplicationExtension.class)
class LargeHistoryTest {
    private static final int ROWS = 20_000;

    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        HistoryFiles.writeFinishedRows(home.resolve("data/history/demo.jsonl"), ROWS, 60);
        context = TestApp.showDemo(stage, SimulatorConfig.demo().withTaskDuration(Duration.ofMillis(800))
                .withTaskFailureRate(0), 100, MainWindowTest.FAST_POLLS, home);
    }

    @AfterEach
    void stop() {
        TestApp.close(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHeaderClickSortsAFilterNarrowsAndNewRowsTakeTheirPlace(FxRobot robot) throws Exception {
        TableView<HistoryEntry> history = robot.lookup("#historyTable").queryAs(TableView.class);
        // The journal's rows, and the simulator's own tasks the catch-up merges in.
        waitFor(() -> items(history).size() >= ROWS);
        assertThat(isSorted(items(history), HistoryViewModel.NEWEST_FIRST)).as("newest first").isTrue();

        robot.clickOn(header(history, "vaultColumn"));
        waitFor(() -> isSorted(items(history), byVaultThenNewest()));
        assertThat(items(history)).hasSizeGreaterThanOrEqualTo(ROWS);

        // A filter: the FX thread answers at once, the narrowed rows land when the worker is done; a selected row
        // the filter keeps stays selected.
        HistoryEntry failedRow = items(history).stream().filter(e -> e.status() == HistoryStatus.FAILED)
                .skip(5).findFirst().orElseThrow();
        robot.interact(() -> history.getSelectionModel().select(failedRow));
        Platform.runLater(() -> context.mainViewModel().history().statusFilterProperty().set(StatusFilter.PROBLEMS));
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(true));
        assertThat(answered.get(10, TimeUnit.SECONDS)).isTrue();
        int failed = (ROWS + 16) / 17;
        waitFor(() -> items(history).size() >= failed && items(history).size() < ROWS);
        assertThat(items(history)).allMatch(e -> e.status().isProblem())
                .filteredOn(e -> e.status() == HistoryStatus.FAILED && e.localId().startsWith("old-")).hasSize(failed);
        assertThat(isSorted(items(history), byVaultThenNewest())).isTrue();
        assertThat(onFx(() -> List.copyOf(history.getSelectionModel().getSelectedItems())))
                .extracting(HistoryEntry::localId)
                .containsExactly(failedRow.localId());

        Platform.runLater(() -> context.mainViewModel().history().statusFilterProperty().set(StatusFilter.ALL));
        waitFor(() -> items(history).size() >= ROWS);
        var sim = context.scope().connection().simulator().orElseThrow();
        waitFor(() -> MainWindowTest.vaultTable(robot).getItems().size() == sim.hybridVaultIds().size());
        String chengdu = sim.hybridVaultIds().stream().filter(v -> sim.vaultName(v).equals("branch-chengdu"))
                .findFirst().orElseThrow();
        // Two rows chosen far down the list, below where the new sync's row goes: the first clicked (the start of
        // a Shift-click range), the second added. They stay chosen while that row is inserted above them and
        // updated until its task ends.
        var selection = history.getSelectionModel();
        waitFor(context::uiSettled);
        int clickedAt = items(history).size() - 50;
        String clicked = items(history).get(clickedAt).localId();
        robot.interact(() -> history.scrollTo(clickedAt));
        robot.clickOn(row(history, clickedAt));
        robot.interact(() -> selection.select(history.getItems().size() - 2));
        List<String> chosen = onFx(() -> selection.getSelectedItems().stream().map(HistoryEntry::localId).toList());
        String lead = onFx(() -> selection.getSelectedItem().localId());
        assertThat(chosen).hasSize(2).contains(clicked);
        robot.clickOn("#sync-" + chengdu);
        waitFor(() -> items(history).stream().anyMatch(e -> e.vaultId().equals(chengdu)
                && e.origin() == HistoryEntry.Origin.THIS_APP && e.status() == HistoryStatus.SUCCESS));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isSorted(items(history), byVaultThenNewest())).as("the new row in its sorted place").isTrue();
        assertThat(onFx(() -> List.copyOf(selection.getSelectedItems()))).extracting(HistoryEntry::localId)
                .as("the same rows chosen").containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(onFx(() -> selection.getSelectedItem().localId())).isEqualTo(lead);
        assertThat(onFx(() -> history.getFocusModel().getFocusedItem().localId())).isEqualTo(lead);
        // A Shift-click still starts its range at the row clicked first, wherever that row is now. The window's
        // updates come paced (up to 200 ms after the FX thread is idle): none may move rows under the click.
        waitFor(context::uiSettled);
        int clickedNow = items(history).stream().map(HistoryEntry::localId).toList().indexOf(clicked);
        assertThat(clickedNow).isGreaterThan(clickedAt);
        robot.interact(() -> history.scrollTo(clickedNow));
        robot.press(KeyCode.SHIFT).clickOn(row(history, clickedNow + 3)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> List.copyOf(selection.getSelectedIndices())))
                .containsExactly(clickedNow, clickedNow + 1, clickedNow + 2, clickedNow + 3);
    }

    /** The table's rows as they are now, copied on the FX thread (the list is the FX thread's alone). */
    private static List<HistoryEntry> items(TableView<HistoryEntry> table) {
        return onFx(() -> List.copyOf(table.getItems()));
    }

    /** A column's header, looked up on the FX thread (a lookup from the test thread races the rows changing). */
    static Node header(TableView<?> table, String columnId) throws Exception {
        return onFx(() -> table.lookupAll(".column-header").stream()
                .filter(h -> columnId.equals(h.getId())).findFirst().orElseThrow());
    }

    /**
     * The table row on screen showing the given index (scrolled into view beforehand), looked up on the FX thread;
     * a hidden spare row that still carries the index does not count.
     */
    private static Node row(TableView<HistoryEntry> table, int index) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> row && row.getIndex() == index
                        && row.isVisible())
                .findFirst().orElseThrow());
    }

    private static Comparator<HistoryEntry> byVaultThenNewest() {
        return Comparator.comparing(HistoryEntry::vaultName, java.text.Collator.getInstance())
                .thenComparing(HistoryEntry::requestedAt, Comparator.reverseOrder());
    }

    /** Whether each row comes no earlier than the one before it in {@code order}. */
    static boolean isSorted(List<HistoryEntry> rows, Comparator<HistoryEntry> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
