package io.github.cbrsync.ui.common;

import io.github.cbrsync.i18n.Messages;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog for a failed action: a sentence, then code, HTTP status and request ID with a copy button. */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    public static Alert create(Window owner, String title, ErrorDetails details) {
        Alert alert = Dialogs.prepare(new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE), owner);
        alert.setTitle(title);
        alert.setHeaderText(details.headline());
        Label message = new Label(details.message());
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.setId("errorMessage");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        row = addRow(grid, row, "error.code", details.errorCode().orElse("—"), "errorCode");
        row = addRow(grid, row, "error.httpStatus",
                details.httpStatus() > 0 ? Integer.toString(details.httpStatus()) : "—", "errorHttpStatus");
        addRow(grid, row, "error.requestId", details.requestId().orElse("—"), "errorRequestId");

        Button copy = new Button(Messages.get("error.copyDetails"));
        copy.setId("copyErrorDetails");
        copy.setOnAction(e -> Clipboards.copy(details.copyText()));
        VBox box = new VBox(10, message, grid, copy);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("errorDialog");
        alert.setResizable(true);
        return alert;
    }

    private static int addRow(GridPane grid, int row, String labelKey, String value, String id) {
        TextField field = new TextField(value);
        field.setEditable(false);
        field.setId(id);
        field.setPrefColumnCount(30);
        grid.addRow(row, new Label(Messages.get(labelKey)), field);
        return row + 1;
    }
}
