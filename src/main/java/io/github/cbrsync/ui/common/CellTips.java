package io.github.cbrsync.ui.common;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * One tooltip for every cell of a column, worded for the cell it shows over, when it shows. A Tooltip is a popup
 * window with a scene of its own: made for each cell at each update, tooltips took about a tenth of a table's first
 * layout (the window coming up) and one more was made for every row scrolled into view. One tooltip may be
 * installed on many nodes ({@link Tooltip#install}).
 *
 * @param <N> the kind of node (a cell, a cell's button) the text is read from
 */
public final class CellTips<N extends Node> {
    private final Function<N, String> text;
    private Tooltip tooltip;

    /** {@code text}: what the tooltip says over a node, asked when it shows (null or empty: nothing to say). */
    public CellTips(Function<N, String> text) {
        this.text = text;
    }

    /** Puts the shared tooltip on {@code control} when it has something to say now, else takes it off. */
    public void offer(Control control, boolean hasSomethingToSay) {
        control.setTooltip(hasSomethingToSay ? tooltip() : null);
    }

    /** What the tooltip says over {@code node} now. */
    public String textFor(N node) {
        String t = text.apply(node);
        return t == null ? "" : t;
    }

    /** Made with the first cell that needs it (on the thread that builds the table). */
    private Tooltip tooltip() {
        if (tooltip == null) {
            Tooltip shared = new Tooltip();
            shared.setOnShowing(e -> {
                @SuppressWarnings("unchecked")
                N owner = (N) shared.getOwnerNode();
                shared.setText(owner == null ? "" : textFor(owner));
            });
            tooltip = shared;
        }
        return tooltip;
    }
}
