package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power-loss in miniature: a child JVM appends thousands of rows and is killed with SIGKILL while writing.
 * Every row it reported as written must be there afterwards, and the journal must load (the app starts).
 */
class JournalKillTest {
    private static final int KILL_AFTER = 2000;

    @TempDir
    Path dir;

    @Test
    void everyRowReportedAsWrittenSurvivesKillDashNine() throws Exception {
        Path journalFile = dir.resolve("history/demo.jsonl");
        Process child = ChildJvm.command(JournalWriterChild.class, List.of(), journalFile.toString())
                .redirectError(dir.resolve("child-stderr.txt").toFile()).start();
        List<String> reported = new ArrayList<>();
        long start = System.nanoTime();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                reported.add(line.substring("written ".length()));
                if (reported.size() == KILL_AFTER) {
                    // SIGKILL on Linux and macOS: no shutdown hook, no flush, exactly like a crash.
                    child.destroyForcibly();
                }
            }
        } catch (java.io.IOException closedByKill) {
            // Killing the child may close the pipe under the reader: what was read before is what counts.
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        long writeMs = (System.nanoTime() - start) / 1_000_000;

        long loadStart = System.nanoTime();
        HistoryJournal.Loaded loaded = new HistoryJournal(journalFile).load();
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
        Map<String, HistoryEntry> byId = loaded.entries().stream()
                .collect(Collectors.toMap(HistoryEntry::localId, Function.identity()));
        System.out.printf("kill -9 test: child reported %d rows in %d ms (exit %d); journal holds %d rows in %d "
                        + "lines (%d bytes), loaded in %d ms; warnings: %s%n", reported.size(), writeMs,
                child.exitValue(), byId.size(), loaded.lines(), Files.size(journalFile), loadMs, loaded.warnings());

        assertThat(reported).as(Files.readString(dir.resolve("child-stderr.txt")))
                .hasSizeGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(child.exitValue()).isNotZero();
        assertThat(reported).allSatisfy(id -> {
            assertThat(byId).containsKey(id);
            assertThat(byId.get(id).status()).isEqualTo(HistoryStatus.WAITING);
        });
    }
}
