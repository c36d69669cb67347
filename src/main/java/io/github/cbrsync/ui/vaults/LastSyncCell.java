package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.ui.common.Styles;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** "2 h ago · succeeded" in the outcome's colour, with the full date and status in a tooltip. */
final class LastSyncCell extends TableCell<VaultRow, LastSync> {
    private static final List<String> TONES = List.of(Styles.STATUS_OK, Styles.STATUS_WARN, Styles.STATUS_BAD,
            Styles.STATUS_ACTIVE, Styles.MUTED);

    @Override
    protected void updateItem(LastSync value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeAll(TONES);
        if (empty || value == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(value.text());
        getStyleClass().add(value.styleClass());
        setTooltip(new Tooltip(value.tooltip()));
    }
}
