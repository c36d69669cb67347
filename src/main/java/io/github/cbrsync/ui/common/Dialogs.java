package io.github.cbrsync.ui.common;

import java.net.URL;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Every dialog and window of the app goes through here: it gets its owner (so it opens over the main window
 * and closes with it), the app's stylesheet and the theme's style class (so status colours look the same
 * everywhere, in the light and the dark theme).
 */
public final class Dialogs {
    private static final URL STYLESHEET = Dialogs.class.getResource("/io/github/cbrsync/ui/main/app.css");

    private Dialogs() {
    }

    /** Sets the owner (when there is one) and the stylesheet of a dialog; returns it for chaining. */
    public static <T extends Dialog<?>> T prepare(T dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        style(dialog.getDialogPane().getStylesheets());
        Themes.mark(dialog.getDialogPane());
        return dialog;
    }

    /** The app's stylesheet on a scene of its own (the main window, a secondary window). */
    public static void style(Scene scene) {
        style(scene.getStylesheets());
        Themes.mark(scene.getRoot());
        // A root put in later (the main window swaps connections) gets the theme too.
        scene.rootProperty().addListener((o, old, root) -> Themes.mark(root));
    }

    private static void style(java.util.List<String> stylesheets) {
        Themes.ensureApplied();
        for (String css : java.util.List.of(CjkFont.stylesheet(), STYLESHEET.toExternalForm())) {
            if (!css.isEmpty() && !stylesheets.contains(css)) {
                stylesheets.add(css);
            }
        }
    }
}
