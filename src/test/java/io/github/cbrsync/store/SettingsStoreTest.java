package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.store.AppSettings.TableLayout;
import io.github.cbrsync.store.AppSettings.WindowBounds;
import io.github.cbrsync.testing.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        saver.shutdownNow();
    }

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.json"), saver, Duration.ofMillis(50));
    }

    @Test
    void eachConnectionRemembersTheRateItLearnedUntilThePreferencesChange() {
        SettingsStore first = store();
        first.load();
        first.update(s -> s.withTuning(2, 10, 150, 1000, 30).withLearnedRate("prod", 48.54));
        first.flush();

        AppSettings loaded = store().load();
        assertThat(loaded.ratePlan("prod")).isEqualTo(new io.github.cbrsync.api.RatePlan(48.5, 150, true));
        assertThat(loaded.ratePlan("other")).isEqualTo(new io.github.cbrsync.api.RatePlan(10, 150, false));
        // A new starting point or ceiling voids what was learned under the old one.
        assertThat(loaded.withTuning(2, 20, 150, 1000, 30).ratePlan("prod").learned()).isFalse();
        assertThat(loaded.withTuning(3, 10, 150, 1000, 30).ratePlan("prod").learned()).isTrue();
    }

    @Test
    void everythingSurvivesARestart() {
        SettingsStore first = store();
        first.load();
        TableLayout layout = new TableLayout(List.of(new TableLayout.Column("nameColumn", 220, true),
                new TableLayout.Column("idColumn", 90, false)), List.of(new TableLayout.SortKey("nameColumn", false)));
        first.update(s -> s.withWindow(new WindowBounds(10, 20, 1000, 700, false)).withTable("vaults", layout)
                .withAutoTrigger("vault-1", true).withLastProfile("prod").withTuning(5, 3.5, 80, 5000, 30));
        first.flush();

        AppSettings loaded = store().load();
        assertThat(loaded.window()).contains(new WindowBounds(10, 20, 1000, 700, false));
        assertThat(loaded.tables()).containsEntry("vaults", layout);
        assertThat(loaded.autoTrigger()).containsEntry("vault-1", true);
        assertThat(loaded.lastProfile()).contains("prod");
        assertThat(loaded.pollSeconds()).isEqualTo(5);
        assertThat(loaded.requestsPerSecond()).isEqualTo(3.5);
        assertThat(loaded.retention()).isEqualTo(new Retention(5000, Duration.ofDays(30)));
    }

    @Test
    void manyChangesInABurstAreOneWriteAndTheFileIsOwnerOnly() throws Exception {
        SettingsStore s = store();
        s.load();
        for (int i = 0; i < 200; i++) {
            int x = i;
            s.update(v -> v.withWindow(new WindowBounds(x, 0, 800, 600, false)));
        }
        Path file = dir.resolve("settings.json");
        // The debounced save runs on the saver thread: wait for its result, not for a guess at its duration.
        Waits.until(() -> Files.exists(file) && store().load().window().map(w -> w.x() == 199).orElse(false));
        s.flush(); // a save that began during the burst may be followed by the last one: none is left after this
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void aDamagedFileMeansDefaultsAKeptCopyAndANotice() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"window\": {\"x\": 1, ");
        SettingsStore s = store();

        assertThat(s.load()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(s.notice()).hasValueSatisfying(n -> assertThat(n).contains("damaged"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
    }

    @Test
    void aWindowThatWouldBeOffScreenIsNotRestored() {
        List<WindowPlacement.Area> oneScreen = List.of(new WindowPlacement.Area(0, 0, 1920, 1040));
        Optional<WindowBounds> onUnpluggedMonitor = Optional.of(new WindowBounds(2200, 100, 1200, 800, false));
        Optional<WindowBounds> titleAboveTheTop = Optional.of(new WindowBounds(100, -300, 1200, 800, false));
        Optional<WindowBounds> sliverOnScreen = Optional.of(new WindowBounds(1850, 100, 1200, 800, false));
        Optional<WindowBounds> fine = Optional.of(new WindowBounds(100, 80, 1200, 800, true));
        Optional<WindowBounds> tooBig = Optional.of(new WindowBounds(0, 0, 4000, 3000, false));

        assertThat(WindowPlacement.restore(onUnpluggedMonitor, oneScreen)).isEmpty();
        assertThat(WindowPlacement.restore(titleAboveTheTop, oneScreen)).isEmpty();
        assertThat(WindowPlacement.restore(sliverOnScreen, oneScreen)).isEmpty();
        assertThat(WindowPlacement.restore(fine, oneScreen)).isEqualTo(fine);
        assertThat(WindowPlacement.restore(tooBig, oneScreen)).contains(new WindowBounds(0, 0, 1920, 1040, false));
        assertThat(WindowPlacement.restore(onUnpluggedMonitor, List.of(new WindowPlacement.Area(0, 0, 1920, 1040),
                new WindowPlacement.Area(1920, 0, 2560, 1400)))).isEqualTo(onUnpluggedMonitor);
    }
}
