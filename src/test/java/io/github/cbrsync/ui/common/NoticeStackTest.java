package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import io.github.cbrsync.testing.NoticeWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
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

/** Notices in a real window: their colour, how many stay, going after their time or at their close button. */
@ExtendWith(ApplicationExtension.class)
class NoticeStackTest {
    /** Long enough that no notice goes on its own while a test looks at it, on a slow machine too. */
    private static final Duration LONG = Duration.seconds(30);

    private NoticeWindow window;
    private NoticeStack notices;

    @Start
    void start(Stage primary) {
        window = new NoticeWindow();
        notices = window.notices();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void aNoticeIsShownInItsWindowWithItsKindsColour() {
        onFx(() -> notices.show(NoticeStack.Kind.PROBLEM, "Sync of vault-a failed", LONG));

        assertThat(window.messages()).containsExactly("Sync of vault-a failed");
        Notification notice = (Notification) notices.getChildren().get(0);
        assertThat(notice.getStyleClass()).contains(atlantafx.base.theme.Styles.DANGER);
        assertThat(notice.getOnClose()).as("a close button").isNotNull();
        assertThat(onFx(notices::isInShowingWindow)).isTrue();
    }

    @Test
    void theNewestNoticesStayWhenMoreArriveThanFit() {
        onFx(() -> {
            for (int i = 1; i <= NoticeStack.MOST_SHOWN + 2; i++) {
                notices.show(NoticeStack.Kind.INFO, "notice " + i, LONG);
            }
        });

        assertThat(window.messages()).containsExactly("notice 3", "notice 4", "notice 5");
    }

    @Test
    void aNoticeGoesAfterItsTimeOrWhenClosed() {
        onFx(() -> {
            notices.show(NoticeStack.Kind.INFO, "short", Duration.millis(100));
            notices.show(NoticeStack.Kind.SUCCESS, "closed", LONG);
            notices.show(NoticeStack.Kind.WARNING, "stays", LONG);
        });
        onFx(() -> {
            Notification closed = (Notification) notices.getChildren().get(1);
            closed.getOnClose().handle(new Event(Event.ANY));
        });

        waitFor(() -> window.messages().equals(List.of("stays")));
    }

    @Test
    void noticesOfAWindowNoLongerShownSayTheyAreNotOnScreen() {
        onFx(() -> window.stage().setScene(new Scene(new StackPane(), 640, 400)));

        assertThat(onFx(notices::isInShowingWindow)).isFalse();
    }

    private static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
