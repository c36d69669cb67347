package io.github.cbrsync.ui.common;

import java.util.function.Function;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * One tooltip for every cell of a column, worded for the cell the pointer enters. A Tooltip is a popup window
 * with a scene of its own: made for each cell at each update, tooltips took about a tenth of a table's first
 * layout (the window coming up) and one more was made for every row scrolled into view. One tooltip may be
 * installed on many nodes ({@link Tooltip#install}); its text is set as the pointer enters one of them, before
 * the tooltip's delay starts (the tooltip is shown for the window, so it cannot ask which node it is over).
 *
 * @param <N> the kind of control (a cell, a cell's button) the text is read from
 */
public final class CellTips<N extends Control> {
    private final Function<N, String> text;
    private Tooltip tooltip;

    /** {@code text}: what the tooltip says over a control (null or empty: nothing to say). */
    public CellTips(Function<N, String> text) {
        this.text = text;
    }

    /** Puts the shared tooltip on {@code control} when it has something to say now, else takes it off. */
    public void offer(N control, boolean hasSomethingToSay) {
        if (!hasSomethingToSay) {
            control.setTooltip(null);
            return;
        }
        Tooltip shared = tooltip();
        if (control.getProperties().putIfAbsent(this, Boolean.TRUE) == null) {
            // Only while it has the tooltip: a cell that lost it must not blank the one still up for its neighbour.
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (control.getTooltip() == shared) {
                    shared.setText(textFor(control));
                }
            });
        }
        if (control.isHover()) {
            shared.setText(textFor(control));
        }
        control.setTooltip(shared);
    }

    /** What the tooltip says over {@code control} now. */
    private String textFor(N control) {
        String t = text.apply(control);
        return t == null ? "" : t;
    }

    /** Made with the first cell that needs it (on the thread that builds the table). */
    private Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        return tooltip;
    }
}
