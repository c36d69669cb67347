package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.CellTips;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** The Sync button of a row; its item is the row's gate state, so it repaints when syncing starts or ends. */
final class SyncButtonCell extends TableCell<VaultRow, VaultGate.State> {
    private final Button button = new Button();
    private final CellTips<Button> tips;

    /** {@code tips}: the column's one tooltip ({@link #tips()}), shared by every cell's button. */
    SyncButtonCell(Consumer<VaultRow> onSync, CellTips<Button> tips) {
        this.tips = tips;
        button.getStyleClass().add("sync-button");
        button.setOnAction(e -> {
            VaultRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                onSync.accept(row);
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** "Sync the vault X now", for the vault of the button it shows over. */
    static CellTips<Button> tips() {
        return new CellTips<>(b -> b.getUserData() == null ? null
                : Messages.format("vaults.sync.tooltip", b.getUserData()));
    }

    @Override
    protected void updateItem(VaultGate.State state, boolean empty) {
        super.updateItem(state, empty);
        VaultRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || state == null || row == null) {
            setGraphic(null);
            return;
        }
        boolean idle = state == VaultGate.State.IDLE;
        button.setText(Messages.get(idle ? "vaults.sync" : "vaults.syncing"));
        button.setDisable(!row.canSync());
        button.setUserData(row.vault().name());
        tips.offer(button, true);
        button.setId("sync-" + row.id());
        setGraphic(button);
    }
}
