package io.github.cbrsync.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The app's look: AtlantaFX's Primer Light or Primer Dark as the user-agent stylesheet, so every window,
 * dialog, popup and menu gets it without asking, and the style class {@link Styles#DARK} on every scene's root,
 * which switches app.css's own colours (status, bars, banners) to their dark values. Switching is live: open
 * windows and dialogs restyle at once. FX thread only.
 */
public final class Themes {
    private static boolean dark;
    private static boolean applied;

    private Themes() {
    }

    /** Puts the light or the dark theme on the whole app, open windows included. */
    public static void apply(boolean darkTheme) {
        dark = darkTheme;
        applied = true;
        Application.setUserAgentStylesheet(darkTheme ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (scene != null && scene.getRoot() != null) {
                mark(scene.getRoot());
            }
        }
    }

    /**
     * The light theme, unless a theme was put on already: app.css builds on AtlantaFX's colours, so no scene is
     * ever shown with it over JavaFX's default theme (a window built before the app chose, a test).
     */
    static void ensureApplied() {
        if (!applied) {
            apply(false);
        }
    }

    /** Gives a root (a scene's, a dialog's pane) the current theme's style class. */
    static void mark(Node root) {
        if (dark && !root.getStyleClass().contains(Styles.DARK)) {
            root.getStyleClass().add(Styles.DARK);
        } else if (!dark) {
            root.getStyleClass().remove(Styles.DARK);
        }
    }
}
