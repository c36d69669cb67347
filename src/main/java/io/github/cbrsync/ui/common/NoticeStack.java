package io.github.cbrsync.ui.common;

import atlantafx.base.controls.Notification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Short notices in a corner of the window (a run's summary, "caught up on 3 tasks"): AtlantaFX notifications,
 * newest on top, each gone after its time or at its close button; the pointer over a notice keeps it, and
 * beyond three the oldest give way.
 *
 * <p>They are part of the window's content, not popup windows of their own. A popup that slides and fades in is a
 * window moving at every frame of its animation, and on a single-surface display (Monocle, as in the benchmarks;
 * a remote desktop) every frame of that repaints the whole main window under it: 16 frames of 35-60 ms per
 * notice. A notice in the window appears and goes in one frame that repaints only its corner. It also stays with
 * its window (moved, minimised, on another screen) and with its connection: when the window shows another
 * connection, this content and its notices leave together. FX thread only.
 */
public final class NoticeStack extends VBox {
    /** Older notices give way beyond this many, so a burst never covers the tables. */
    static final int MOST_SHOWN = 3;
    /** How long a notice stays unless told otherwise (longer while the pointer is over it). */
    public static final Duration SHOWN_FOR = Duration.seconds(8);
    static final String TIMER = "notice-timer";

    /** What a notice says, by colour: AtlantaFX's intent classes for its notifications. */
    public enum Kind {
        INFO(atlantafx.base.theme.Styles.ACCENT),
        SUCCESS(atlantafx.base.theme.Styles.SUCCESS),
        WARNING(atlantafx.base.theme.Styles.WARNING),
        PROBLEM(atlantafx.base.theme.Styles.DANGER);

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    public NoticeStack() {
        getStyleClass().add("notice-stack");
        setAlignment(Pos.BOTTOM_RIGHT);
        // Only the notices take the pointer; the tables under the empty rest of the corner stay clickable.
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /**
     * Shows a notice for {@link #SHOWN_FOR} (longer while the pointer is over it), or until it is closed; nothing
     * when these notices are not in a window on screen (their connection's content was replaced).
     */
    public void show(Kind kind, String message) {
        show(kind, message, SHOWN_FOR);
    }

    /** The same, for {@code showFor}. */
    public void show(Kind kind, String message, Duration showFor) {
        if (!isInShowingWindow()) {
            return;
        }
        Notification notice = new Notification(message);
        notice.getStyleClass().addAll("notice", kind.styleClass);
        notice.setAccessibleRole(AccessibleRole.TEXT);
        notice.setAccessibleText(message);
        PauseTransition timer = new PauseTransition(showFor);
        notice.getProperties().put(TIMER, timer);
        timer.setOnFinished(e -> dismiss(notice));
        // AtlantaFX shows a close button once there is a handler for it.
        notice.setOnClose(e -> dismiss(notice));
        notice.setOnMouseEntered(e -> timer.pause());
        notice.setOnMouseExited(e -> {
            if (getChildren().contains(notice)) {
                timer.play(); // not for one already gone (closed under the pointer): that would hold it again
            }
        });
        // On top: the stack grows upwards from the corner, so the notices already there do not move (one being
        // read stays under the pointer).
        getChildren().add(0, notice);
        // The oldest give way, except one the pointer is on.
        List<Node> oldestFirst = new ArrayList<>(getChildren());
        Collections.reverse(oldestFirst);
        for (Node older : oldestFirst) {
            if (getChildren().size() <= MOST_SHOWN) {
                break;
            }
            if (older != notice && !older.isHover()) {
                dismiss(older);
            }
        }
        timer.play();
    }

    /** Takes a notice away and stops its timer, which would otherwise hold it (and this window) until it ends. */
    private void dismiss(Node notice) {
        if (notice.getProperties().get(TIMER) instanceof PauseTransition timer) {
            timer.stop();
        }
        getChildren().remove(notice);
    }

    /** The messages now shown, oldest first (the bottom one first). */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        getChildren().forEach(n -> messages.add(0, ((Notification) n).getMessage()));
        return messages;
    }

    /** Whether these notices are in a window on screen: a notice for a window no longer shown is dropped. */
    public boolean isInShowingWindow() {
        return getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
    }
}
