package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.ProxyMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import io.github.cbrsync.testing.QuietLogs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The app's own files as it finds them: settings.json and profiles.json with any value of any type in any
 * field, or not JSON at all. Settings always come out usable (finite, in range), profiles either load or are
 * kept aside with a notice; and every profile a user can type saves and loads back unchanged.
 */
@Tag("properties")
class SavedFileProperties {
    private static final AtomicInteger TRY = new AtomicInteger();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static Path dir;
    private static QuietLogs quiet;
    private static ScheduledExecutorService saver;

    @BeforeContainer
    static void setUp() throws IOException {
        // Every damaged file is logged as a warning; thousands of them would drown the build output.
        quiet = new QuietLogs(java.util.logging.Level.SEVERE);
        dir = Files.createTempDirectory("saved-files");
        saver = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        quiet.close();
        saver.shutdownNow();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property
    void anySettingsFileGivesUsableSettings(@ForAll("settingsFiles") byte[] content) throws IOException {
        Path file = Files.createDirectories(dir.resolve("s-" + TRY.incrementAndGet())).resolve("settings.json");
        Files.write(file, content);

        SettingsStore store = new SettingsStore(file, saver, Duration.ofMillis(1));
        AppSettings s = store.load();

        assertThat(s.pollSeconds()).isBetween(1, 300);
        assertThat(s.requestsPerSecond()).isBetween(0.1, 1000.0);
        assertThat(s.retentionRows()).isBetween(1, 10_000_000);
        assertThat(s.retentionDays()).isBetween(1, 36_500);
        s.window().ifPresent(w -> assertThat(List.of(w.x(), w.y(), w.width(), w.height()))
                .allSatisfy(v -> assertThat(Double.isFinite(v)).isTrue()));
        s.tables().values().forEach(t -> t.columns().forEach(c -> assertThat(Double.isFinite(c.width())).isTrue()));
        store.notice().ifPresent(n -> assertThat(n).startsWith("The settings file was damaged"));
        store.update(x -> x.withLastProfile("after"));
        store.flush();
        assertThat(new SettingsStore(file, saver, Duration.ofMillis(1)).load().lastProfile()).contains("after");
    }

    @Property
    void anyProfilesFileLoadsOrIsKeptAsideWithANotice(@ForAll("profileFiles") byte[] content) throws IOException {
        Path file = Files.createDirectories(dir.resolve("p-" + TRY.incrementAndGet())).resolve("profiles.json");
        Files.write(file, content);

        ProfileStore.Loaded loaded = new ProfileStore(file).load();

        if (loaded.notice().isPresent()) {
            assertThat(loaded.profiles()).isEmpty();
            assertThat(loaded.notice().get()).startsWith("The saved connections could not be read");
            try (Stream<Path> files = Files.list(file.getParent())) {
                assertThat(files.filter(p -> p.getFileName().toString().startsWith("profiles.json.corrupt-")))
                        .singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(content));
            }
        } else {
            assertThat(loaded.profiles()).allSatisfy(p -> assertThat(p.name()).isNotBlank());
        }
    }

    @Property
    void everyTypedProfileSavesAndLoadsBackUnchanged(@ForAll("profiles") List<ConnectionProfile> profiles)
            throws IOException {
        Path file = dir.resolve("t-" + TRY.incrementAndGet()).resolve("profiles.json");
        new ProfileStore(file).save(profiles);
        ProfileStore.Loaded loaded = new ProfileStore(file).load();
        assertThat(loaded.notice()).isEmpty();
        assertThat(loaded.profiles()).isEqualTo(profiles);
    }

