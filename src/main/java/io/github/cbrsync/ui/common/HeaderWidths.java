package io.github.cbrsync.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * No column header is ever cut off, in any language, font or scale: once the table is laid out with its
 * stylesheet, each column's minimum width becomes its header text's width plus room for the sort arrow. The
 * widths in the FXML are where columns start; this is only a floor (a remembered narrower width cannot hide a
 * header either).
 */
public final class HeaderWidths {
    /** The sort arrow and the header's padding beside the text. */
    static final double ARROW_ROOM = 26;

    private HeaderWidths() {
    }

    /** Fits the headers after the table's first layout in a scene (and again in each new scene). */
    public static void fit(TableView<?> table) {
        table.sceneProperty().addListener((o, old, scene) -> afterNextLayout(table, scene));
        afterNextLayout(table, table.getScene());
    }

    private static void afterNextLayout(TableView<?> table, Scene scene) {
        if (scene == null) {
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                apply(table);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    static void apply(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                double needed = Math.ceil(label.prefWidth(-1) + ARROW_ROOM);
                if (header.getTableColumn().getMinWidth() < needed) {
                    header.getTableColumn().setMinWidth(needed);
                }
            }
        }
    }
}
