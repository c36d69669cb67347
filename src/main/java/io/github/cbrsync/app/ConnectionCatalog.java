package io.github.cbrsync.app;

import io.github.cbrsync.session.Connection;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.CredentialSourceException;
import io.github.cbrsync.store.CredentialSources;
import io.github.cbrsync.store.DiscoveredCredentials;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SecretStore;
import io.github.cbrsync.ui.connection.ConnectionWorkbench;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every connection the app knows: the demo simulator, the ones found in the environment and the SDK
 * credentials file (read-only here, their secrets stay where they are), and the saved profiles (secrets in
 * the secret store). Opens a connection by name.
 */
public final class ConnectionCatalog implements ConnectionWorkbench {
    public static final String DEMO = ConnectionWorkbench.DEMO;
    private final ProfileStore store;
    private final SecretStore secrets;
    private final ConnectionFactory factory;
    private final Map<String, DiscoveredCredentials> external = new LinkedHashMap<>();
    private final List<ConnectionProfile> saved = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private Optional<Path> historyFolder = Optional.empty();

    public ConnectionCatalog(ProfileStore store, SecretStore secrets, Map<String, String> environment,
                             Path userHome, Optional<String> regionOption) {
        this.store = store;
        this.secrets = secrets;
        this.factory = new ConnectionFactory(environment);
        ProfileStore.Loaded loaded = store.load();
        saved.addAll(loaded.profiles());
        loaded.notice().ifPresent(notices::add);
        Optional<String> region = regionOption.or(() -> Optional.ofNullable(environment.get(
                CredentialSources.ENV_REGION)));
        CredentialSources.fromEnvironment(environment, regionOption).ifPresent(d -> external.put(d.profile().name(), d));
        try {
            CredentialSources.fromSdkFile(userHome.resolve(".huaweicloud/credentials"), region)
                    .ifPresent(d -> external.put(d.profile().name(), d));
        } catch (CredentialSourceException e) {
            notices.add(e.getMessage());
        }
    }

    /** Where the history journals are, so renaming a connection takes its history along. */
    public ConnectionCatalog keepingHistoryIn(Path folder) {
        this.historyFolder = Optional.of(folder);
        return this;
    }

    /** Problems found while reading profiles and credential files, for the window to show. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * The connection to open at start: the --profile option, else the last one used, else one found in the
     * environment or the SDK file, else the demo.
     */
    public String startupChoice(Optional<String> profileOption, Optional<String> lastUsed) {
        if (profileOption.isPresent()) {
            if (names().contains(profileOption.get())) {
                return profileOption.get();
            }
            notices.add("There is no connection named \"" + profileOption.get() + "\"; the demo opened instead.");
            return DEMO;
        }
        if (lastUsed.isPresent() && names().contains(lastUsed.get())) {
            return lastUsed.get();
        }
        return external.keySet().stream().findFirst().orElse(DEMO);
    }

    /** Opens a connection by name (the demo starts its simulator: call it off the FX thread). */
    public Connection open(String name, RatePlan rate, LaunchOptions overrides)
            throws MissingSecretException, MissingRegionException, IOException {
        if (DEMO.equals(name)) {
            // The smoke test wants a verdict on the app, not on the simulator's random task failures.
            Connection demo = Connections.demo(overrides.smoke()
                    ? SimulatorConfig.demo().withTaskFailureRate(0).withTaskDuration(java.time.Duration.ofSeconds(3))
                    : SimulatorConfig.demo());
            return new Connection(demo.name(), demo.region(), demo.settings().withRate(rate), demo.simulator());
        }
        ConnectionProfile p = profile(name).orElseThrow(() -> new IllegalArgumentException("No connection " + name));
        p = overrides.region().map(p::withRegion).orElse(p);
        p = overrides.projectId().map(p::withProjectId).orElse(p);
        p = overrides.endpoint().isPresent() ? p.withCbrEndpoint(overrides.endpoint()) : p;
        ClientSettings settings = factory.settings(p, this::secret, rate);
        return new Connection(p.name(), p.region(), settings, Optional.empty(),
                io.github.cbrsync.ui.common.Messages.get("connections.source." + p.source().name()));
    }

    /** Gives a connection found outside the app the region it lacked (for this run). */
    public void useRegion(String name, String region) {
        DiscoveredCredentials d = external.get(name);
        if (d != null) {
            external.put(name, new DiscoveredCredentials(d.profile().withRegion(region), d.secretKey(),
                    d.securityToken()));
        }
    }

    /** Remembers a secret the user typed when asked (keyring or memory, as available). */
    public void provideSecret(String profile, SecretKind kind, String value) {
        secrets.put(profile, kind, value);
    }

    public SecretStore secretStore() {
        return secrets;
    }

    private Optional<String> secret(String profile, SecretKind kind) {
        DiscoveredCredentials d = external.get(profile);
        if (d != null) {
            Optional<String> fromSource = switch (kind) {
                case SECRET_KEY -> d.secretKey();
                case SECURITY_TOKEN -> d.securityToken();
                default -> Optional.empty();
            };
            if (fromSource.isPresent()) {
                return fromSource;
            }
        }
        return secrets.get(profile, kind);
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(DEMO);
        names.addAll(external.keySet());
        saved.forEach(p -> names.add(p.name()));
        return names;
    }