    @Provide
    Arbitrary<byte[]> settingsFiles() {
        Arbitrary<JsonNode> odd = Arbitraries.oneOf(Arbitraries.of("NaN", "Infinity", "-Infinity", "1e400", "-5", "0",
                        "99999999999", "abc", "").map(NODES::textNode),
                Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.just(NODES.nullNode()), Arbitraries.just(NODES.arrayNode()));
        Arbitrary<byte[]> fields = Combinators.combine(odd, odd, odd, odd, odd, odd, odd).as((poll, rate, rows, days,
                x, width, colWidth) -> {
                    ObjectNode root = NODES.objectNode().put("version", 1);
                    root.set("pollSeconds", poll);
                    root.set("requestsPerSecond", rate);
                    root.set("retentionRows", rows);
                    root.set("retentionDays", days);
                    ObjectNode w = root.putObject("window");
                    w.set("x", x);
                    w.set("width", width);
                    root.putObject("tables").putObject("vaults").putArray("columns").addObject().put("id", "name")
                            .set("width", colWidth);
                    return root.toString().getBytes(StandardCharsets.UTF_8);
                });
        return Arbitraries.oneOf(fields, Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.of("", "{", "[]", "null", "{\"pollSeconds\":", "\uFEFF{}").map(s -> s.getBytes(
                        StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> profileFiles() {
        Arbitrary<JsonNode> odd = Arbitraries.oneOf(Arbitraries.of("AK_SK", "IAM_PASSWORD", "MANUAL", "NOPE", "", "x")
                        .map(NODES::textNode), Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.just(NODES.nullNode()), Arbitraries.just(NODES.objectNode()));
        Arbitrary<byte[]> fields = Combinators.combine(odd, odd, odd, odd, odd).as((name, auth, proxy, port, source) -> {
            ObjectNode root = NODES.objectNode().put("version", 1);
            ObjectNode p = root.putArray("profiles").addObject();
            p.set("name", name);
            p.set("auth", auth);
            p.set("proxyMode", proxy);
            p.set("proxyPort", port);
            p.set("source", source);
            return root.toString().getBytes(StandardCharsets.UTF_8);
        });
        return Arbitraries.oneOf(fields, Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    @Provide
    Arbitrary<List<ConnectionProfile>> profiles() {
        Arbitrary<String> text = HistoryRows.cellTexts();
        Arbitrary<String> name = text.map(String::strip).filter(s -> !s.isEmpty());
        Arbitrary<Optional<String>> optional = text.map(String::strip).filter(s -> !s.isEmpty()).optional();
        return Builders.withBuilder(() -> new ConnectionProfile[] {ConnectionProfile.akSk("x", "", "", "", 
                        CredentialSource.TYPED)})
                .use(name).in((p, v) -> set(p, p[0].withName(v)))
                .use(text).in((p, v) -> set(p, p[0].withRegion(v)))
                .use(text).in((p, v) -> set(p, p[0].withProjectId(v)))
                .use(optional).in((p, v) -> set(p, p[0].withCbrEndpoint(v)))
                .use(optional).in((p, v) -> set(p, p[0].withIamEndpoint(v)))
                .use(Combinators.combine(Arbitraries.of(AuthMethod.class), Arbitraries.of(ProxyMode.class),
                        Arbitraries.integers().between(0, 65535), text, optional, Arbitraries.of(CredentialSource.class))
                        .as((auth, proxy, port, user, ca, source) -> new Object[] {auth, proxy, port, user, ca, source}))
                .in((p, v) -> set(p, new ConnectionProfile(p[0].id(), p[0].name(), p[0].region(), p[0].projectId(),
                        (AuthMethod) v[0], "AK" + p[0].name().hashCode(), (String) v[3], (String) v[3],
                        p[0].cbrEndpoint(), p[0].iamEndpoint(), 10, 30, (ProxyMode) v[1], (String) v[3], (int) v[2],
                        (String) v[3], castOptional(v[4]), (CredentialSource) v[5])))
                .build(p -> p[0]).list().ofMaxSize(4).uniqueElements(ConnectionProfile::name);
    }

    private static ConnectionProfile[] set(ConnectionProfile[] holder, ConnectionProfile value) {
        holder[0] = value;
        return holder;
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> castOptional(Object o) {
        return (Optional<String>) o;
    }
}
