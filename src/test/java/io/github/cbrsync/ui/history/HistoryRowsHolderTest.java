package io.github.cbrsync.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.BackgroundWork;
import io.github.cbrsync.ui.common.ShownRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The history table's chosen rows while a trip of updates inserts and updates rows (a table not shown). */
@ExtendWith(ApplicationExtension.class)
class HistoryRowsHolderTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final Map<String, HistoryEntry> all = new HashMap<>();
    private ShownRows<HistoryEntry> rows;
    private TableView<HistoryEntry> table;

    @Start
    void start(Stage stage) {
        rows = new ShownRows<>(() -> new ArrayList<>(all.values()), HistoryViewModel.NEWEST_FIRST, new NoRebuilds());
        table = new TableView<>(rows.list());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        rows.setHolder(new HistoryRowsHolder(table, id -> rows.indexOf(all.get(id))));
        rows.inOneGo(() -> {
            for (int i = 0; i < 3_000; i++) {
                put(HistoryEntry.requested("old-" + i, "v", "vault", false, T0.plusSeconds(i)));
            }
        });
    }

    private void put(HistoryEntry row) {
        rows.changed(all.put(row.localId(), row), row);
    }

    /** One trip: two new rows go in on top, and an old row gets its task ID. */
    private void aTripOfUpdates(FxRobot robot) {
        robot.interact(() -> rows.inOneGo(() -> {
            put(HistoryEntry.requested("new-1", "v", "vault", false, T0.plusSeconds(10_000)));
            put(HistoryEntry.requested("new-2", "v", "vault", false, T0.plusSeconds(10_001)));
            put(all.get("old-100").withTaskId("task-100"));
        }));
    }

    private List<String> chosen() {
        return table.getSelectionModel().getSelectedItems().stream().map(HistoryEntry::localId).toList();
    }

    @Test
    void theChosenRowsLeadAndFocusStayOnTheirRows(FxRobot robot) {
        var selection = table.getSelectionModel();
        robot.interact(() -> {
            selection.selectIndices(2_899, 1_500); // old-100, then old-1499 as the lead
            table.getFocusModel().focus(1_500);
        });
        assertThat(chosen()).containsExactlyInAnyOrder("old-100", "old-1499");

        aTripOfUpdates(robot);

        assertThat(chosen()).containsExactlyInAnyOrder("old-100", "old-1499");
        assertThat(selection.getSelectedItem().localId()).isEqualTo("old-1499");
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(1_502);
        assertThat(table.getItems().get(2_901).operationLogId()).as("the chosen row as it is now")
                .contains("task-100");
        assertThat(selection.isSelected(2_901)).isTrue();
    }

    @Test
    void overAThousandChosenRowsOnlyTheLeadRowIsKept(FxRobot robot) {
        var selection = table.getSelectionModel();
        robot.interact(() -> {
            selection.selectRange(0, 2_000);
            selection.select(10);
        });
        String lead = selection.getSelectedItem().localId();
        assertThat(chosen()).hasSize(2_000);

        aTripOfUpdates(robot);

        assertThat(chosen()).containsExactly(lead);
    }

    /** This test changes rows one by one only. */
    private static final class NoRebuilds implements BackgroundRunner {
        @Override
        public <T> BackgroundWork run(String name, Callable<T> work, Consumer<T> onSuccess,
                                     Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException("no filter or order is set here");
        }
    }
}
