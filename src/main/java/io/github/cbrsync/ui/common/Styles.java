package io.github.cbrsync.ui.common;

import io.github.cbrsync.domain.HistoryStatus;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/** The style classes of app.css that code sets, by name, so a typo is a compile error and not a missing colour. */
public final class Styles {
    public static final String STATUS_OK = "status-ok";
    public static final String STATUS_WARN = "status-warn";
    public static final String STATUS_BAD = "status-bad";
    public static final String STATUS_ACTIVE = "status-active";
    /** Secondary text (a vault never synced): readable, but not competing with the status colours. */
    public static final String MUTED = "text-muted";
    public static final String UNENCRYPTED = "unencrypted";
    /** On a {@link FillBar} whose fill should warn (amber), or alarm (red): a vault's capacity nearly used up. */
    public static final String FILL_HIGH = "high";
    public static final String FILL_FULL = "full";
    /** On the root of every scene while the dark theme is on (app.css picks its dark colours with it). */
    public static final String DARK = "dark";

    /** The status colours as pseudo-classes, for table cells (see {@link #showStateOf}). */
    private static final List<PseudoClass> STATUS_STATES = Stream.of(STATUS_OK, STATUS_WARN, STATUS_BAD,
            STATUS_ACTIVE, MUTED).map(PseudoClass::getPseudoClass).toList();

    private Styles() {
    }

    /**
     * Gives a table cell one status colour (a class name above, or null for none) as a pseudo-class: app.css
     * styles {@code .table-cell:status-ok} as {@code .status-ok}. Switching a pseudo-class restyles the cell from
     * the styles it already looked up; a change of its style classes makes JavaFX look them up again for the cell
     * and everything in it. When a bulk sync starts, every shown row changes colour at once, and those look-ups
     * were most of a 60 ms layout.
     */
    public static void showStateOf(Node cell, String wanted) {
        for (PseudoClass state : STATUS_STATES) {
            cell.pseudoClassStateChanged(state, state.getPseudoClassName().equals(wanted));
        }
    }

    /**
     * Gives the node one class of a family (or none, with null), touching its style classes only when that
     * changes. Every change to the list makes JavaFX style the node and its children again; a table cell that
     * took its class off and put it back on at each update restyled every visible cell on every frame while a
     * bulk sync filled the history.
     */
    public static void showOneOf(Node node, Collection<String> family, String wanted) {
        ObservableList<String> classes = node.getStyleClass();
        for (String other : family) {
            if (!other.equals(wanted)) {
                classes.remove(other); // no change, and no restyling, when it is not there
            }
        }
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }

    /** The colour a sync's state is shown in, the same in the task history and the vault list's last sync. */
    public static String forStatus(HistoryStatus status) {
        return switch (status) {
            case SUCCESS -> STATUS_OK;
            case SKIPPED, OUTCOME_UNKNOWN, NOT_FOLLOWED, NOT_SENT -> STATUS_WARN;
            case FAILED, TIMEOUT, REQUEST_FAILED -> STATUS_BAD;
            default -> STATUS_ACTIVE;
        };
    }
}
