package io.github.cbrsync.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Puts the app icon on a window, at the one size the platform's windows take: JavaFX hands the platform a single
 * image, the best of the window's list scaled to 128 px on Linux and macOS and to 32 px on Windows. A list of
 * seven sizes was decoded, converted and compared at every start, about a tenth of the FX thread's work before
 * the first frame, for nothing.
 */
final class AppIcons {
    private AppIcons() {
    }

    /** Once per window (a switch of connection puts a new scene on the same window, not a new icon). */
    static void apply(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        int size = sizeFor(System.getProperty("os.name", ""));
        try (InputStream in = AppIcons.class.getResourceAsStream("/io/github/cbrsync/app/icons/icon-" + size
                + ".png")) {
            if (in != null) {
                stage.getIcons().setAll(new Image(in));
            }
        } catch (IOException e) {
            // A window without its icon still works; the platform shows its default one.
        }
    }

    /** The size JavaFX scales a window icon to on this operating system. */
    static int sizeFor(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows") ? 32 : 128;
    }
}
