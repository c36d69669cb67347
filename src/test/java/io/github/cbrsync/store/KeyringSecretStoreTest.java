package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyring store against a real Secret Service (gnome-keyring-daemon on a private session bus), run in a
 * child JVM that has the bus in its environment. Skipped, with the reason printed, only where the daemon
 * cannot start; CI installs it (.ci/run), and with CI=true a daemon that cannot start fails the test instead.
 */
class KeyringSecretStoreTest {
    private static final String SK = "Sk-9f8e7d6c5b4a39281706f5e4d3c2b1a0KEY";

    @TempDir
    Path dir;

    private SecretServiceSession session;
    private KeyringAgentProcess agent;

    @BeforeEach
    void startKeyringAndAgent() throws Exception {
        try {
            session = SecretServiceSession.start(dir.resolve("session"));
        } catch (SecretServiceSession.Unavailable e) {
            if ("true".equals(System.getenv("CI"))) {
                // .ci/run installs gnome-keyring and dbus: in CI a missing daemon is a broken set-up, not a skip.
                Assertions.fail("CI must run the keyring tests, but: " + e.getMessage());
            }
            System.out.println("KeyringSecretStoreTest skipped: " + e.getMessage());
            Assumptions.abort("no Secret Service can run here: " + e.getMessage());
        }
        agent = new KeyringAgentProcess(session.environment(), appHome(), dir.resolve("agent-stderr.txt"));
    }

