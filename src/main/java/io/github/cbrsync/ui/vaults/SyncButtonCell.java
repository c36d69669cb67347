package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The Sync button of a row; its item is the row's gate state, so it repaints when syncing starts or ends. */
final class SyncButtonCell extends TableCell<VaultRow, VaultGate.State> {
    private final Button button = new Button();

    SyncButtonCell(Consumer<VaultRow> onSync) {
        button.getStyleClass().add("sync-button");
        button.setOnAction(e -> {
            VaultRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                onSync.accept(row);
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
        button.setTooltip(new Tooltip(Messages.format("vaults.sync.tooltip", row.vault().name())));
        button.setId("sync-" + row.id());
        setGraphic(button);
    }
}
