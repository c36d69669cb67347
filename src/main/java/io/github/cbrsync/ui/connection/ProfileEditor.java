package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.ProxyMode;
import io.github.cbrsync.domain.Regions;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.i18n.Texts;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.Dialogs;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.Styles;
import io.github.cbrsync.ui.connection.ProfileForm.Field;
import io.github.cbrsync.ui.connection.ProfileForm.Purpose;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Add or edit a connection: the layout over a {@link ProfileForm}, which holds the state and the rules. A
 * problem is shown under the field it concerns, and the dialog stays open until it is fixed; Discover and
 * Test connection run off the FX thread and say in words what they found.
 */
final class ProfileEditor {
    /** The form's result: the profile and the secrets typed (empty kinds keep what is stored). */
    record Edit(ConnectionProfile profile, boolean isNew, Map<SecretKind, String> secrets) {
    }

    private final ConnectionWorkbench workbench;
    private final BackgroundRunner runner;
    private final ProfileForm form;
    private final ProfileLayout layout;
    private final Map<Field, Label> problemLabels = new EnumMap<>(Field.class);
    private final ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(Regions.CBR));
    private final TextField projectId = ProfileLayout.field("connProject");
    private final TextField caFile = ProfileLayout.field("connCa");
    private final Label testResult = new Label();

    private ProfileEditor(ConnectionWorkbench workbench, BackgroundRunner runner, ProfileForm form) {
        this.workbench = workbench;
        this.runner = runner;
        this.form = form;
        this.layout = new ProfileLayout(form, problemLabels);
    }

    /** {@code hasStoredKey}: whether the secret store already holds this profile's SK (asked off the FX thread). */
    static Optional<Edit> show(Window owner, ConnectionWorkbench workbench, BackgroundRunner runner,
                               Optional<ConnectionProfile> original, boolean duplicate, boolean hasStoredKey) {
        ProfileForm form = new ProfileForm(original, duplicate, hasStoredKey);
        return new ProfileEditor(workbench, runner, form).dialog(owner).showAndWait();
    }

    private Dialog<Edit> dialog(Window owner) {
        Dialog<Edit> dialog = Dialogs.prepare(new Dialog<>(), owner);
        dialog.setTitle(Messages.get(form.isNew() ? "connection.add.title" : "connection.edit.title"));
        dialog.setHeaderText(Messages.get("connection.edit.header"));
        dialog.getDialogPane().setContent(layout.grid(region, projectId, caFile, buttons(), testResult,
                workbench.secretStorage()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!showProblems(Purpose.SAVE)) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Edit(form.toProfile(), form.isNew(), form.secrets())
                : null);
        dialog.setResizable(true);
        return dialog;
    }

    private List<Node> buttons() {
        Button discover = new Button(Messages.get("connection.discover"));
        discover.setId("connDiscover");
        discover.setOnAction(e -> discover());
        Button browse = new Button(Messages.get("connection.browse"));
        browse.setOnAction(e -> browseCa());
        Button test = new Button(Messages.get("connection.test"));
        test.setId("connTest");
        test.setOnAction(e -> test());
        testResult.setWrapText(true);
        testResult.setMaxWidth(520);
        testResult.setId("connTestResult");
        return List.of(discover, browse, test);
    }

    /** Shows each problem under its field; true when there is none. */
    private boolean showProblems(Purpose purpose) {
        problemLabels.values().forEach(l -> show(l, ""));
        List<ProfileForm.Problem> found = form.validate(purpose);
        for (ProfileForm.Problem p : found) {
            Label l = problemLabels.get(p.field());
            show(l, l.getText().isEmpty() ? p.text() : l.getText() + "\n" + p.text());
        }
        return found.isEmpty();
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    private void discover() {
        if (!showProblems(Purpose.DISCOVER)) {
            return;
        }
        ConnectionProfile draft = form.toProfile();
        testResult.setText(Messages.get("connection.discovering"));
        runner.run("discover projects", () -> workbench.discoverProjects(draft, form.secrets()), this::chooseProject,
                e -> testResult.setText(ErrorDetails.of(e).oneLine()));
    }

    private void chooseProject(List<Project> projects) {
        if (projects.isEmpty()) {
            testResult.setText(Messages.format("connection.discover.none", form.region.get()));
        } else if (projects.size() == 1) {
            form.projectId.set(projects.get(0).id());
            testResult.setText(Messages.format("connection.discover.one", projects.get(0).name()));
        } else {
            // Shown as "ID  (name)"; the answer is mapped back by position, never parsed out of the text.
            List<String> shown = projects.stream().map(p -> p.id() + "  (" + p.name() + ")").toList();
            ChoiceDialog<String> pick = Dialogs.prepare(new ChoiceDialog<>(shown.get(0), shown),
                    testResult.getScene().getWindow());
            pick.setHeaderText(Messages.get("connection.discover.several"));
            pick.showAndWait().map(shown::indexOf).filter(i -> i >= 0)
                    .ifPresent(i -> form.projectId.set(projects.get(i).id()));
            testResult.setText("");
        }
    }

    private void test() {
        if (!showProblems(Purpose.TEST)) {
            return;
        }
        ConnectionProfile draft = form.toProfile();
        testResult.setText(Messages.get("connection.testing"));
        runner.run("test connection", () -> workbench.test(draft, form.secrets()), this::showOutcome,
                e -> testResult.setText(ErrorDetails.of(e).message()));
    }

    private void showOutcome(ConnectionTester.Outcome outcome) {
        testResult.setText((outcome.ok() ? "\u2714 " : "\u2716 ") + Texts.testOutcome(outcome));
        Styles.showOneOf(testResult, List.of(Styles.STATUS_OK, Styles.STATUS_BAD),
                outcome.ok() ? Styles.STATUS_OK : Styles.STATUS_BAD);
    }

    private void browseCa() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PEM / DER", "*.pem", "*.crt", "*.cer",
                "*.der"));
        java.io.File f = chooser.showOpenDialog(caFile.getScene().getWindow());
        if (f != null) {
            form.caFile.set(f.getAbsolutePath());
        }
    }

    /** Proxy choices in words. */
    static String proxyText(ProxyMode mode) {
        return mode == null ? "" : Messages.get("connection.proxy." + mode.name());
    }

    /** The auth toggle: AK/SK or IAM password. */
    static ToggleGroup authToggle(RadioButton akSk, RadioButton password) {
        ToggleGroup group = new ToggleGroup();
        akSk.setToggleGroup(group);
        password.setToggleGroup(group);
        return group;
    }
}
