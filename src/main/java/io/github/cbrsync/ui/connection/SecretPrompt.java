package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a secret a connection needs and does not have (first use, memory-only storage, KooCLI import). */
public final class SecretPrompt {
    private SecretPrompt() {
    }

    /** {@code connection}: the label of the connection that needs the secret. */
    public static Optional<String> ask(Window owner, String connection, SecretKind kind, String storage) {
        Dialog<String> dialog = io.github.cbrsync.ui.common.Dialogs.prepare(new Dialog<>(), owner);
        dialog.setTitle(Messages.get("secret.title"));
        dialog.setHeaderText(Messages.format("secret.header", Messages.get("secret.kind." + kind.name()), connection));
        SecretField field = new SecretField("secretPrompt", "");
        Label where = new Label(storage);
        where.setWrapText(true);
        where.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(8, field, where));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> field.text().isBlank(),
                        field.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.text() : null);
        return dialog.showAndWait();
    }
}
