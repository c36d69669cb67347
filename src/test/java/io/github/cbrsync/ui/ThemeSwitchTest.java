package io.github.cbrsync.ui;

import static io.github.cbrsync.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.app.AppContext;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.testing.TestApp;
import io.github.cbrsync.ui.common.Dialogs;
import io.github.cbrsync.ui.common.Styles;
import io.github.cbrsync.ui.common.Themes;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Light to dark and back in the running window: the same window, its open dialog restyled with it. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {
    private static final Color LIGHT_BACKGROUND = Color.web("#ffffff");
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");

    @TempDir
    Path home;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Themes.apply(false);
        context = TestApp.showDemo(stage, SimulatorConfig.demo(), 100, MainWindowTest.FAST_POLLS, home);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Themes.apply(false));
        TestApp.close(context);
    }

    @Test
    void switchesThemesWithoutRestartingTheWindowAndRestylesAnOpenDialog(FxRobot robot) {
        Scene window = stage.getScene();
        Label[] status = new Label[1];
        robot.interact(() -> {
            status[0] = new Label("ok");
            status[0].getStyleClass().add(Styles.STATUS_OK);
            Alert alert = Dialogs.prepare(new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK), stage);
            alert.getDialogPane().setContent(status[0]);
            alert.getDialogPane().setId("themedDialog");
            alert.show();
        });
        DialogPane dialog = robot.lookup("#themedDialog").queryAs(DialogPane.class);
        assertThat(background(dialog)).isEqualTo(LIGHT_BACKGROUND);
        assertThat(textFill(status[0])).isEqualTo(Color.web("#116329"));

        robot.interact(() -> Themes.apply(true));

        assertThat(stage.getScene()).as("the same window and scene").isSameAs(window);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(window.getRoot().getStyleClass()).contains(Styles.DARK);
        assertThat(background(window.getRoot())).isEqualTo(DARK_BACKGROUND);
        assertThat(dialog.getStyleClass()).contains(Styles.DARK);
        assertThat(background(dialog)).isEqualTo(DARK_BACKGROUND);
        assertThat(textFill(status[0])).as("the dark theme's green").isEqualTo(Color.web("#56d364"));

        robot.interact(() -> Themes.apply(false));

        assertThat(window.getRoot().getStyleClass()).doesNotContain(Styles.DARK);
        assertThat(background(dialog)).isEqualTo(LIGHT_BACKGROUND);
        assertThat(textFill(status[0])).isEqualTo(Color.web("#116329"));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void aDialogOpenedInTheDarkThemeIsDarkFromItsFirstFrame(FxRobot robot) {
        robot.interact(() -> Themes.apply(true));
        robot.interact(() -> {
            Alert alert = Dialogs.prepare(new Alert(Alert.AlertType.WARNING, "", ButtonType.CLOSE), stage);
            alert.getDialogPane().setId("darkDialog");
            alert.show();
        });
        DialogPane dialog = robot.lookup("#darkDialog").queryAs(DialogPane.class);
        assertThat(dialog.getStyleClass()).contains(Styles.DARK);
        assertThat(background(dialog)).isEqualTo(DARK_BACKGROUND);
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        robot.interact(() -> Themes.apply(false));
    }

    /** Styled and read on the FX thread: the window's own pulses style the same nodes meanwhile. */
    private static Paint background(Parent node) {
        return onFx(() -> {
            node.applyCss();
            return ((Region) node).getBackground().getFills().get(0).getFill();
        });
    }

    private static Paint textFill(Label label) {
        return onFx(() -> {
            label.applyCss();
            return label.getTextFill();
        });
    }
}
