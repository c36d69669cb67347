package io.github.cbrsync.app;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.CredentialSourceException;
import io.github.cbrsync.store.CredentialSources;
import io.github.cbrsync.store.DiscoveredCredentials;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SecretStore;
import io.github.cbrsync.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Every connection the app knows, by {@link ConnectionId}: the demo simulator, the ones found in the environment
 * and the SDK credentials file (read-only here, their secrets stay where they are), and the saved profiles
 * (secrets in the secret store). One immutable {@link Snapshot} behind one reference: the FX thread reads it
 * while a worker saves, and never sees half a change.
 */
public final class ConnectionCatalog {
    private final ProfileStore store;
    private final SecretStore secrets;
    private final ConnectionFactory factory;
    private final AtomicReference<Snapshot> snapshot;
    private volatile SimulatorConfig demoSimulator = SimulatorConfig.demo();

    /** What the catalog holds at one moment. */
    record Snapshot(Map<ConnectionId, DiscoveredCredentials> external, List<ConnectionProfile> saved,
                    List<String> notices) {
        Snapshot {
            external = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(external));
            saved = List.copyOf(saved);
            notices = List.copyOf(notices);
        }
    }

    public ConnectionCatalog(ProfileStore store, SecretStore secrets, Map<String, String> environment,
                             Path userHome, Optional<String> regionOption) {
        this.store = store;
        this.secrets = secrets;
        this.factory = new ConnectionFactory(environment);
        List<String> notices = new ArrayList<>();
        ProfileStore.Loaded loaded = store.load();
        loaded.notice().ifPresent(notices::add);
        Map<ConnectionId, DiscoveredCredentials> external = new LinkedHashMap<>();
        Optional<String> region = regionOption.or(() -> Optional.ofNullable(environment.get(
                CredentialSources.ENV_REGION)));
        CredentialSources.fromEnvironment(environment, regionOption).ifPresent(d -> external.put(d.profile().id(), d));
        try {
            CredentialSources.fromSdkFile(userHome.resolve(".huaweicloud/credentials"), region)
                    .ifPresent(d -> external.put(d.profile().id(), d));
        } catch (CredentialSourceException e) {
            notices.add(e.getMessage());
        }
        this.snapshot = new AtomicReference<>(new Snapshot(external, loaded.profiles(), notices));
    }

    /** How the demo connection's simulator is set up (the command line's has no simulated failures). */
    public void useDemoSimulator(SimulatorConfig config) {
        demoSimulator = config;
    }

    /** Problems found while reading profiles and credential files, for the window to show. */
    public List<String> notices() {
        return snapshot.get().notices();
    }

    /** Every connection that can be chosen, with its label in the user's language: the demo first. */
    public List<ConnectionChoice> choices() {
        Snapshot s = snapshot.get();
        List<ConnectionChoice> all = new ArrayList<>();
        all.add(new ConnectionChoice(ConnectionId.DEMO, label(ConnectionId.DEMO)));
        s.external().keySet().forEach(id -> all.add(new ConnectionChoice(id, label(id))));
        s.saved().forEach(p -> all.add(new ConnectionChoice(p.id(), p.name())));
        return all;
    }

    /** What the window and messages call a connection: a saved one's name, a built-in one's label. */
    public String label(ConnectionId id) {
        if (id.isBuiltIn()) {
            return Messages.get("connection.label." + id.value());
        }
        return profile(id).map(ConnectionProfile::name).orElse(id.value());
    }

    /** A connection named on the command line or in old settings: by its ID, its name or its label. */
    public Optional<ConnectionId> resolve(String nameOrId) {
        String wanted = nameOrId.strip();
        return choices().stream().filter(c -> c.id().value().equals(wanted) || c.label().equalsIgnoreCase(wanted)
                        || legacyLabel(c.id()).equalsIgnoreCase(wanted))
                .map(ConnectionChoice::id).findFirst();
    }

    /**
     * The connection to open at start: the --profile option, else the last one used, else one found in the
     * environment or the SDK file, else the demo.
     */
    public ConnectionId startupChoice(Optional<String> profileOption, Optional<String> lastUsed) {
        if (profileOption.isPresent()) {
            Optional<ConnectionId> named = resolve(profileOption.get());
            if (named.isEmpty()) {
                change(s -> new Snapshot(s.external(), s.saved(), append(s.notices(),
                        Messages.format("connection.noSuchProfile", profileOption.get()))));
            }
            return named.orElse(ConnectionId.DEMO);
        }
        return lastUsed.flatMap(this::resolve)
                .orElse(snapshot.get().external().keySet().stream().findFirst().orElse(ConnectionId.DEMO));
    }

    /** Opens a connection (the demo starts its simulator: call it off the FX thread). */
    public Connection open(ConnectionId id, RatePlan rate, LaunchOptions overrides)
            throws MissingSecretException, MissingRegionException, IOException {
        if (ConnectionId.DEMO.equals(id)) {
            // The smoke test wants a verdict on the app, not on the simulator's random task failures.
            Connection demo = Connections.demo(overrides.smoke() ? SimulatorConfig.demoForChecks() : demoSimulator,
                    label(id));
            return demo.withSettings(demo.settings().withRate(rate));
        }
        ConnectionProfile p = profile(id).orElseThrow(() -> new IllegalArgumentException(
                Messages.format("connection.noSuchProfile", id.value())));
        p = overrides.region().map(p::withRegion).orElse(p);
        p = overrides.projectId().map(p::withProjectId).orElse(p);
        p = overrides.endpoint().isPresent() ? p.withCbrEndpoint(overrides.endpoint()) : p;
        ClientSettings settings = factory.settings(p, this::secret, rate);
        return new Connection(p.id(), label(id), p.region(), settings, Optional.empty(),
                Messages.get("connections.source." + p.source().name()));
    }

    public Optional<ConnectionProfile> profile(ConnectionId id) {
        Snapshot s = snapshot.get();
        DiscoveredCredentials d = s.external().get(id);
        if (d != null) {
            return Optional.of(d.profile());
        }
        return s.saved().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Whether the profile came from outside the app (environment, SDK file) or is the demo: not editable here. */
    public boolean isBuiltIn(ConnectionId id) {
        return id.isBuiltIn();
    }

    /** Gives a connection found outside the app the region it lacked (for this run). */
    public void useRegion(ConnectionId id, String region) {
        change(s -> {
            Map<ConnectionId, DiscoveredCredentials> external = new LinkedHashMap<>(s.external());
            external.computeIfPresent(id, (k, d) -> new DiscoveredCredentials(d.profile().withRegion(region),
                    d.secretKey(), d.securityToken()));
            return new Snapshot(external, s.saved(), s.notices());
        });
    }

    /** Remembers a secret the user typed when asked (keyring or memory, as available). Not on the FX thread. */
    public void provideSecret(ConnectionId id, SecretKind kind, String value) {
        secrets.put(id.value(), kind, value);
    }

    public SecretStore secretStore() {
        return secrets;
    }

    ConnectionFactory factory() {
        return factory;
    }

    /** A connection's secret: from its source (environment, SDK file), else the secret store. */
    Optional<String> secret(ConnectionProfile profile, SecretKind kind) {
        DiscoveredCredentials d = snapshot.get().external().get(profile.id());
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
        return StoredSecrets.read(secrets, profile, kind);
    }

    /** Whether another connection (not {@code except}, which may be null) has this name, in any letter case. */
    public boolean nameTaken(String name, ConnectionId except) {
        return choices().stream().anyMatch(c -> c.label().equalsIgnoreCase(name) && !c.id().equals(except));
    }

    /**
     * Saves a profile (new, or replacing the one with its ID) with the secrets given (absent kinds keep what is
     * stored). A new profile gets an ID of its own; a renamed one keeps its ID, so its history stays with it.
     */
    public synchronized ConnectionProfile save(ConnectionProfile profile, boolean isNew,
                                               Map<SecretKind, String> newSecrets) throws IOException {
        Snapshot s = snapshot.get();
        if (profile.name().isEmpty()) {
            throw new IllegalArgumentException(Messages.get("connection.problem.name"));
        }
        if (nameTaken(profile.name(), isNew ? null : profile.id())) {
            throw new IllegalArgumentException(Messages.format("connection.problem.nameTaken", profile.name()));
        }
        ConnectionProfile saved = isNew ? profile.withId(freeId(profile.name())) : profile;
        List<ConnectionProfile> next = new ArrayList<>(s.saved());
        next.removeIf(p -> p.id().equals(saved.id()));
        next.add(isNew ? next.size() : Math.max(0, indexOf(s.saved(), saved.id())), saved);
        store.save(next);
        snapshot.set(new Snapshot(s.external(), next, s.notices()));
        newSecrets.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                secrets.put(saved.id().value(), k, v);
            }
        });
        return saved;
    }

    public synchronized void delete(ConnectionId id) throws IOException {
        Snapshot s = snapshot.get();
        List<ConnectionProfile> next = new ArrayList<>(s.saved());
        next.removeIf(p -> p.id().equals(id));
        store.save(next);
        snapshot.set(new Snapshot(s.external(), next, s.notices()));
        for (SecretKind k : SecretKind.values()) {
            secrets.delete(id.value(), k);
        }
    }

    /** An ID no other connection has, from the name: {@code prod}, else {@code prod-2}... */
    private ConnectionId freeId(String name) {
        ConnectionId base = ConnectionId.fromName(name);
        ConnectionId id = base;
        for (int n = 2; id.isBuiltIn() || profile(id).isPresent(); n++) {
            id = base.numbered(n);
        }
        return id;
    }

    private void change(UnaryOperator<Snapshot> change) {
        snapshot.updateAndGet(change);
    }

    /** The English labels of the built-in connections, as names in settings written before IDs existed. */
    private static String legacyLabel(ConnectionId id) {
        if (ConnectionId.DEMO.equals(id)) {
            return "Demo simulator";
        }
        if (ConnectionId.ENVIRONMENT.equals(id)) {
            return CredentialSources.ENVIRONMENT_PROFILE;
        }
        return ConnectionId.SDK_FILE.equals(id) ? CredentialSources.SDK_FILE_PROFILE : "";
    }

    private static List<String> append(List<String> list, String item) {
        List<String> l = new ArrayList<>(list);
        l.add(item);
        return l;
    }

    private static int indexOf(List<ConnectionProfile> list, ConnectionId id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
