package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.ProxyMode;
import io.github.cbrsync.domain.Regions;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Styles;
import io.github.cbrsync.ui.connection.ProfileForm.Field;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The connection editor's controls, bound to the {@link ProfileForm}, in a grid where each field that can have a
 * problem has a line for it right under it (hidden until there is one).
 */
final class ProfileLayout {
    private final ProfileForm form;
    private final Map<Field, Label> problems;
    private final GridPane grid = new GridPane();
    private int row;

    ProfileLayout(ProfileForm form, Map<Field, Label> problems) {
        this.form = form;
        this.problems = problems;
    }

    GridPane grid(ComboBox<String> region, TextField projectId, TextField caFile, List<Node> buttons, Label testResult,
                  String secretStorage) {
        Node discover = buttons.get(0);
        Node browse = buttons.get(1);
        Node test = buttons.get(2);
        grid.setHgap(8);
        grid.setVgap(4);
        RadioButton akSk = new RadioButton(Messages.get("connection.auth.aksk"));
        RadioButton password = new RadioButton(Messages.get("connection.auth.password"));
        ProfileEditor.authToggle(akSk, password);
        akSk.setSelected(form.accessKeyLogin.get());
        password.setSelected(!form.accessKeyLogin.get());
        form.accessKeyLogin.bind(akSk.selectedProperty());
        String keep = Messages.get(form.isNew() ? "connection.required" : "connection.keep");

        add("connection.name", text("connName", form.name), Field.NAME);
        add("connection.region", region(region), Field.REGION);
        projectId.textProperty().bindBidirectional(form.projectId);
        add("connection.project", new HBox(6, projectId, discover), Field.PROJECT);
        add("connection.auth", new HBox(12, akSk, password), null);
        TextField ak = text("connAk", form.accessKey);
        SecretField sk = secret("connSk", keep, form.secretKey);
        SecretField token = secret("connToken", Messages.get("connection.optional"), form.securityToken);
        enableWhen(akSk, ak, sk, token);
        add("connection.ak", ak, Field.ACCESS_KEY);
        add("connection.sk", sk, Field.SECRET_KEY);
        add("connection.token", token, null);
        TextField user = text("connUser", form.iamUser);
        TextField account = text("connAccount", form.iamAccount);
        SecretField pw = secret("connPassword", keep, form.iamPassword);
        enableWhen(password, user, account, pw);
        add("connection.user", user, Field.IAM_USER);
        add("connection.account", account, null);
        add("connection.password", pw, null);
        TextField cbr = text("connCbr", form.cbrEndpoint);
        cbr.setPromptText("https://cbr.{region}.myhuaweicloud.com");
        add("connection.cbrEndpoint", cbr, Field.CBR_ENDPOINT);
        TextField iam = text("connIam", form.iamEndpoint);
        iam.setPromptText("https://iam.{region}.myhuaweicloud.com");
        add("connection.iamEndpoint", iam, Field.IAM_ENDPOINT);
        add("connection.timeouts", new HBox(6, spinner(1, 300, form.connectTimeout), new Label("/"),
                spinner(1, 600, form.readTimeout), new Label(Messages.get("connection.timeouts.unit"))), null);
        add("connection.proxy", proxy(), Field.PROXY);
        TextField proxyUser = text("connProxyUser", form.proxyUser);
        SecretField proxyPassword = secret("connProxyPassword", form.isNew() ? "" : keep, form.proxyPassword);
        manualProxyOnly(proxyUser, proxyPassword);
        add("connection.proxyUser", new HBox(6, proxyUser, proxyPassword), null);
        caFile.textProperty().bindBidirectional(form.caFile);
        add("connection.ca", new HBox(6, caFile, browse), Field.CA_FILE);
        grid.addRow(row++, new Label(), new HBox(10, test));
        grid.add(testResult, 1, row++);
        grid.add(new Label(secretStorage), 0, row, 2, 1);
        return io.github.cbrsync.ui.common.WholeLabels.in(grid);
    }

    /** A labelled row, and under it the line for that field's problems. */
    private void add(String labelKey, Node control, Field field) {
        grid.addRow(row++, new Label(Messages.get(labelKey)), control);
        if (field != null) {
            Label problem = new Label();
            problem.getStyleClass().add(Styles.STATUS_BAD);
            problem.setWrapText(true);
            problem.setMaxWidth(480);
            problem.setId("connProblem" + field.name());
            problem.setVisible(false);
            problem.setManaged(false);
            grid.add(problem, 1, row++);
            problems.put(field, problem);
        }
    }

    private ComboBox<String> region(ComboBox<String> region) {
        region.setEditable(true);
        region.setId("connRegion");
        region.setPromptText("cn-north-4");
        region.getEditor().setText(form.region.get());
        // Searchable: the list narrows to the regions containing what is typed; any other ID may still be typed.
        region.getEditor().textProperty().addListener((o, old, typed) -> {
            String t = typed == null ? "" : typed.strip();
            form.region.set(t);
            List<String> matching = Regions.CBR.stream().filter(r -> r.contains(t)).toList();
            if (!matching.equals(region.getItems())) {
                region.getItems().setAll(matching.isEmpty() ? Regions.CBR : matching);
            }
        });
        region.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                form.region.set(chosen.strip());
            }
        });
        return region;
    }

    private HBox proxy() {
        ComboBox<ProxyMode> mode = new ComboBox<>(FXCollections.observableArrayList(ProxyMode.values()));
        mode.valueProperty().bindBidirectional(form.proxyMode);
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProxyMode m) {
                return ProfileEditor.proxyText(m);
            }

            @Override
            public ProxyMode fromString(String text) {
                return mode.getValue();
            }
        });
        TextField host = text("connProxyHost", form.proxyHost);
        TextField port = text("connProxyPort", form.proxyPort);
        port.setPrefColumnCount(6);
        manualProxyOnly(host, port);
        return new HBox(6, mode, host, port);
    }

    private void manualProxyOnly(Node... nodes) {
        for (Node n : nodes) {
            n.disableProperty().bind(Bindings.createBooleanBinding(() -> form.proxyMode.get() != ProxyMode.MANUAL,
                    form.proxyMode));
        }
    }

    private static void enableWhen(RadioButton choice, Node... nodes) {
        for (Node n : nodes) {
            n.disableProperty().bind(choice.selectedProperty().not());
        }
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField f = field(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static SecretField secret(String id, String prompt, javafx.beans.property.StringProperty value) {
        SecretField f = new SecretField(id, prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Spinner<Integer> spinner(int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value.get())));
        s.valueProperty().addListener((o, old, v) -> value.set(v));
        return s;
    }

    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }
}
