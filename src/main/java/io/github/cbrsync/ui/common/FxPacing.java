package io.github.cbrsync.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** The UI update queue's pacing on the FX thread: the JVM's monotonic clock, a put-off trip as a PauseTransition. */
public final class FxPacing {
    private FxPacing() {
    }

    /** At most one trip to the FX thread per {@code gap}. */
    public static UiUpdateQueue.Pacing every(Duration gap) {
        return new UiUpdateQueue.Pacing(gap, System::nanoTime, (delay, task) -> {
            PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(delay.toNanos() / 1e6));
            wait.setOnFinished(e -> task.run());
            wait.play();
        });
    }
}