    @AfterEach
    void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
        if (session != null) {
            session.close();
        }
    }

    private Path appHome() {
        return dir.resolve("app-home");
    }

    @Test
    void theStartProbeFindsTheKeyring() {
        assertThat(agent.ready()).startsWith("READY true ");
        assertThat(KeyringAgentProcess.word(agent.ready(), 2)).contains("OS keyring").doesNotContain("memory");
    }

    @Test
    void aSessionWithoutAKeyringMeansMemoryAndSaysWhy() throws Exception {
        try (SecretServiceSession busOnly = SecretServiceSession.startBusOnly(dir.resolve("bus-only"));
             KeyringAgentProcess noKeyring = new KeyringAgentProcess(busOnly.environment(), dir.resolve("home2"),
                     dir.resolve("agent-no-keyring.txt"))) {
            assertThat(noKeyring.ready()).startsWith("READY false ");
            assertThat(KeyringAgentProcess.word(noKeyring.ready(), 2)).contains("memory only")
                    .contains("no OS keyring on this computer");
            assertThat(noKeyring.send("put", "prod", "SECRET_KEY", SK)).isEqualTo("OK");
            assertThat(value(noKeyring.send("get", "prod", "SECRET_KEY"))).isEqualTo(SK);
        }
    }

    @Test
    void aSecretIsSavedReadBackUpdatedAndDeleted() throws Exception {
        assertThat(agent.send("get", "prod", "SECRET_KEY")).isEqualTo("EMPTY");
        assertThat(agent.send("put", "prod", "SECRET_KEY", SK)).isEqualTo("OK");
        assertThat(value(agent.send("get", "prod", "SECRET_KEY"))).isEqualTo(SK);

        assertThat(agent.send("put", "prod", "SECRET_KEY", "rotated-" + SK)).isEqualTo("OK");
        assertThat(value(agent.send("get", "prod", "SECRET_KEY"))).isEqualTo("rotated-" + SK);

        assertThat(agent.send("delete", "prod", "SECRET_KEY")).isEqualTo("OK");
        assertThat(agent.send("get", "prod", "SECRET_KEY")).isEqualTo("EMPTY");
        assertThat(agent.send("delete", "prod", "SECRET_KEY")).as("deleting what is gone").isEqualTo("OK");
    }

    @Test
    void secretsSurviveARestartOfTheApp() throws Exception {
        agent.send("put", "prod", "PASSWORD", SK);
        agent.close();
        agent = new KeyringAgentProcess(session.environment(), appHome(), dir.resolve("agent2-stderr.txt"));
        assertThat(value(agent.send("get", "prod", "PASSWORD"))).isEqualTo(SK);
    }

    @Test
    void nonAsciiSecretsAndNamesRoundTrip() throws Exception {
        String secret = "密钥-ключ-🔑-çà\u00A0\"quoted\" back\\slash\ttab";
        agent.send("put", "上海 生产/备份", "SECRET_KEY", secret);
        agent.send("put", "上海 生产/备份", "PROXY_PASSWORD", "p@ss wörd");
        assertThat(value(agent.send("get", "上海 生产/备份", "SECRET_KEY"))).isEqualTo(secret);
        assertThat(value(agent.send("get", "上海 生产/备份", "PROXY_PASSWORD"))).isEqualTo("p@ss wörd");
    }

    @Test
    void twoConnectionsWithTheSameAccessKeyKeepTheirOwnSecrets() throws Exception {
        assertThat(agent.send("save", "prod", "SAMEAK0123456789", SK)).isEqualTo("OK");
        assertThat(agent.send("save", "prod copy", "SAMEAK0123456789", "other-" + SK)).isEqualTo("OK");

        assertThat(agent.send("open", "prod")).isEqualTo("OPENED " + sha256(SK));
        assertThat(agent.send("open", "prod copy")).isEqualTo("OPENED " + sha256("other-" + SK));

        assertThat(agent.send("remove", "prod copy")).isEqualTo("OK");
        // Secrets are kept under the connection's ID ("prod-copy" for "prod copy").
        assertThat(agent.send("get", "prod-copy", "SECRET_KEY")).isEqualTo("EMPTY");
        assertThat(agent.send("open", "prod")).as("the other connection keeps its key")
                .isEqualTo("OPENED " + sha256(SK));

        // A renamed connection keeps its ID, and so its secret, where it was.
        assertThat(agent.send("rename", "prod", "prod renamed")).isEqualTo("OK");
        assertThat(agent.send("get", "prod", "SECRET_KEY")).startsWith("VALUE ");
        assertThat(agent.send("open", "prod renamed")).isEqualTo("OPENED " + sha256(SK));
    }

    @Test
    void aKeyringLockedMidSessionMeansAskingAgainAndSayingSo() throws Exception {
        agent.send("save", "prod", "AK0123456789", SK);
        session.lockKeyring();

        String answer = agent.send("open", "prod");

        assertThat(answer).startsWith("ASKS SECRET_KEY ");
        assertThat(KeyringAgentProcess.word(answer, 2)).contains("memory only").contains("keyring")
                .contains("asked again");
        assertThat(agent.send("describe")).startsWith("DESC false ");
        // What the user types then works for this run.
        agent.send("provide", "prod", "SECRET_KEY", SK);
        assertThat(agent.send("open", "prod")).isEqualTo("OPENED " + sha256(SK));
    }

    @Test
    void aKeyringGoneMidSessionMeansAskingAgainAndSayingSo() throws Exception {
        agent.send("save", "prod", "AK0123456789", SK);
        session.stopKeyring();

        String answer = agent.send("open", "prod");

        assertThat(answer).startsWith("ASKS SECRET_KEY ");
        assertThat(KeyringAgentProcess.word(answer, 2)).contains("memory only").contains("stopped answering");
        assertThat(agent.send("put", "prod", "SECRET_KEY", SK)).as("storing falls back too").isEqualTo("OK");
        assertThat(agent.send("open", "prod")).isEqualTo("OPENED " + sha256(SK));
        assertThat(agent.send("save", "second", "AK2", "second-" + SK)).isEqualTo("OK");
        assertThat(agent.send("open", "second")).isEqualTo("OPENED " + sha256("second-" + SK));
    }

    @Test
    void theSecretIsInNoFileTheAppOrTheKeyringWrote() throws Exception {
        agent.send("save", "prod", "AK0123456789", SK);
        agent.send("put", "prod", "SECURITY_TOKEN", "token-" + SK);
        assertThat(agent.send("open", "prod")).startsWith("OPENED ");
        agent.send("rename", "prod", "production");
        agent.send("open", "production");
        agent.close();
        agent = null;

        List<Path> files = filesUnder(dir);
        assertThat(files).as("the agent wrote profiles, a journal and a log")
                .anySatisfy(p -> assertThat(p.toString()).endsWith("profiles.json"))
                .anySatisfy(p -> assertThat(p.toString()).endsWith(".jsonl"))
                .anySatisfy(p -> assertThat(p.toString()).endsWith(".log"))
                .anySatisfy(p -> assertThat(p.toString()).endsWith(".keyring"));
        String log = Files.readString(files.stream().filter(p -> p.toString().endsWith(".log")).findFirst()
                .orElseThrow());
        assertThat(log).as("the log line was written, redacted").contains("opened prod with").contains("***");
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String shape : shapesOf(SK)) {
                assertThat(indexOf(content, shape.getBytes(StandardCharsets.ISO_8859_1)))
                        .as("%s holds the secret as %s", file, shape).isEqualTo(-1);
            }
        }
    }

    /** The secret as bytes in every encoding a careless writer could use. */
    private static List<String> shapesOf(String secret) {
        List<String> shapes = new ArrayList<>();
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            shapes.add(new String(secret.getBytes(charset), StandardCharsets.ISO_8859_1));
        }
        shapes.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)).substring(0, 24));
        shapes.add(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        return shapes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static String value(String answer) {
        assertThat(answer).startsWith("VALUE ");
        return KeyringAgentProcess.word(answer, 1);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
