package io.github.cbrsync.ui.main;

import static io.github.cbrsync.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.testing.NoticeWindow;
import io.github.cbrsync.ui.common.NoticeStack;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Task-end notices on a real window: one sync's end on its own, a run's ends summed up once at its end,
 * a long run's ends not held for ever, nothing shown once the window shows another connection. Short gather and
 * hold times keep the test quick.
 */
@ExtendWith(ApplicationExtension.class)
class TaskEndNotifierTest {
    private static final Duration GATHER = Duration.millis(100);
    /** Long enough that a slow machine never reaches it where a test does not mean to. */
    private static final Duration HOLD = Duration.seconds(15);

    private NoticeWindow window;
    /** How many tasks the window still follows, as the task follower counts them. */
    private final AtomicInteger followed = new AtomicInteger();
    private TaskEndNotifier notifier;
    private NoticeStack notices;

    @Start
    void start(Stage primary) {
        window = new NoticeWindow();
        notices = window.notices();
        notifier = new TaskEndNotifier(notices, followed::get, GATHER, HOLD);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void aSyncThatEndsWhileNothingElseRunsIsNotifiedOnItsOwn() {
        onFx(() -> end("vault-a", TaskStatus.SUCCESS));

        waitFor(() -> !notificationTexts().isEmpty());
        assertThat(notificationTexts()).containsExactly("Sync of vault-a succeeded\n3 synchronized, 1 deleted, 0 failed");
        assertThat(styleClassesOfFirstNotice()).contains(atlantafx.base.theme.Styles.SUCCESS);
    }

    @Test
    void theEndsOfARunAreSummedUpOnceWhenItsLastSyncEnds() throws Exception {
        followed.set(3);
        onFx(() -> end("vault-a", TaskStatus.SUCCESS));
        onFx(() -> end("vault-b", TaskStatus.FAILED));
        // Several gathers long: the run goes on, so nothing is shown yet.
        Thread.sleep((long) GATHER.toMillis() * 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notificationTexts()).isEmpty();

        onFx(() -> end("vault-c", TaskStatus.SUCCESS));

        waitFor(() -> !notificationTexts().isEmpty());
        assertThat(notificationTexts()).containsExactly("3 syncs finished\n2 succeeded, 1 failed");
        assertThat(styleClassesOfFirstNotice()).contains(atlantafx.base.theme.Styles.WARNING);
    }

    /** Also what happens when a run's last task vanishes without an end: its held ends go out with the hold. */
    @Test
    void aLongRunReportsWhatItHeldOnceTheLongestHoldHasPassed() {
        onFx(() -> notifier = new TaskEndNotifier(notices, followed::get, GATHER,
                Duration.millis(300)));
        followed.set(5);
        onFx(() -> { // in one FX call: a stall between the two would let the hold pass after the first
            end("vault-a", TaskStatus.SUCCESS);
            end("vault-b", TaskStatus.SUCCESS);
        });

        waitFor(() -> notificationTexts().contains("2 syncs finished\n2 succeeded, 0 failed"));
        assertThat(followed.get()).as("still followed").isEqualTo(3);
    }

    @Test
    void endsHeldForAConnectionNoLongerShownAreDropped() throws Exception {
        followed.set(2);
        onFx(() -> end("vault-a", TaskStatus.SUCCESS));
        // The window switches to another connection: a new scene in the same stage.
        onFx(() -> window.stage().setScene(new Scene(new StackPane(), 640, 400)));
        onFx(() -> end("vault-b", TaskStatus.SUCCESS));

        // The run's last end was heard and its summary made, for a window no longer shown.
        waitFor(() -> heldEnds() == 0);
        assertThat(notificationTexts()).isEmpty();
    }

    /** What the app does when a followed task ends: the follower drops it, then the notifier hears of it. */
    private void end(String vault, TaskStatus status) {
        followed.updateAndGet(n -> Math.max(0, n - 1));
        Instant at = Instant.parse("2026-11-29T10:00:00Z");
        SyncTask task = new SyncTask(UUID.randomUUID().toString(), vault, vault, "sync", status, 100,
                new SyncCounters(3, 1, 0), Optional.empty(), Optional.of(at), Optional.of(at),
                Optional.of(at.plusSeconds(60)), Optional.empty());
        notifier.taskEnded(HistoryEntry.requested(UUID.randomUUID().toString(), vault, vault, false, at)
                .withTask(task));
    }

    private List<String> notificationTexts() {
        return window.messages();
    }

    private List<String> styleClassesOfFirstNotice() {
        return onFx(() -> List.copyOf(notices.getChildren().get(0).getStyleClass()));
    }

    private int heldEnds() {
        return onFx(() -> notifier.heldEnds());
    }

    private void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s; notifications: " + notificationTexts(), e);
        }
    }
}
