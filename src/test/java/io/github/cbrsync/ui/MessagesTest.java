package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code and the FXML use exists in the bundle, so no user ever sees a raw key. */
class MessagesTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("Messages\\.(?:get|format)\\(\\s*\"([A-Za-z0-9_.]+)\"");

    @Test
    void everyLiteralKeyInFxmlAndJavaExists() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources"), ".fxml", FXML_KEY, used);
        collect(Path.of("src/main/java"), ".java", JAVA_KEY, used);
        // A key ending in '.' is a prefix completed at run time: everyComposedKeyExists covers those.
        used.removeIf(k -> k.endsWith("."));
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used).allSatisfy(key -> assertThat(Messages.bundle().containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyComposedKeyExists() {
        for (HistoryStatus s : HistoryStatus.values()) {
            assertThat(Messages.bundle().containsKey("history.status." + s.name())).as(s.name()).isTrue();
        }
        for (CbrApiException.Kind k : CbrApiException.Kind.values()) {
            assertThat(Messages.bundle().containsKey("error.headline." + k.name())).as(k.name()).isTrue();
        }
        for (io.github.cbrsync.ui.history.StatusFilter f : io.github.cbrsync.ui.history.StatusFilter.values()) {
            assertThat(Messages.bundle().containsKey("history.filter.status." + f.name())).as(f.name()).isTrue();
        }
        for (io.github.cbrsync.domain.HistoryEntry.Origin o : io.github.cbrsync.domain.HistoryEntry.Origin.values()) {
            assertThat(Messages.bundle().containsKey("history.origin." + o.name())).as(o.name()).isTrue();
        }
        for (io.github.cbrsync.domain.ProxyMode m : io.github.cbrsync.domain.ProxyMode.values()) {
            assertThat(Messages.bundle().containsKey("connection.proxy." + m.name())).as(m.name()).isTrue();
        }
        for (io.github.cbrsync.domain.CredentialSource c : io.github.cbrsync.domain.CredentialSource.values()) {
            assertThat(Messages.bundle().containsKey("connections.source." + c.name())).as(c.name()).isTrue();
        }
        for (io.github.cbrsync.domain.SecretKind k : io.github.cbrsync.domain.SecretKind.values()) {
            assertThat(Messages.bundle().containsKey("secret.kind." + k.name())).as(k.name()).isTrue();
        }
        for (String status : new String[] {"available", "lock", "frozen", "deleting", "error"}) {
            assertThat(Messages.bundle().containsKey("vault.status." + status)).isTrue();
        }
    }

    @Test
    void countsReadNaturally() {
        assertThat(Messages.format("status.counts", 1, 0)).isEqualTo("1 vault \u00b7 no syncs running");
        assertThat(Messages.format("status.counts", 24, 3)).isEqualTo("24 vaults \u00b7 3 syncs running");
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
