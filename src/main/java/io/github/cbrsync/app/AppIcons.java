package io.github.cbrsync.app;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Puts the multi-size app icon on a window, where the icon files are packaged. */
final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static void apply(Stage stage) {
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/io/github/cbrsync/app/icons/icon-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
