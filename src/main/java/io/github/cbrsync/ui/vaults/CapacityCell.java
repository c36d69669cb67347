package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.domain.VaultUsage;
import io.github.cbrsync.ui.common.FillBar;
import io.github.cbrsync.ui.common.Formats;
import io.github.cbrsync.ui.common.Styles;
import io.github.cbrsync.i18n.Messages;
import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;

/** Used / size with a bar; amber above 80 %, red above 95 %, as the CBR console warns. */
final class CapacityCell extends TableCell<VaultRow, Vault> {
    private static final List<String> FILL_CLASSES = List.of(Styles.FILL_HIGH, Styles.FILL_FULL);
    // A FillBar, not a ProgressBar: one in every row, so no skin to build and style for each new row.
    private final FillBar bar = new FillBar(70, 8);
    private final Label text = new Label();
    private final HBox box = new HBox(8, bar, text);
    {
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    CapacityCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Vault vault, boolean empty) {
        super.updateItem(vault, empty);
        if (empty || vault == null) {
            setGraphic(null);
            return;
        }
        VaultUsage usage = vault.usage();
        double fraction = usage.usedFraction();
        bar.setFraction(fraction);
        Styles.showOneOf(bar, FILL_CLASSES, fraction >= 0.95 ? Styles.FILL_FULL
                : fraction >= 0.8 ? Styles.FILL_HIGH : null);
        text.setText(Messages.format("vaults.capacity", Formats.megabytes(usage.usedMb()),
                Formats.megabytes(usage.capacityMb()), Formats.percent(fraction)));
        setGraphic(box);
    }
}
