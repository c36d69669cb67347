package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.ui.common.RowsHolder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * What the history table keeps in place while its rows change under the administrator: the chosen rows, and,
 * while the table is scrolled away from its top, the row at the top of the view.
 */
final class HistoryRowsHolder implements RowsHolder {
    /** A larger selection is left to the table (it then shifts it index by index). */
    private static final int MAX_KEPT_SELECTION = 10_000;

    private final TableView<HistoryEntry> table;
    private final ToIntFunction<String> shownIndexOf;

    /** @param shownIndexOf where the row with a local ID is shown now, or -1 */
    HistoryRowsHolder(TableView<HistoryEntry> table, ToIntFunction<String> shownIndexOf) {
        this.table = table;
        this.shownIndexOf = shownIndexOf;
    }

    @Override
    public Runnable beforeMoves() {
        Runnable selection = takeSelectionOff();
        Runnable view = holdTopRow();
        return () -> {
            selection.run();
            view.run();
        };
    }

    /** A new filter or order: the chosen rows stay chosen; the view stays where the table puts it. */
    @Override
    public Runnable beforeReplacingAll() {
        return takeSelectionOff();
    }

    /**
     * Takes the selection off while rows move, and returns what selects the same rows again (found by binary
     * search, the lead row last so it stays the lead). TableView would otherwise shift the selection index by
     * index at every insert, or re-select by a scan of every row at every replacement.
     */
    private Runnable takeSelectionOff() {
        var selection = table.getSelectionModel();
        int count = selection.getSelectedIndices().size();
        if (count == 0 || count > MAX_KEPT_SELECTION) {
            return NOTHING;
        }
        HistoryEntry lead = selection.getSelectedItem();
        List<String> ids = new ArrayList<>(count);
        selection.getSelectedItems().forEach(e -> {
            if (e != lead) {
                ids.add(e.localId());
            }
        });
        if (lead != null) {
            ids.add(lead.localId());
        }
        selection.clearSelection();
        return () -> {
            int[] indices = ids.stream().mapToInt(shownIndexOf).filter(i -> i >= 0).toArray();
            if (indices.length > 0) {
                selection.selectIndices(indices[0], Arrays.copyOfRange(indices, 1, indices.length));
            }
        };
    }

    /**
     * While the table is scrolled away from its top, keeps the row at the top of the view there as rows are
     * inserted or moved above it: JavaFX keeps the index at the top, so the rows being read would slide down
     * one at every new task (and every visible cell would be filled and painted again). At the very top, new
     * rows come into view as they arrive. A row half scrolled out of view comes back aligned to the top.
     */
    private Runnable holdTopRow() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return NOTHING;
        }
        IndexedCell<?> top = flow.getFirstVisibleCell();
        if (top == null || top.getIndex() <= 0 || !(top.getItem() instanceof HistoryEntry row)) {
            return NOTHING;
        }
        int before = top.getIndex();
        return () -> {
            int now = shownIndexOf.applyAsInt(row.localId());
            if (now >= 0 && now != before) {
                table.scrollTo(now);
            }
        };
    }
}
