package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.ErrorDialog;
import io.github.cbrsync.ui.common.Messages;
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
    private final String current;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ListView<String> list = new ListView<>(names);
    private Window owner;

    private ConnectionsDialog(ConnectionWorkbench workbench, BackgroundRunner runner, String current) {
        this.workbench = workbench;
        this.runner = runner;
        this.current = current;
    }

    /** Returns the connection to switch to, if the user pressed Connect. */
    public static Optional<String> show(Window owner, ConnectionWorkbench workbench, BackgroundRunner runner,
                                        String current) {
        return new ConnectionsDialog(workbench, runner, current).open(owner);
    }

    private Optional<String> open(Window parent) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(parent);
        dialog.setTitle(Messages.get("connections.title"));
        dialog.setHeaderText(Messages.get("connections.header"));
        owner = parent;
        reload();
        list.setId("connectionList");
        list.setPrefSize(460, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty || name == null ? null : describe(name));
            }
        });
        list.getSelectionModel().select(current);
        Button add = button("connections.add", "connAdd", () -> edit(Optional.empty(), false));
        Button edit = button("connections.edit", "connEdit", () -> selected().flatMap(workbench::profile)
                .ifPresent(p -> edit(Optional.of(p), false)));
        Button duplicate = button("connections.duplicate", "connDuplicate", () -> selected()
                .flatMap(workbench::profile).ifPresent(p -> edit(Optional.of(p), true)));
        Button delete = button("connections.delete", "connDelete", this::delete);
        Button kooCli = button("connections.importKooCli", "connKooCli", this::importKooCli);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, name) -> {
            boolean external = name == null || workbench.isExternal(name);
            edit.setDisable(external);
            delete.setDisable(external);
            duplicate.setDisable(name == null || ConnectionWorkbench.DEMO.equals(name));
        });
        edit.setDisable(workbench.isExternal(current));
        delete.setDisable(workbench.isExternal(current));
        duplicate.setDisable(ConnectionWorkbench.DEMO.equals(current));
        VBox buttons = new VBox(6, add, edit, duplicate, delete, kooCli);
        buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        Label storage = new Label(workbench.secretStorage());
        storage.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, new HBox(8, list, buttons), storage));
        ButtonType connect = new ButtonType(Messages.get("connections.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CLOSE);
        dialog.setResultConverter(b -> b == connect ? selected().orElse(null) : null);
        return dialog.showAndWait();
    }

    private String describe(String name) {
        if (ConnectionWorkbench.DEMO.equals(name)) {
            return name + "  \u2014  " + Messages.get("connections.source.DEMO");
        }
        return workbench.profile(name).map(p -> name + "  \u2014  " + (p.region().isEmpty() ? "?" : p.region())
                + ", " + Messages.get("connections.source." + p.source().name())
                + (p.unencrypted() ? ", " + Messages.get("connection.unencrypted") : "")).orElse(name);
    }

    /** Asks the keyring (a desktop-bus call) off the FX thread, then opens the editor. */
    private void edit(Optional<ConnectionProfile> profile, boolean duplicate) {
        runner.run("look up stored secret", () -> profile.filter(p -> !duplicate)
                        .map(p -> workbench.hasSecret(p.name(), io.github.cbrsync.domain.SecretKind.SECRET_KEY))
                        .orElse(false),
                hasStoredKey -> openEditor(profile, duplicate, hasStoredKey), this::saveFailed);
    }

    private void openEditor(Optional<ConnectionProfile> profile, boolean duplicate, boolean hasStoredKey) {
        ProfileEditor.show(owner, workbench, runner, profile, duplicate, hasStoredKey).ifPresent(e -> runner.run(
                "save connection", () -> {
                    workbench.save(duplicate ? Optional.empty() : profile.map(ConnectionProfile::name), e.profile(),
                            e.secrets());
                    return e.profile().name();
                }, saved -> {
                    reload();
                    list.getSelectionModel().select(saved);
                }, this::saveFailed));
    }

    private void saveFailed(Throwable error) {
        ErrorDialog.create(owner, Messages.get("connections.saveFailed"), ErrorDetails.of(error)).showAndWait();
    }

    private void delete() {
        selected().filter(n -> !workbench.isExternal(n)).ifPresent(name -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("connections.deleteConfirm", name),
                    ButtonType.YES, ButtonType.NO);
            confirm.initOwner(owner);
            if (confirm.showAndWait().filter(ButtonType.YES::equals).isPresent()) {
                runner.run("delete connection", () -> {
                    workbench.delete(name);
                    return name;
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
            Alert done = new Alert(Alert.AlertType.INFORMATION, Messages.format("connections.imported",
                    imported.size()), ButtonType.OK);
            done.initOwner(owner);
            done.showAndWait();
        }, ex -> ErrorDialog.create(owner, Messages.get("connections.importFailed"), ErrorDetails.of(ex))
                .showAndWait());
    }

    private Optional<String> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void reload() {
        names.setAll(workbench.names());
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
