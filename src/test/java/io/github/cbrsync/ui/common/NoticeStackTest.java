package io.github.cbrsync.ui.common;

import static io.github.cbrsync.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import io.github.cbrsync.testing.NoticeWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notices in a real window: their colour, how many stay, going after their time or at their close button,
 * staying while the pointer is on one, and none for a window no longer shown.
 */
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
    void aNoticeIsShownInItsWindowWithItsKindsColourAndACloseButton() {
        onFx(() -> notices.show(NoticeStack.Kind.PROBLEM, "Sync of vault-a failed"));

        assertThat(window.messages()).containsExactly("Sync of vault-a failed");
        assertThat(onFx(() -> notices.getChildren().get(0).getStyleClass()))
                .contains(atlantafx.base.theme.Styles.DANGER);
        assertThat(onFx(() -> ((Notification) notices.getChildren().get(0)).getOnClose())).isNotNull();
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
    void aNoticeGivenWayHasNoTimerLeftRunning() {
        Node[] oldest = new Node[1];
        onFx(() -> {
            notices.show(NoticeStack.Kind.INFO, "oldest", LONG);
            oldest[0] = notices.getChildren().get(0);
            for (int i = 0; i < NoticeStack.MOST_SHOWN; i++) {
                notices.show(NoticeStack.Kind.INFO, "newer " + i, LONG);
            }
        });

        PauseTransition timer = (PauseTransition) oldest[0].getProperties().get(NoticeStack.TIMER);
        assertThat(onFx(timer::getStatus)).isEqualTo(Animation.Status.STOPPED);
        assertThat(window.messages()).doesNotContain("oldest");
    }

    @Test
    void aNoticeGoesAfterItsTimeOrWhenClosed() {
        onFx(() -> {
            notices.show(NoticeStack.Kind.INFO, "short", Duration.millis(100));
            notices.show(NoticeStack.Kind.SUCCESS, "closed", LONG);
            notices.show(NoticeStack.Kind.WARNING, "stays", LONG);
            Notification closed = (Notification) notices.getChildren().stream()
                    .filter(n -> "closed".equals(((Notification) n).getMessage())).findFirst().orElseThrow();
            closed.getOnClose().handle(new Event(Event.ANY));
        });

        waitFor(() -> window.messages().equals(List.of("stays")));
    }

    @Test
    void theNoticeUnderThePointerStaysPastItsTimeAndIsNotPushedOut(FxRobot robot) throws Exception {
        onFx(() -> StackPane.setAlignment(notices, Pos.BOTTOM_RIGHT));
        onFx(() -> notices.show(NoticeStack.Kind.INFO, "read me", Duration.seconds(3)));
        Node readMe = onFx(() -> notices.getChildren().get(0));
        robot.moveTo(readMe);
        onFx(() -> {
            for (int i = 0; i < NoticeStack.MOST_SHOWN; i++) {
                notices.show(NoticeStack.Kind.INFO, "newer " + i, LONG);
            }
        });
        Thread.sleep(4500);

        assertThat(window.messages()).contains("read me").hasSize(NoticeStack.MOST_SHOWN);

        robot.moveTo(new Point2D(window.stage().getX() + 5, window.stage().getY() + 5));
        waitFor(() -> !window.messages().contains("read me"));
    }

    @Test
    void noNoticeIsShownForAWindowNoLongerOnScreen() {
        onFx(() -> window.stage().setScene(new Scene(new StackPane(), 640, 400)));

        assertThat(onFx(notices::isInShowingWindow)).isFalse();
        onFx(() -> notices.show(NoticeStack.Kind.INFO, "too late"));
        assertThat(window.messages()).isEmpty();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
