package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.ui.common.CellTips;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One tooltip for many controls, worded for the one the pointer enters: the tooltip is shown for the window, not
 * for a node, so its text must be set before it shows (set while showing, it came up empty).
 */
@ExtendWith(ApplicationExtension.class)
class CellTipsTest {
    private final CellTips<Button> tips = new CellTips<>(b -> "Sync " + b.getText());
    private Button first;
    private Button second;

    private Stage own;

    /** A window of its own: the primary stage is shared by the UI tests, which size their windows after it. */
    @Start
    void start(Stage primary) {
        first = new Button("first");
        second = new Button("second");
        own = new Stage();
        own.setScene(new Scene(new VBox(first, second), 200, 100));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void theSharedTooltipSaysWhatTheControlThePointerEnteredSays(FxRobot robot) {
        robot.interact(() -> {
            tips.offer(first, true);
            tips.offer(second, true);
            tips.offer(second, true);
        });
        assertThat(first.getTooltip()).isNotNull().isSameAs(second.getTooltip());

        robot.interact(() -> second.fireEvent(entered(second)));
        assertThat(second.getTooltip().getText()).isEqualTo("Sync second");
        robot.interact(() -> first.fireEvent(entered(first)));
        assertThat(first.getTooltip().getText()).isEqualTo("Sync first");

        robot.interact(() -> {
            second.setText("other");
            second.fireEvent(entered(second));
        });
        assertThat(second.getTooltip().getText()).as("worded as the control is now").isEqualTo("Sync other");

        robot.interact(() -> tips.offer(first, false));
        assertThat(first.getTooltip()).isNull();
    }

    private static MouseEvent entered(Button target) {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }
}
