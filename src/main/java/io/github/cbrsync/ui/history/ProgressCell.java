package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.ui.common.FillBar;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/**
 * Task progress: a bar while there is a task and the percentage beside it; nothing for a request without a
 * task. A {@link FillBar}, not a ProgressBar: no skin, no animation (a waiting task shows an empty bar, not an
 * indeterminate one that would animate in every row at once), so a thousand moving rows stay cheap.
 */
final class ProgressCell extends TableCell<HistoryEntry, HistoryEntry> {
    static final double WIDTH = 60;

    private final FillBar bar = new FillBar(WIDTH, 10);
    private final Label percent = new Label();
    private final HBox box = new HBox(6, bar, percent);

    ProgressCell() {
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(HistoryEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null || entry.operationLogId().isEmpty()) {
            setGraphic(null);
            return;
        }
        boolean waiting = entry.status() == HistoryStatus.WAITING;
        int p = waiting ? 0 : Math.max(0, Math.min(100, entry.progress()));
        bar.setFraction(p / 100.0);
        percent.setText(waiting ? "" : p + " %");
        setGraphic(box);
    }
}
