package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.app.AppLogging;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.testing.Permissions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file and folder the stores write is owner-only from its creation (created with the permissions, so no
 * other user ever had a moment to open it), and what an older version left readable is tightened at start.
 */
class OwnerOnlyFilesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFreshHomeHoldsOnlyOwnerOnlyFilesAfterEveryStoreRan() throws Exception {
        Path home = dir.resolve("fresh/home");
        AppPaths paths = AppPaths.under(home);
        Logger root = LogManager.getLogManager().getLogger("");
        List<Handler> before = List.of(root.getHandlers());
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor();
        try {
            AppLogging.install(paths.logs());
            System.getLogger("owner-only-test").log(System.Logger.Level.WARNING, "a log line");

            SettingsStore settings = new SettingsStore(paths.config().resolve("settings.json"), saver,
                    Duration.ofMillis(1));
            settings.load();
            settings.update(s -> s.withLastProfile("prod"));
            settings.flush();

            ProfileStore profiles = new ProfileStore(paths.config().resolve("profiles.json"));
            profiles.save(List.of(ConnectionProfile.akSk("prod", "cn-north-4", "p", "AK", CredentialSource.TYPED)));

            HistoryJournal journal = new HistoryJournal(paths.historyFolder().resolve("prod.jsonl"));
            journal.load();
            HistoryEntry row = HistoryEntry.requested("1", "v-1", "vault", false, NOW);
            journal.append(row);
            journal.append(row.withTaskId("op-1"));
            journal.compact(List.of(row.withTaskId("op-1")), Retention.DEFAULT, NOW);
            journal.append(row);
            journal.close();

            // Damaged files are kept aside (copies) and rewritten: those copies are the app's files too.
            Files.writeString(paths.config().resolve("settings.json"), "{broken");
            Files.writeString(paths.config().resolve("profiles.json"), "[nonsense");
            Path damagedJournal = paths.historyFolder().resolve("damaged.jsonl");
            Files.writeString(damagedJournal, "garbage\n" + "{\"id\":\"x\"}\n");
            paths.tightenExisting();
            new SettingsStore(paths.config().resolve("settings.json"), saver, Duration.ofMillis(1)).load();
            assertThat(profiles.load().notice()).isPresent();
            try (HistoryJournal damaged = new HistoryJournal(damagedJournal)) {
                assertThat(damaged.load().warnings()).isNotEmpty();
            }
        } finally {
            saver.shutdownNow();
            for (Handler h : root.getHandlers()) {
                if (!before.contains(h)) {
                    root.removeHandler(h);
                    h.close();
                }
            }
        }

        List<String> listing = Permissions.listing(dir.resolve("fresh"));
        assertThat(listing).as("what the run wrote").anySatisfy(l -> assertThat(l).contains("settings.json.corrupt-"))
                .anySatisfy(l -> assertThat(l).contains("profiles.json.corrupt-"))
                .anySatisfy(l -> assertThat(l).contains("damaged.jsonl.corrupt-"))
                .anySatisfy(l -> assertThat(l).startsWith("home/logs/cbr-sync-desk-0.log "))
                .anySatisfy(l -> assertThat(l).startsWith("home/data/history/prod.jsonl "));
        assertThat(Permissions.notOwnerOnly(dir.resolve("fresh"))).as(String.join("\n", listing)).isEmpty();
    }

    @Test
    void whatAnOlderVersionLeftReadableIsTightenedAndLinksAreNotFollowed() throws Exception {
        AppPaths paths = AppPaths.under(dir.resolve("home"));
        Path journal = paths.historyFolder().resolve("prod.jsonl");
        Files.createDirectories(journal.getParent());
        Files.createDirectories(paths.logs());
        Files.createDirectories(paths.config());
        Files.writeString(journal, "{}\n");
        Files.writeString(paths.logs().resolve("cbr-sync-desk-0.log"), "old log\n");
        Files.writeString(paths.config().resolve("settings.json"), "{}");
        Path outside = Files.writeString(dir.resolve("someone-elses-file.txt"), "not ours");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(paths.config().resolve("link-to-outside"), outside);
        for (Path p : List.of(journal, paths.logs().resolve("cbr-sync-desk-0.log"), paths.config().resolve(
                "settings.json"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-r--"));
        }
        for (Path p : List.of(paths.config(), paths.data(), paths.historyFolder(), paths.logs())) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        paths.tightenExisting();

        assertThat(Permissions.notOwnerOnly(paths.config())).isEmpty();
        assertThat(Permissions.notOwnerOnly(paths.data())).isEmpty();
        assertThat(Permissions.notOwnerOnly(paths.logs())).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outside)))
                .as("a link is not followed out of the app's folders").isEqualTo("rw-r--r--");
    }

    @Test
    void logFilesStayOwnerOnlyThroughRotationAndASecondInstanceWritesItsOwnSet() throws Exception {
        Path logs = dir.resolve("logs");
        RotatingLogFile first = new RotatingLogFile(logs, "app", 600, 3);
        first.setFormatter(new SimpleFormatter());
        RotatingLogFile second = new RotatingLogFile(logs, "app", 600, 3);
        second.setFormatter(new SimpleFormatter());
        try {
            for (int i = 0; i < 40; i++) {
                first.publish(new LogRecord(Level.INFO, "record " + i + " 上海 vault"));
            }
            second.publish(new LogRecord(Level.INFO, "from the second instance"));
        } finally {
            first.close();
            second.close();
        }

        try (var files = Files.list(logs)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("three generations for the first, its own set for the second, lock files gone")
                    .containsExactly("app-0.log", "app-1-0.log", "app-1.log", "app-2.log");
        }
        assertThat(Files.readString(logs.resolve("app-0.log"), StandardCharsets.UTF_8)).contains("record 39 上海 vault");
        assertThat(Files.readString(logs.resolve("app-1-0.log"))).contains("from the second instance");
        assertThat(Files.size(logs.resolve("app-2.log"))).isLessThan(600 + 200);
        assertThat(Permissions.notOwnerOnly(logs)).isEmpty();
        assertThat(Files.getPosixFilePermissions(logs)).isEqualTo(Set.copyOf(OwnerOnlyFiles.FOLDER));
    }

    @Test
    void aStaleTempFileFromACrashDoesNotLendItsPermissions() throws Exception {
        Path target = dir.resolve("config/settings.json");
        Files.createDirectories(target.getParent());
        Path stale = Files.writeString(target.resolveSibling("settings.json.tmp"), "half");
        Files.setPosixFilePermissions(stale, PosixFilePermissions.fromString("rw-rw-rw-"));

        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(target).hasContent("{}");
    }
}
