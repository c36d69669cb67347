package io.github.cbrsync.ui.connection;

import io.github.cbrsync.i18n.Messages;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** A password field with an explicit Show toggle; hidden again whenever the field loses focus. */
final class SecretField extends HBox {
    private final PasswordField hidden = new PasswordField();
    private final TextField shown = new TextField();
    private final ToggleButton reveal = new ToggleButton(Messages.get("connection.reveal"));

    SecretField(String id, String prompt) {
        super(6);
        shown.textProperty().bindBidirectional(hidden.textProperty());
        shown.visibleProperty().bind(reveal.selectedProperty());
        hidden.visibleProperty().bind(reveal.selectedProperty().not());
        hidden.setPromptText(prompt);
        shown.setPromptText(prompt);
        hidden.setId(id);
        reveal.setFocusTraversable(false);
        shown.focusedProperty().addListener((o, was, now) -> {
            if (!now && !reveal.isFocused()) {
                reveal.setSelected(false);
            }
        });
        StackPane fields = new StackPane(hidden, shown);
        HBox.setHgrow(fields, Priority.ALWAYS);
        getChildren().addAll(fields, reveal);
    }

    javafx.beans.property.StringProperty textProperty() {
        return hidden.textProperty();
    }

    String text() {
        return hidden.getText();
    }
}
