package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs on one journal (the window and the command line): appends from both are all kept; anything that
 * rewrites or cuts the file waits until one has it alone, because the other would go on appending to a file
 * nobody reads. Checked with two journal objects in this JVM and with a second process.
 */
class JournalSharingTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    private static HistoryEntry row(String id, Instant at) {
        return HistoryEntry.requested(id, "vault-" + id, "vault " + id, false, at);
    }

    @Test
    void appendsFromBothAreKeptAndCompactionWaitsUntilOneHasTheJournalAlone() throws Exception {
        Path file = dir.resolve("history/demo.jsonl");
        HistoryJournal window = new HistoryJournal(file);
        HistoryJournal commandLine = new HistoryJournal(file);
        window.load();
        window.append(row("old", NOW.minus(Duration.ofDays(400))));
        commandLine.load();
        for (int i = 0; i < 5; i++) {
            window.append(row("w" + i, NOW));
            commandLine.append(row("c" + i, NOW));
        }
        String before = Files.readString(file);

        HistoryJournal.Loaded shared = commandLine.loadKeeping(Retention.DEFAULT, NOW);
        assertThat(shared.openElsewhere()).isTrue();
        assertThat(shared.entries()).extracting(HistoryEntry::localId).doesNotContain("old").hasSize(10);
        assertThat(commandLine.compact(shared.entries(), Retention.DEFAULT, NOW)).isZero();
        assertThat(Files.readString(file)).as("not rewritten while the window appends").isEqualTo(before);

        window.close();
        HistoryJournal.Loaded alone = commandLine.loadKeeping(Retention.DEFAULT, NOW);
        assertThat(alone.openElsewhere()).isFalse();
        commandLine.append(row("after", NOW));
        commandLine.close();
        assertThat(Files.readAllLines(file)).hasSize(11);
        assertThat(new HistoryJournal(file).readAll()).extracting(HistoryEntry::localId).hasSize(11)
                .contains("w4", "c4", "after").doesNotContain("old");
    }

    @Test
    void aTornTailIsLeftAloneWhileAnotherHasTheJournalOpenAndTheNextAppendStartsAFreshLine() throws Exception {
        Path file = dir.resolve("torn.jsonl");
        HistoryJournal window = new HistoryJournal(file);
        window.load();
        window.append(row("a", NOW));
        // What a reader sees while the window is in the middle of writing a line.
        String partial = HistoryCodec.toLine(row("b", NOW)).substring(0, 30);
        Files.writeString(file, partial, java.nio.file.StandardOpenOption.APPEND);

        HistoryJournal commandLine = new HistoryJournal(file);
        HistoryJournal.Loaded loaded = commandLine.load();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(Files.readString(file)).endsWith(partial);
        commandLine.append(row("c", NOW));
        commandLine.close();
        window.close();

        assertThat(new HistoryJournal(file).readAll()).extracting(HistoryEntry::localId).containsExactly("a", "c");
    }

    @Test
    void anotherProcessHoldingTheJournalKeepsItFromBeingRewritten() throws Exception {
        Path file = dir.resolve("history/env.jsonl");
        try (HistoryJournal seed = new HistoryJournal(file)) {
            seed.load();
            seed.append(row("old", NOW.minus(Duration.ofDays(400))));
        }
        Process child = ChildJvm.command(JournalHolderChild.class, List.of(), file.toString())
                .redirectError(dir.resolve("child-stderr.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as(stderr()).isEqualTo("holding");
            HistoryJournal ours = new HistoryJournal(file);
            HistoryJournal.Loaded loaded = ours.loadKeeping(Retention.DEFAULT, Instant.now());
            assertThat(loaded.openElsewhere()).isTrue();
            assertThat(new HistoryJournal(file).readAll()).extracting(HistoryEntry::localId)
                    .containsExactly("old", "child-row");

            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            HistoryJournal.Loaded alone = ours.loadKeeping(Retention.DEFAULT, Instant.now());
            ours.close();
            assertThat(alone.openElsewhere()).isFalse();
            assertThat(new HistoryJournal(file).readAll()).extracting(HistoryEntry::localId)
                    .containsExactly("child-row");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void theJournalIsReadAgainOnlyWhenAnotherWroteToItSinceThisOneLeftIt() throws Exception {
        Path file = dir.resolve("history/demo.jsonl");
        try (HistoryJournal window = new HistoryJournal(file); HistoryJournal commandLine = new HistoryJournal(file)) {
            window.load();
            assertThat(window.readWrittenElsewhere()).as("no file yet, none written").isEmpty();
            window.append(row("w1", NOW));
            window.append(row("w2", NOW));
            assertThat(window.readWrittenElsewhere()).as("only its own appends").isEmpty();

            commandLine.append(row("c1", NOW));
            assertThat(window.readWrittenElsewhere()).extracting(HistoryEntry::localId)
                    .containsExactly("w1", "w2", "c1");
            assertThat(window.readWrittenElsewhere()).as("nothing new since that read").isEmpty();

            // Appends of both interleaved: the window's own append does not hide the other's.
            commandLine.append(row("c2", NOW));
            window.append(row("w3", NOW));
            assertThat(window.readWrittenElsewhere()).extracting(HistoryEntry::localId).contains("c2", "w3");
            assertThat(commandLine.readWrittenElsewhere()).as("never loaded: it cannot know, so it reads")
                    .extracting(HistoryEntry::localId).containsExactly("w1", "w2", "c1", "c2", "w3");
        }
    }

    private String stderr() throws Exception {
        Path f = dir.resolve("child-stderr.txt");
        return Files.exists(f) ? Files.readString(f) : "";
    }
}
