package io.github.cbrsync.store;

import io.github.cbrsync.store.AppSettings.WindowBounds;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether saved window bounds can be used on the screens there are now. A monitor that was unplugged
 * must not leave the window where nobody can reach it: the title bar has to be on a screen, with enough of it
 * visible to grab.
 */
public final class WindowPlacement {
    static final double TITLE_BAR = 32;
    static final double MIN_VISIBLE_WIDTH = 120;

    /** A screen's usable area. */
    public record Area(double x, double y, double width, double height) {
    }

    private WindowPlacement() {
    }

    public static Optional<WindowBounds> restore(Optional<WindowBounds> saved, List<Area> screens) {
        if (saved.isEmpty() || screens.isEmpty()) {
            return Optional.empty();
        }
        WindowBounds w = saved.get();
        if (!(w.width() > 100 && w.height() > 100)) {
            return Optional.empty();
        }
        for (Area s : screens) {
            double left = Math.max(w.x(), s.x());
            double right = Math.min(w.x() + w.width(), s.x() + s.width());
            boolean titleOnScreen = w.y() >= s.y() && w.y() + TITLE_BAR <= s.y() + s.height();
            if (titleOnScreen && right - left >= MIN_VISIBLE_WIDTH) {
                double width = Math.min(w.width(), s.width());
                double height = Math.min(w.height(), s.height());
                return Optional.of(new WindowBounds(w.x(), w.y(), width, height, w.maximized()));
            }
        }
        return Optional.empty();
    }
}
