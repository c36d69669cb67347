package io.github.cbrsync.testing;

import io.github.cbrsync.ui.common.NoticeStack;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window of its own with a {@link NoticeStack} in it, for tests of notices: the primary stage is shared with
 * other test classes and may carry their handlers. Build it on the FX thread (a TestFX {@code @Start}).
 */
public final class NoticeWindow {
    private final Stage stage = new Stage();
    private final NoticeStack notices = new NoticeStack();

    public NoticeWindow() {
        stage.setScene(new Scene(new StackPane(notices), 640, 400));
        stage.show();
    }

    public NoticeStack notices() {
        return notices;
    }

    public Stage stage() {
        return stage;
    }

    /** The messages of the notices now shown, oldest first (read on the FX thread). */
    public List<String> messages() {
        try {
            return WaitForAsyncUtils.asyncFx(notices::messages).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }
}
