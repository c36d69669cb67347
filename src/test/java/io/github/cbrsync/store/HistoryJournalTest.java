package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskError;
import io.github.cbrsync.domain.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryJournalTest {
    @TempDir
    Path dir;

    static HistoryEntry row(String id, Instant at) {
        return HistoryEntry.requested(id, "vault-" + id, "名字, \"quoted\"\nline", true, at);
    }

    @Test
    void foldsStatusChangesIntoOneRowEach() throws Exception {
        Path file = dir.resolve("h/demo.jsonl");
        try (HistoryJournal journal = new HistoryJournal(file)) {
            journal.load();
            HistoryEntry a = row("a", Instant.parse("2026-01-01T00:00:00Z"));
            journal.append(a);
            journal.append(row("b", Instant.parse("2026-01-02T00:00:00Z")));
            HistoryEntry running = a.withTaskId("op-a");
            journal.append(running);
            journal.append(running.withTask(new SyncTask("op-a", "v", "n", "sync", TaskStatus.FAILED, 40,
                    new SyncCounters(1, 2, 3), Optional.of(new TaskError("E1", "broke")), Optional.empty(),
                    Optional.empty(), Optional.of(Instant.parse("2026-01-01T00:05:00Z")), Optional.empty())));
        }
        HistoryJournal.Loaded loaded = new HistoryJournal(file).load();
        assertThat(loaded.lines()).isEqualTo(4);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.entries()).extracting(HistoryEntry::localId).containsExactly("a", "b");
        HistoryEntry a = loaded.entries().get(0);
        assertThat(a.status()).isEqualTo(HistoryStatus.FAILED);
        assertThat(a.operationLogId()).contains("op-a");
        assertThat(a.counters()).isEqualTo(new SyncCounters(1, 2, 3));
        assertThat(a.error()).contains(new TaskError("E1", "broke"));
        assertThat(a.vaultName()).isEqualTo("名字, \"quoted\"\nline");
    }

    @Test
    void aTornLastLineIsSkippedWithAWarningAndCutOff() throws Exception {
        Path file = dir.resolve("torn.jsonl");
        try (HistoryJournal journal = new HistoryJournal(file)) {
            journal.load();
            journal.append(row("a", Instant.now()));
            journal.append(row("b", Instant.now()));
        }
        String content = Files.readString(file);
        Files.writeString(file, content + content.substring(0, 40));

        HistoryJournal journal = new HistoryJournal(file);
        HistoryJournal.Loaded loaded = journal.load();
        assertThat(loaded.entries()).extracting(HistoryEntry::localId).containsExactly("a", "b");
        assertThat(loaded.warnings()).singleElement().asString().contains("incomplete");
        assertThat(Files.readString(file)).isEqualTo(content);
        journal.append(row("c", Instant.now()));
        journal.close();
        assertThat(new HistoryJournal(file).load().entries()).hasSize(3);
    }

    @Test
    void aTornLastLineFollowedByBlankLinesIsCutOffToo() throws Exception {
        // Found by JournalDamageProperties: a line break inserted at the end of a torn line left it in place.
        Path file = dir.resolve("torn-blank.jsonl");
        try (HistoryJournal journal = new HistoryJournal(file)) {
            journal.load();
            journal.append(row("a", Instant.now()));
        }
        String content = Files.readString(file);
        Files.writeString(file, content + content.substring(0, 40) + "\n \r\n\n");

        try (HistoryJournal journal = new HistoryJournal(file)) {
            assertThat(journal.load().warnings()).singleElement().asString().contains("incomplete");
        }
        assertThat(Files.readString(file)).isEqualTo(content);
        try (HistoryJournal again = new HistoryJournal(file)) {
            assertThat(again.load().warnings()).isEmpty();
        }
    }

    @Test
    void aCompleteLastLineWithoutNewlineIsKeptAndNotGluedToTheNext() throws Exception {
        Path file = dir.resolve("nonl.jsonl");
        Files.writeString(file, HistoryCodec.toLine(row("a", Instant.now())));
        try (HistoryJournal journal = new HistoryJournal(file)) {
            assertThat(journal.load().entries()).hasSize(1);
            journal.append(row("b", Instant.now()));
        }
        assertThat(new HistoryJournal(file).load().entries()).hasSize(2);
    }

    @Test
    void damageInsideTheFileKeepsACopyAsideAndRescuesTheReadableRows() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        String good1 = HistoryCodec.toLine(row("a", Instant.now()));
        String good2 = HistoryCodec.toLine(row("b", Instant.now()));
        byte[] damaged = (good1 + "\n\u0000\u0001garbage{{{\n" + good2 + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);

        HistoryJournal.Loaded loaded = new HistoryJournal(file).load();

        assertThat(loaded.entries()).extracting(HistoryEntry::localId).containsExactly("a", "b");
        assertThat(loaded.warnings()).singleElement().asString().contains("copy was kept");
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("bad.jsonl.corrupt-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        }
        assertThat(new HistoryJournal(file).load().warnings()).isEmpty();
    }

    @Test
    void compactionKeepsTheNewestRowsWithinTheAgeLimit() throws Exception {
        Path file = dir.resolve("c.jsonl");
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        HistoryJournal journal = new HistoryJournal(file);
        journal.load();
        for (int i = 0; i < 10; i++) {
            journal.append(row("r" + i, now.minus(Duration.ofDays(i * 10L))));
        }
        List<HistoryEntry> all = new HistoryJournal(file).load().entries();

        int dropped = journal.compact(all, new Retention(5, Duration.ofDays(35)), now);
        journal.close();

        assertThat(dropped).isEqualTo(6);
        assertThat(new HistoryJournal(file).load().entries()).extracting(HistoryEntry::localId)
                .containsExactly("r3", "r2", "r1", "r0");
        assertThat(Files.readAllLines(file)).hasSize(4);
    }

    @Test
    void appendsAfterCompactionGoToTheNewFile() throws Exception {
        Path file = dir.resolve("d.jsonl");
        HistoryJournal journal = new HistoryJournal(file);
        journal.load();
        journal.append(row("a", Instant.now()));
        journal.compact(List.of(row("a", Instant.now())), Retention.DEFAULT, Instant.now());
        journal.append(row("b", Instant.now()));
        journal.close();
        assertThat(new HistoryJournal(file).load().entries()).hasSize(2);
    }

    @Test
    void aClosedJournalStaysClosed() throws Exception {
        HistoryJournal journal = new HistoryJournal(dir.resolve("closed.jsonl"));
        journal.load();
        journal.append(row("1", java.time.Instant.now()));
        journal.close();

        // Work that outlives its connection must fail loudly, not reopen the file behind the next connection's back.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> journal.append(row("2", java.time.Instant.now())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(new HistoryJournal(dir.resolve("closed.jsonl")).load().entries()).hasSize(1);
    }
}
