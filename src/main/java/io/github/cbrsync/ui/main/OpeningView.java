package io.github.cbrsync.ui.main;

import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Dialogs;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * What the window shows from its first frame until the first connection is open: the app's name and which
 * connection it is opening. Cheap to build, so the window is on screen about as fast as JavaFX allows.
 */
public final class OpeningView {
    private OpeningView() {
    }

    public static Scene scene(String connectionLabel, double width, double height) {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("opening-title");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        Label what = new Label(Messages.format("connection.switching", connectionLabel));
        VBox box = new VBox(14, title, progress, what);
        box.setAlignment(Pos.CENTER);
        box.setId("openingView");
        Scene scene = new Scene(box, width, height);
        Dialogs.style(scene);
        return scene;
    }
}
