package io.github.cbrsync.app;

import io.github.cbrsync.store.AppSettings.WindowBounds;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.store.WindowPlacement;
import javafx.beans.InvalidationListener;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was, if that place is still on a screen, and remembers where it goes. */
final class WindowMemory {
    private WindowMemory() {
    }

    static void restore(Stage stage, SettingsStore settings) {
        var screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(b -> new WindowPlacement.Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
        WindowPlacement.restore(settings.current().window(), screens).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    static void track(Stage stage, SettingsStore settings) {
        InvalidationListener save = o -> {
            if (stage.isIconified()) {
                return;
            }
            var previous = settings.current().window();
            // While maximized keep the normal bounds, so un-maximizing next time restores them.
            WindowBounds bounds = stage.isMaximized() && previous.isPresent()
                    ? new WindowBounds(previous.get().x(), previous.get().y(), previous.get().width(),
                    previous.get().height(), true)
                    : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
            settings.update(s -> s.withWindow(bounds));
        };
        stage.xProperty().addListener(save);
        stage.yProperty().addListener(save);
        stage.widthProperty().addListener(save);
        stage.heightProperty().addListener(save);
        stage.maximizedProperty().addListener(save);
    }
}
