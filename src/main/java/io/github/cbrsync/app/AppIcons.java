package io.github.cbrsync.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Puts the multi-size app icon on a window, where the icon files are packaged. */
final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /**
     * Once per window, all sizes in one change: each change of a window's icons makes the toolkit convert every
     * icon again (adding seven one by one took about 40 ms of the FX thread at each start and at each switch of
     * connection, which added seven more each time).
     */
    static void apply(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/io/github/cbrsync/app/icons/icon-" + size
                    + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                // An icon that cannot be read leaves the window with the other sizes.
            }
        }
        stage.getIcons().setAll(icons);
    }
}
