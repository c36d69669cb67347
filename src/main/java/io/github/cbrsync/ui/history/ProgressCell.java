package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** Task progress: a bar while there is a task, the percentage beside it; nothing for a failed request. */
final class ProgressCell extends TableCell<HistoryRow, HistoryEntry> {
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final HBox box = new HBox(6, bar, percent);

    ProgressCell() {
        bar.setPrefWidth(60);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(HistoryEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null || entry.operationLogId().isEmpty()) {
            setGraphic(null);
            return;
        }
        boolean waiting = entry.status() == io.github.cbrsync.domain.HistoryStatus.WAITING;
        bar.setProgress(waiting ? ProgressBar.INDETERMINATE_PROGRESS : entry.progress() / 100.0);
        percent.setText(waiting ? "" : entry.progress() + " %");
        setGraphic(box);
    }
}
