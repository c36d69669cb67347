package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.Dialogs;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.ErrorDialog;
import io.github.cbrsync.i18n.Messages;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Connection > Manage connections: add, edit, duplicate, delete, import from KooCLI, and connect. */
public final class ConnectionsDialog {
    private final ConnectionWorkbench workbench;
    private final BackgroundRunner runner;
    private final ConnectionId current;
    private final ObservableList<ConnectionChoice> choices = FXCollections.observableArrayList();
    private final ListView<ConnectionChoice> list = new ListView<>(choices);
    private Window owner;

    private ConnectionsDialog(ConnectionWorkbench workbench, BackgroundRunner runner, ConnectionId current) {
        this.workbench = workbench;
        this.runner = runner;
        this.current = current;
    }

    /** Returns the connection to switch to, if the user pressed Connect. */
    public static Optional<ConnectionId> show(Window owner, ConnectionWorkbench workbench, BackgroundRunner runner,
                                              ConnectionId current) {
        return new ConnectionsDialog(workbench, runner, current).open(owner);
    }

    private Optional<ConnectionId> open(Window parent) {
        Dialog<ConnectionId> dialog = Dialogs.prepare(new Dialog<>(), parent);
        dialog.setTitle(Messages.get("connections.title"));
        dialog.setHeaderText(Messages.get("connections.header"));
        owner = parent;
        reload();
        list.setId("connectionList");
        list.setPrefSize(460, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ConnectionChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : describe(choice));
            }
        });
        select(current);
        Button add = button("connections.add", "connAdd", () -> edit(Optional.empty(), false));
        Button edit = button("connections.edit", "connEdit", () -> selected().flatMap(workbench::profile)
                .ifPresent(p -> edit(Optional.of(p), false)));
        Button duplicate = button("connections.duplicate", "connDuplicate", () -> selected()
                .flatMap(workbench::profile).ifPresent(p -> edit(Optional.of(p), true)));
        Button delete = button("connections.delete", "connDelete", this::delete);
        Button kooCli = button("connections.importKooCli", "connKooCli", this::importKooCli);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, choice) -> enable(choice == null ? null
                : choice.id(), edit, delete, duplicate));
        enable(current, edit, delete, duplicate);
        VBox buttons = new VBox(6, add, edit, duplicate, delete, kooCli);
        buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        // The buttons keep their whole labels (Chinese ones are no shorter); the list gives way.
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label storage = new Label(workbench.secretStorage());
        storage.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, new HBox(8, list, buttons), storage));
        ButtonType connect = new ButtonType(Messages.get("connections.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CLOSE);
        dialog.setResultConverter(b -> b == connect ? selected().orElse(null) : null);
        return dialog.showAndWait();
    }

    /** Built-in connections cannot be edited or deleted here; the demo cannot be duplicated either. */
    private void enable(ConnectionId id, Button edit, Button delete, Button duplicate) {
        boolean builtIn = id == null || workbench.isBuiltIn(id);
        edit.setDisable(builtIn);
        delete.setDisable(builtIn);
        duplicate.setDisable(id == null || ConnectionId.DEMO.equals(id));
    }

    private String describe(ConnectionChoice choice) {
        if (ConnectionId.DEMO.equals(choice.id())) {
            return choice.label() + "  \u2014  " + Messages.get("connections.source.DEMO");
        }
        return workbench.profile(choice.id()).map(p -> choice.label() + "  \u2014  "
                + (p.region().isEmpty() ? "?" : p.region()) + ", "
                + Messages.get("connections.source." + p.source().name())
                + (p.unencrypted() ? ", " + Messages.get("connection.unencrypted") : "")).orElse(choice.label());
    }

    /** Asks the keyring (a desktop-bus call) off the FX thread, then opens the editor. */
    private void edit(Optional<ConnectionProfile> profile, boolean duplicate) {
        runner.run("look up stored secret", () -> profile.filter(p -> !duplicate)
                        .map(p -> workbench.hasSecret(p, io.github.cbrsync.domain.SecretKind.SECRET_KEY))
                        .orElse(false),
                hasStoredKey -> openEditor(profile, duplicate, hasStoredKey), this::saveFailed);
    }

    private void openEditor(Optional<ConnectionProfile> profile, boolean duplicate, boolean hasStoredKey) {
        ProfileEditor.show(owner, workbench, runner, profile, duplicate, hasStoredKey).ifPresent(e -> runner.run(
                "save connection", () -> workbench.save(e.profile(), e.isNew(), e.secrets()), saved -> {
                    reload();
                    select(saved.id());
                }, this::saveFailed));
    }

    private void saveFailed(Throwable error) {
        ErrorDialog.create(owner, Messages.get("connections.saveFailed"), ErrorDetails.of(error)).showAndWait();
    }

    private void delete() {
        Optional<ConnectionChoice> chosen = Optional.ofNullable(list.getSelectionModel().getSelectedItem());
        chosen.filter(c -> !workbench.isBuiltIn(c.id())).ifPresent(choice -> {
            Alert confirm = Dialogs.prepare(new Alert(Alert.AlertType.CONFIRMATION,
                    Messages.format("connections.deleteConfirm", choice.label()), ButtonType.YES, ButtonType.NO), owner);
            if (confirm.showAndWait().filter(ButtonType.YES::equals).isPresent()) {
                runner.run("delete connection", () -> {
                    workbench.delete(choice.id());
                    return choice;
                }, deleted -> reload(), this::saveFailed);
            }
        });
    }

    private void importKooCli() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("connections.importKooCli"));
        java.io.File home = new java.io.File(System.getProperty("user.home"), ".hcloud");
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        java.io.File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        runner.run("import KooCLI", () -> workbench.importKooCli(file.toPath()), imported -> {
            reload();
            Dialogs.prepare(new Alert(Alert.AlertType.INFORMATION, Messages.format("connections.imported",
                    imported.size()), ButtonType.OK), owner).showAndWait();
        }, ex -> ErrorDialog.create(owner, Messages.get("connections.importFailed"), ErrorDetails.of(ex))
                .showAndWait());
    }

    private Optional<ConnectionId> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(ConnectionChoice::id);
    }

    private void select(ConnectionId id) {
        choices.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(list.getSelectionModel()::select);
    }

    private void reload() {
        choices.setAll(workbench.connections());
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
