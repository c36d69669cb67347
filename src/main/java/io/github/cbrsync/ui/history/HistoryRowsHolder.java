package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.ui.common.RowsHolder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * Keeps the history's chosen rows chosen while rows change under them. TableView on its own shifts a selection
 * index by index at every insert, and walks it up to the highest chosen row at every other change (seconds at
 * 100,000 rows with a row chosen far down, while a bulk sync updates its rows), so the selection is taken off
 * once before a trip of changes and put back after, found by binary search: the same rows, the same lead row,
 * the same focused row, and the same start for a Shift-click range.
 */
final class HistoryRowsHolder implements RowsHolder {
    /**
     * Where JavaFX keeps the start of a Shift-click range: in the table's properties, under this key (its cell
     * behaviour, {@code CellBehaviorBase}). It is moved along with the rows only while its row is selected, so
     * it is moved here. Should the key change, Shift-click falls back to JavaFX's own behaviour.
     */
    private static final String RANGE_START_KEY = "anchor";

    /** Above this many chosen rows only the lead row is kept (see {@link #beforeChange}). */
    private static final int MAX_KEPT_SELECTION = 1_000;

    private final TableView<HistoryEntry> table;
    private final ToIntFunction<String> shownIndexOf;

    /** @param shownIndexOf where the row with a local ID is shown now, or -1 */
    HistoryRowsHolder(TableView<HistoryEntry> table, ToIntFunction<String> shownIndexOf) {
        this.table = table;
        this.shownIndexOf = shownIndexOf;
    }

    @Override
    public Runnable beforeChange() {
        var selection = table.getSelectionModel();
        int count = selection.getSelectedIndices().size();
        if (count == 0) {
            return NOTHING;
        }
        if (count > MAX_KEPT_SELECTION) {
            // JavaFX 21 takes quadratic time over a selection this large both to shift it past an inserted row
            // (a pass over every chosen cell for each index) and to clear it (a search of the chosen indices for
            // each one removed): 100,000 chosen rows (Ctrl+A) froze the window for good at the first new row. The
            // lead row stays chosen (one clearing, as the table did at its first update before) and is kept.
            int lead = selection.getSelectedIndex();
            if (lead < 0) {
                return NOTHING;
            }
            selection.clearAndSelect(lead);
            count = 1;
        }
        // By ID: after an update in place the selection model may still hold the row's older version.
        String lead = idAt(selection.getSelectedIndex());
        List<String> ids = new ArrayList<>(count);
        for (int index : selection.getSelectedIndices()) {
            String id = idAt(index);
            if (id != null && !id.equals(lead)) {
                ids.add(id);
            }
        }
        if (lead != null) {
            ids.add(lead); // last: selectIndices makes the last one the lead
        }
        TablePosition<HistoryEntry, ?> focused = table.getFocusModel().getFocusedCell();
        String focusedId = focused == null ? null : idAt(focused.getRow());
        Object rangeStart = table.getProperties().get(RANGE_START_KEY);
        TablePosition<?, ?> rangeStartAt = rangeStart instanceof TablePosition<?, ?> p ? p : null;
        String rangeStartId = rangeStartAt == null ? null : idAt(rangeStartAt.getRow());
        selection.clearSelection();
        return () -> {
            int[] indices = ids.stream().mapToInt(shownIndexOf).filter(i -> i >= 0).toArray();
            if (indices.length > 0) {
                selection.selectIndices(indices[0], Arrays.copyOfRange(indices, 1, indices.length));
            }
            int focusAt = focusedId == null ? -1 : shownIndexOf.applyAsInt(focusedId);
            if (focusAt >= 0) {
                table.getFocusModel().focus(focusAt, focused.getTableColumn());
            }
            int rangeStartNow = rangeStartId == null ? -1 : shownIndexOf.applyAsInt(rangeStartId);
            if (rangeStartNow >= 0 && table.getProperties().get(RANGE_START_KEY) == rangeStart) {
                table.getProperties().put(RANGE_START_KEY, position(rangeStartNow, rangeStartAt.getTableColumn()));
            }
        };
    }

    @SuppressWarnings("unchecked") // the range start was a position in this table
    private TablePosition<HistoryEntry, ?> position(int row, TableColumn<?, ?> column) {
        return new TablePosition<>(table, row, (TableColumn<HistoryEntry, Object>) column);
    }

    private String idAt(int index) {
        return index >= 0 && index < table.getItems().size() ? table.getItems().get(index).localId() : null;
    }
}