    @Override
    public Optional<ConnectionProfile> profile(String name) {
        DiscoveredCredentials d = external.get(name);
        if (d != null) {
            return Optional.of(d.profile());
        }
        return saved.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @Override
    public boolean isExternal(String name) {
        return external.containsKey(name) || DEMO.equals(name);
    }

    @Override
    public boolean hasSecret(String profile, SecretKind kind) {
        return secret(profile, kind).isPresent();
    }

    @Override
    public synchronized void save(Optional<String> previousName, ConnectionProfile profile,
                                  Map<SecretKind, String> newSecrets) throws IOException {
        if (profile.name().isEmpty() || names().contains(profile.name())
                && !previousName.filter(profile.name()::equals).isPresent()) {
            throw new IllegalArgumentException(profile.name().isEmpty() ? "Give the connection a name"
                    : "A connection named \"" + profile.name() + "\" exists already");
        }
        List<ConnectionProfile> next = new ArrayList<>(saved);
        int at = previousName.map(n -> indexOf(next, n)).orElse(-1);
        if (at >= 0) {
            next.set(at, profile);
        } else {
            next.add(profile);
        }
        store.save(next);
        saved.clear();
        saved.addAll(next);
        if (previousName.isPresent() && !previousName.get().equals(profile.name())) {
            moveHistory(previousName.get(), profile.name());
            for (SecretKind k : SecretKind.values()) {
                Optional<String> old = secrets.get(previousName.get(), k);
                old.ifPresent(v -> secrets.put(profile.name(), k, v));
                secrets.delete(previousName.get(), k);
            }
        }
        newSecrets.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                secrets.put(profile.name(), k, v);
            }
        });
    }

    @Override
    public synchronized void delete(String name) throws IOException {
        List<ConnectionProfile> next = new ArrayList<>(saved);
        next.removeIf(p -> p.name().equals(name));
        store.save(next);
        saved.clear();
        saved.addAll(next);
        for (SecretKind k : SecretKind.values()) {
            secrets.delete(name, k);
        }
    }

    @Override
    public List<Project> discoverProjects(ConnectionProfile draft, Map<SecretKind, String> typed) throws Exception {
        try (OkHttpCbrApi api = new OkHttpCbrApi(draftSettings(draft, typed))) {
            return api.discoverProjects(draft.region());
        }
    }

    @Override
    public ConnectionTester.Outcome test(ConnectionProfile draft, Map<SecretKind, String> typed) throws Exception {
        ClientSettings settings = draftSettings(draft, typed);
        try (OkHttpCbrApi api = new OkHttpCbrApi(settings)) {
            if (!settings.hasProject()) {
                List<Project> projects = api.discoverProjects(draft.region());
                return new ConnectionTester.Outcome(ConnectionTester.Problem.NO_PROJECT, projects.isEmpty()
                        ? "Signed in, but IAM has no project named " + draft.region()
                        : "Signed in. Choose the project ID (Discover lists " + projects.size() + ").");
            }
            return ConnectionTester.test(api, Clock.systemUTC(),
                    draft.auth() == io.github.cbrsync.domain.AuthMethod.IAM_PASSWORD);
        } catch (CbrApiException e) {
            return ConnectionTester.diagnose(e, Clock.systemUTC(),
                    draft.auth() == io.github.cbrsync.domain.AuthMethod.IAM_PASSWORD);
        }
    }

    @Override
    public List<ConnectionProfile> importKooCli(Path configJson) throws Exception {
        List<ConnectionProfile> imported = new ArrayList<>();
        for (DiscoveredCredentials d : CredentialSources.fromKooCli(configJson)) {
            String name = uniqueName(d.profile().name());
            Map<SecretKind, String> s = new EnumMap<>(SecretKind.class);
            d.secretKey().ifPresent(v -> s.put(SecretKind.SECRET_KEY, v));
            d.securityToken().ifPresent(v -> s.put(SecretKind.SECURITY_TOKEN, v));
            ConnectionProfile p = d.profile().withName(name);
            save(Optional.empty(), p, s);
            imported.add(p);
        }
        return imported;
    }

    @Override
    public String secretStorage() {
        return secrets.description();
    }

    /** Settings for a form that is not saved yet: typed secrets first, stored ones for what was left empty. */
    private ClientSettings draftSettings(ConnectionProfile draft, Map<SecretKind, String> typed)
            throws MissingSecretException, MissingRegionException {
        return factory.settings(draft, (profile, kind) -> Optional.ofNullable(typed.get(kind))
                .filter(v -> !v.isEmpty()).or(() -> secret(profile, kind)), RatePlan.startingAt(5))
                .withRetry(RetryPolicy.NONE);
    }

    /** The journal is named after the connection: a renamed connection keeps its audit trail. */
    private void moveHistory(String oldName, String newName) throws IOException {
        if (historyFolder.isEmpty()) {
            return;
        }
        Path from = historyFolder.get().resolve(ScopeFactory.journalName(oldName) + ".jsonl");
        Path to = historyFolder.get().resolve(ScopeFactory.journalName(newName) + ".jsonl");
        if (java.nio.file.Files.exists(from) && !java.nio.file.Files.exists(to)) {
            java.nio.file.Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private String uniqueName(String base) {
        String name = base;
        for (int i = 2; names().contains(name); i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }

    private static int indexOf(List<ConnectionProfile> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
