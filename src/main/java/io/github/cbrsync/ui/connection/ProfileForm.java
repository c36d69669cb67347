package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.ProxyMode;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the connection editor's form and its rules, without any control: what was typed, the profile
 * and secrets it makes, and {@link #validate} with typed problems, each naming the field it concerns so the
 * editor can show it there. Tested without a toolkit.
 */
public final class ProfileForm {
    /** The fields a problem can concern. */
    public enum Field { NAME, REGION, PROJECT, ACCESS_KEY, SECRET_KEY, IAM_USER, CBR_ENDPOINT, IAM_ENDPOINT, PROXY,
        CA_FILE }

    /** What the form is checked for: saving needs everything, Test needs no name, Discover no name nor project. */
    public enum Purpose { SAVE, TEST, DISCOVER }

    /** One thing to fix, in the field where it was typed. */
    public record Problem(Field field, String messageKey, List<String> args) {
        public String text() {
            return Messages.format(messageKey, args.toArray());
        }
    }

    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty region = new SimpleStringProperty("");
    public final StringProperty projectId = new SimpleStringProperty("");
    public final BooleanProperty accessKeyLogin = new SimpleBooleanProperty(true);
    public final StringProperty accessKey = new SimpleStringProperty("");
    public final StringProperty secretKey = new SimpleStringProperty("");
    public final StringProperty securityToken = new SimpleStringProperty("");
    public final StringProperty iamUser = new SimpleStringProperty("");
    public final StringProperty iamAccount = new SimpleStringProperty("");
    public final StringProperty iamPassword = new SimpleStringProperty("");
    public final StringProperty cbrEndpoint = new SimpleStringProperty("");
    public final StringProperty iamEndpoint = new SimpleStringProperty("");
    public final IntegerProperty connectTimeout = new SimpleIntegerProperty(10);
    public final IntegerProperty readTimeout = new SimpleIntegerProperty(30);
    public final ObjectProperty<ProxyMode> proxyMode = new SimpleObjectProperty<>(ProxyMode.SYSTEM);
    public final StringProperty proxyHost = new SimpleStringProperty("");
    public final StringProperty proxyPort = new SimpleStringProperty("");
    public final StringProperty proxyUser = new SimpleStringProperty("");
    public final StringProperty proxyPassword = new SimpleStringProperty("");
    public final StringProperty caFile = new SimpleStringProperty("");

    private final Optional<ConnectionProfile> original;
    private final boolean hasStoredKey;
    private final Predicate<String> fileExists;

    /**
     * @param original     the profile edited, or empty for a new one (a duplicate is a new one filled from it)
     * @param hasStoredKey whether the secret store holds the original's SK, so an empty SK field keeps it
     */
    public ProfileForm(Optional<ConnectionProfile> original, boolean duplicate, boolean hasStoredKey) {
        this(original, duplicate, hasStoredKey, ProfileForm::isFile);
    }

    ProfileForm(Optional<ConnectionProfile> original, boolean duplicate, boolean hasStoredKey,
                Predicate<String> fileExists) {
        this.original = duplicate ? Optional.empty() : original;
        this.hasStoredKey = hasStoredKey && !duplicate;
        this.fileExists = fileExists;
        original.ifPresent(this::fill);
        if (duplicate) {
            original.ifPresent(p -> name.set(Messages.format("connection.copyName", p.name())));
        }
    }

    /** Whether saving creates a connection (Add, Duplicate) rather than replacing one (Edit). */
    public boolean isNew() {
        return original.isEmpty();
    }

    /** The profile the form describes (keeps the original's ID; a new one gets its ID when saved). */
    public ConnectionProfile toProfile() {
        String port = proxyPort.get().strip();
        ConnectionId id = original.map(ConnectionProfile::id).orElse(ConnectionId.fromName(name.get()));
        return new ConnectionProfile(id, name.get(), region.get(), projectId.get(),
                accessKeyLogin.get() ? AuthMethod.AK_SK : AuthMethod.IAM_PASSWORD, accessKey.get(), iamUser.get(),
                iamAccount.get(), Optional.of(cbrEndpoint.get()), Optional.of(iamEndpoint.get()),
                connectTimeout.get(), readTimeout.get(), proxyMode.get(), proxyHost.get(),
                port.matches("\\d{1,5}") ? Integer.parseInt(port) : 0, proxyUser.get(), Optional.of(caFile.get()),
                original.map(ConnectionProfile::source).orElse(CredentialSource.TYPED));
    }

    /** The secrets typed; empty ones keep what is stored. */
    public Map<SecretKind, String> secrets() {
        Map<SecretKind, String> s = new EnumMap<>(SecretKind.class);
        s.put(SecretKind.SECRET_KEY, secretKey.get());
        s.put(SecretKind.SECURITY_TOKEN, securityToken.get());
        s.put(SecretKind.PASSWORD, iamPassword.get());
        s.put(SecretKind.PROXY_PASSWORD, proxyPassword.get());
        return s;
    }

    /** Every problem of the form for {@code purpose}, each naming its field. */
    public List<Problem> validate(Purpose purpose) {
        List<Problem> found = new ArrayList<>();
        ConnectionProfile p = toProfile();
        if (purpose == Purpose.SAVE && p.name().isEmpty()) {
            found.add(problem(Field.NAME, "connection.problem.name"));
        }
        if (!p.region().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            found.add(problem(Field.REGION, "connection.problem.region"));
        }
        if (purpose != Purpose.DISCOVER && !p.projectId().matches("[A-Za-z0-9_-]{0,64}")) {
            found.add(problem(Field.PROJECT, "connection.problem.project"));
        }
        if (p.auth() == AuthMethod.AK_SK) {
            if (p.accessKey().isEmpty()) {
                found.add(problem(Field.ACCESS_KEY, "connection.problem.ak"));
            }
            if (secretKey.get().isEmpty() && !hasStoredKey) {
                found.add(problem(Field.SECRET_KEY, "connection.problem.sk"));
            }
        } else if (p.iamUser().isEmpty() || p.iamAccount().isEmpty()) {
            found.add(problem(Field.IAM_USER, "connection.problem.user"));
        }
        endpointProblem(Field.CBR_ENDPOINT, cbrEndpoint.get()).ifPresent(found::add);
        endpointProblem(Field.IAM_ENDPOINT, iamEndpoint.get()).ifPresent(found::add);
        if (p.proxyMode() == ProxyMode.MANUAL && (p.proxyHost().isEmpty() || p.proxyPort() < 1
                || p.proxyPort() > 65535)) {
            found.add(problem(Field.PROXY, "connection.problem.proxy"));
        }
        p.extraCaFile().filter(f -> !fileExists.test(f))
                .ifPresent(f -> found.add(problem(Field.CA_FILE, "connection.problem.ca", f)));
        return found;
    }

    private static Optional<Problem> endpointProblem(Field field, String typed) {
        String endpoint = typed == null ? "" : typed.strip();
        if (endpoint.isEmpty() || endpoint.matches("(?i)https?://[^\\s/@]+(/\\S*)?")) {
            return Optional.empty();
        }
        return Optional.of(problem(field, "connection.problem.endpoint", endpoint));
    }

    private void fill(ConnectionProfile p) {
        name.set(p.name());
        region.set(p.region());
        projectId.set(p.projectId());
        accessKeyLogin.set(p.auth() == AuthMethod.AK_SK);
        accessKey.set(p.accessKey());
        iamUser.set(p.iamUser());
        iamAccount.set(p.iamAccount());
        cbrEndpoint.set(p.cbrEndpoint().orElse(""));
        iamEndpoint.set(p.iamEndpoint().orElse(""));
        connectTimeout.set(p.connectTimeoutSeconds());
        readTimeout.set(p.readTimeoutSeconds());
        proxyMode.set(p.proxyMode());
        proxyHost.set(p.proxyHost());
        proxyPort.set(p.proxyPort() > 0 ? Integer.toString(p.proxyPort()) : "");
        proxyUser.set(p.proxyUser());
        caFile.set(p.extraCaFile().orElse(""));
    }

    private static Problem problem(Field field, String key, String... args) {
        return new Problem(field, key, List.of(args));
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
