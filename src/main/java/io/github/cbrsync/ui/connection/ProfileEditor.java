package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.ProxyMode;
import io.github.cbrsync.domain.Regions;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.Messages;
import java.util.ArrayList;
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
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Add or edit a connection: region, project (discovered or typed), AK/SK or IAM password, endpoints,
 * timeouts, proxy and extra CA; Test connection says in words what is wrong. Problems are shown beside the
 * field they concern, and the dialog stays open until they are fixed.
 */
final class ProfileEditor {
    /** The form's result: the profile and the secrets typed (empty kinds keep what is stored). */
    record Edit(ConnectionProfile profile, Map<SecretKind, String> secrets) {
    }

    private final ConnectionWorkbench workbench;
    private final BackgroundRunner runner;
    private final Optional<ConnectionProfile> original;
    private final boolean hasStoredKey;
    private final TextField name = field("connName");
    private final ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(Regions.CBR));
    private final TextField projectId = field("connProject");
    private final RadioButton akSk = new RadioButton(Messages.get("connection.auth.aksk"));
    private final RadioButton password = new RadioButton(Messages.get("connection.auth.password"));
    private final TextField accessKey = field("connAk");
    private final SecretField secretKey;
    private final SecretField securityToken = new SecretField("connToken", Messages.get("connection.optional"));
    private final TextField iamUser = field("connUser");
    private final TextField iamAccount = field("connAccount");
    private final SecretField iamPassword;
    private final TextField cbrEndpoint = field("connCbr");
    private final TextField iamEndpoint = field("connIam");
    private final Spinner<Integer> connectTimeout = new Spinner<>(1, 300, 10);
    private final Spinner<Integer> readTimeout = new Spinner<>(1, 600, 30);
    private final ComboBox<ProxyMode> proxyMode = new ComboBox<>(FXCollections.observableArrayList(ProxyMode.values()));
    private final TextField proxyHost = field("connProxyHost");
    private final TextField proxyPort = field("connProxyPort");
    private final TextField proxyUser = field("connProxyUser");
    private final SecretField proxyPassword;
    private final TextField caFile = field("connCa");
    private final Label problems = new Label();
    private final Label testResult = new Label();

    private ProfileEditor(ConnectionWorkbench workbench, BackgroundRunner runner, Optional<ConnectionProfile> original,
                          boolean hasStoredKey) {
        this.workbench = workbench;
        this.runner = runner;
        this.original = original;
        this.hasStoredKey = hasStoredKey;
        // An existing connection keeps a secret left empty; a new one has none to keep.
        String prompt = Messages.get(original.isPresent() ? "connection.keep" : "connection.required");
        secretKey = new SecretField("connSk", prompt);
        iamPassword = new SecretField("connPassword", prompt);
        proxyPassword = new SecretField("connProxyPassword", original.isPresent() ? prompt : "");
    }

    /** {@code hasStoredKey}: whether the secret store already holds this profile's SK (asked off the FX thread). */
    static Optional<Edit> show(Window owner, ConnectionWorkbench workbench, BackgroundRunner runner,
                               Optional<ConnectionProfile> original, boolean duplicate, boolean hasStoredKey) {
        ProfileEditor editor = new ProfileEditor(workbench, runner, duplicate ? Optional.empty() : original,
                hasStoredKey);
        original.ifPresent(editor::fill);
        if (duplicate) {
            editor.name.setText(original.map(p -> p.name() + " copy").orElse(""));
        }
        return editor.dialog(owner).showAndWait();
    }

    private Dialog<Edit> dialog(Window owner) {
        Dialog<Edit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(original.isPresent() ? "connection.edit.title" : "connection.add.title"));
        dialog.setHeaderText(Messages.get("connection.edit.header"));
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            List<String> found = validate();
            problems.setText(String.join("\n", found));
            if (!found.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Edit(profile(), secrets()) : null);
        dialog.setResizable(true);
        return dialog;
    }

    private GridPane form() {
        region.setEditable(true);
        region.setId("connRegion");
        // Searchable: the list narrows to the regions containing what is typed; any other ID may still be typed.
        region.getEditor().textProperty().addListener((o, old, typed) -> {
            String t = typed == null ? "" : typed.strip();
            List<String> matching = Regions.CBR.stream().filter(r -> r.contains(t)).toList();
            if (!matching.equals(region.getItems())) {
                region.getItems().setAll(matching.isEmpty() ? Regions.CBR : matching);
            }
        });
        region.setPromptText("cn-north-4");
        ToggleGroup auth = new ToggleGroup();
        akSk.setToggleGroup(auth);
        password.setToggleGroup(auth);
        akSk.setSelected(true);
        proxyMode.setValue(ProxyMode.SYSTEM);
        proxyMode.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ProxyMode mode) {
                return mode == null ? "" : Messages.get("connection.proxy." + mode.name());
            }

            @Override
            public ProxyMode fromString(String text) {
                return proxyMode.getValue();
            }
        });
        cbrEndpoint.setPromptText("https://cbr.{region}.myhuaweicloud.com");
        iamEndpoint.setPromptText("https://iam.{region}.myhuaweicloud.com");
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
        problems.getStyleClass().add("status-bad");
        problems.setWrapText(true);
        problems.setId("connProblems");
        for (Node n : List.of(accessKey, secretKey, securityToken)) {
            n.disableProperty().bind(akSk.selectedProperty().not());
        }
        for (Node n : List.of(iamUser, iamAccount, iamPassword)) {
            n.disableProperty().bind(password.selectedProperty().not());
        }
        for (Node n : List.of(proxyHost, proxyPort, proxyUser, proxyPassword)) {
            n.disableProperty().bind(proxyMode.valueProperty().isNotEqualTo(ProxyMode.MANUAL));
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, label("connection.name"), name);
        g.addRow(r++, label("connection.region"), region);
        g.addRow(r++, label("connection.project"), new HBox(6, projectId, discover));
        g.addRow(r++, label("connection.auth"), new HBox(12, akSk, password));
        g.addRow(r++, label("connection.ak"), accessKey);
        g.addRow(r++, label("connection.sk"), secretKey);
        g.addRow(r++, label("connection.token"), securityToken);
        g.addRow(r++, label("connection.user"), iamUser);
        g.addRow(r++, label("connection.account"), iamAccount);
        g.addRow(r++, label("connection.password"), iamPassword);
        g.addRow(r++, label("connection.cbrEndpoint"), cbrEndpoint);
        g.addRow(r++, label("connection.iamEndpoint"), iamEndpoint);
        g.addRow(r++, label("connection.timeouts"), new HBox(6, connectTimeout, new Label("/"), readTimeout,
                new Label(Messages.get("connection.timeouts.unit"))));
        g.addRow(r++, label("connection.proxy"), new HBox(6, proxyMode, proxyHost, proxyPort));
        g.addRow(r++, label("connection.proxyUser"), new HBox(6, proxyUser, proxyPassword));
        g.addRow(r++, label("connection.ca"), new HBox(6, caFile, browse));
        g.addRow(r++, new Label(), new HBox(10, test));
        g.add(testResult, 1, r++);
        g.add(new Label(workbench.secretStorage()), 0, r++, 2, 1);
        g.add(problems, 0, r, 2, 1);
        proxyPort.setPrefColumnCount(6);
        return g;
    }

    private void fill(ConnectionProfile p) {
        name.setText(p.name());
        region.setValue(p.region());
        projectId.setText(p.projectId());
        (p.auth() == AuthMethod.AK_SK ? akSk : password).setSelected(true);
        accessKey.setText(p.accessKey());
        iamUser.setText(p.iamUser());
        iamAccount.setText(p.iamAccount());
        cbrEndpoint.setText(p.cbrEndpoint().orElse(""));
        iamEndpoint.setText(p.iamEndpoint().orElse(""));
        connectTimeout.getValueFactory().setValue(p.connectTimeoutSeconds());
        readTimeout.getValueFactory().setValue(p.readTimeoutSeconds());
        proxyMode.setValue(p.proxyMode());
        proxyHost.setText(p.proxyHost());
        proxyPort.setText(p.proxyPort() > 0 ? Integer.toString(p.proxyPort()) : "");
        proxyUser.setText(p.proxyUser());
        caFile.setText(p.extraCaFile().orElse(""));
    }

    ConnectionProfile profile() {
        int port = proxyPort.getText().matches("\\d{1,5}") ? Integer.parseInt(proxyPort.getText()) : 0;
        return new ConnectionProfile(name.getText(), regionText(), projectId.getText(),
                akSk.isSelected() ? AuthMethod.AK_SK : AuthMethod.IAM_PASSWORD, accessKey.getText(), iamUser.getText(),
                iamAccount.getText(), Optional.of(cbrEndpoint.getText()), Optional.of(iamEndpoint.getText()),
                connectTimeout.getValue(), readTimeout.getValue(), proxyMode.getValue(), proxyHost.getText(), port,
                proxyUser.getText(), Optional.of(caFile.getText()),
                original.map(ConnectionProfile::source).orElse(CredentialSource.TYPED));
    }

    private Map<SecretKind, String> secrets() {
        Map<SecretKind, String> s = new EnumMap<>(SecretKind.class);
        s.put(SecretKind.SECRET_KEY, secretKey.text());
        s.put(SecretKind.SECURITY_TOKEN, securityToken.text());
        s.put(SecretKind.PASSWORD, iamPassword.text());
        s.put(SecretKind.PROXY_PASSWORD, proxyPassword.text());
        return s;
    }

    /** Every problem of the form, each naming the field to fix. */
    List<String> validate() {
        List<String> found = new ArrayList<>();
        ConnectionProfile p = profile();
        if (p.name().isEmpty()) {
            found.add(Messages.get("connection.problem.name"));
        }
        if (!p.region().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            found.add(Messages.get("connection.problem.region"));
        }
        if (!p.projectId().matches("[A-Za-z0-9_-]{0,64}")) {
            found.add(Messages.get("connection.problem.project"));
        }
        if (p.auth() == AuthMethod.AK_SK) {
            if (p.accessKey().isEmpty()) {
                found.add(Messages.get("connection.problem.ak"));
            }
            if (secretKey.text().isEmpty() && !hasStoredKey) {
                found.add(Messages.get("connection.problem.sk"));
            }
        } else if (p.iamUser().isEmpty() || p.iamAccount().isEmpty()) {
            found.add(Messages.get("connection.problem.user"));
        }
        for (String endpoint : List.of(cbrEndpoint.getText().strip(), iamEndpoint.getText().strip())) {
            if (!endpoint.isEmpty() && !endpoint.matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
                found.add(Messages.format("connection.problem.endpoint", endpoint));
            }
        }
        if (p.proxyMode() == ProxyMode.MANUAL && (p.proxyHost().isEmpty() || p.proxyPort() < 1
                || p.proxyPort() > 65535)) {
            found.add(Messages.get("connection.problem.proxy"));
        }
        p.extraCaFile().filter(f -> !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(f)))
                .ifPresent(f -> found.add(Messages.format("connection.problem.ca", f)));
        return found;
    }

    private void discover() {
        List<String> found = validate().stream().filter(m -> !m.equals(Messages.get("connection.problem.project"))
                && !m.equals(Messages.get("connection.problem.name"))).toList();
        if (!found.isEmpty()) {
            problems.setText(String.join("\n", found));
            return;
        }
        ConnectionProfile draft = profile().withName(original.map(ConnectionProfile::name).orElse(profile().name()));
        testResult.setText(Messages.get("connection.discovering"));
        runner.run("discover projects", () -> workbench.discoverProjects(draft, secrets()), this::chooseProject,
                e -> testResult.setText(ErrorDetails.of(e).headline() + ": " + ErrorDetails.of(e).message()));
    }

    private void chooseProject(List<Project> projects) {
        if (projects.isEmpty()) {
            testResult.setText(Messages.format("connection.discover.none", regionText()));
        } else if (projects.size() == 1) {
            projectId.setText(projects.get(0).id());
            testResult.setText(Messages.format("connection.discover.one", projects.get(0).name()));
        } else {
            List<String> choices = projects.stream().map(p -> p.id() + "  (" + p.name() + ")").toList();
            ChoiceDialog<String> pick = new ChoiceDialog<>(choices.get(0), choices);
            pick.setHeaderText(Messages.get("connection.discover.several"));
            pick.showAndWait().ifPresent(c -> projectId.setText(c.substring(0, c.indexOf(' '))));
            testResult.setText("");
        }
    }

    private void test() {
        List<String> found = validate().stream().filter(m -> !m.equals(Messages.get("connection.problem.name")))
                .toList();
        if (!found.isEmpty()) {
            problems.setText(String.join("\n", found));
            return;
        }
        problems.setText("");
        ConnectionProfile draft = profile().withName(original.map(ConnectionProfile::name).orElse(profile().name()));
        testResult.setText(Messages.get("connection.testing"));
        runner.run("test connection", () -> workbench.test(draft, secrets()), this::showOutcome,
                e -> testResult.setText(ErrorDetails.of(e).message()));
    }

    private void showOutcome(ConnectionTester.Outcome outcome) {
        testResult.setText((outcome.ok() ? "\u2714 " : "\u2716 ") + outcome.message());
        testResult.getStyleClass().removeAll("status-ok", "status-bad");
        testResult.getStyleClass().add(outcome.ok() ? "status-ok" : "status-bad");
    }

    private void browseCa() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PEM / DER", "*.pem", "*.crt", "*.cer",
                "*.der"));
        java.io.File f = chooser.showOpenDialog(caFile.getScene().getWindow());
        if (f != null) {
            caFile.setText(f.getAbsolutePath());
        }
    }

    private String regionText() {
        String typed = region.getEditor().getText();
        return (typed == null || typed.isBlank() ? (region.getValue() == null ? "" : region.getValue()) : typed).strip();
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }
}
