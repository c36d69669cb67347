package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.CellTips;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import org.controlsfx.control.ToggleSwitch;

/** The auto-trigger switch of a row, bound both ways to the row's choice while the cell shows that row. */
final class AutoTriggerCell extends TableCell<VaultRow, VaultRow> {
    private final ToggleSwitch toggle = new ToggleSwitch();
    private BooleanProperty bound;

    /** {@code tips}: the column's one tooltip ({@link #tips()}), shared by every cell's switch. */
    AutoTriggerCell(CellTips<ToggleSwitch> tips) {
        tips.offer(toggle, true);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.CENTER);
    }

    /** The same words over every switch. */
    static CellTips<ToggleSwitch> tips() {
        return new CellTips<>(t -> Messages.get("vaults.autoTrigger.tooltip"));
    }

    @Override
    protected void updateItem(VaultRow row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            toggle.selectedProperty().unbindBidirectional(bound);
            bound = null;
        }
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        bound = row.autoTriggerProperty();
        toggle.setSelected(bound.get());
        toggle.selectedProperty().bindBidirectional(bound);
        toggle.setId("autoTrigger-" + row.id());
        setGraphic(toggle);
    }
}
