package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.history.HistoryViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long a 100,000-row journal takes to load, fold and reach the history table's model.
 * A benchmark: run with mvn -Pbenchmark verify; it asserts nothing about time.
 */
@Tag("benchmark")
class HistoryLoadBenchmark {
    private static final int ROWS = 100_000;

    @TempDir
    Path dir;

    @Test
    void loadsAHundredThousandRows() throws Exception {
        Path file = dir.resolve("big.jsonl");
        Instant base = Instant.now().minus(Duration.ofDays(200));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            HistoryEntry e = HistoryEntry.requested("row-" + i, "vault-" + (i % 60), "branch-vault-" + (i % 60),
                    i % 3 == 0, base.plusSeconds(i * 150L)).withTaskId("op-" + i);
            sb.append(HistoryCodec.toLine(e)).append('\n');
        }
        Files.writeString(file, sb);
        long bytes = Files.size(file);

        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            HistoryJournal.Loaded loaded = new HistoryJournal(file).load();
            long t1 = System.nanoTime();
            TaskHistory history = new TaskHistory();
            List<Runnable> ui = new ArrayList<>();
            HistoryViewModel model = new HistoryViewModel(history, new UiUpdateQueue(ui::add), BackgroundRunner.DIRECT);
            history.restore(loaded.entries());
            long t2 = System.nanoTime();
            ui.forEach(Runnable::run);
            long t3 = System.nanoTime();
            System.out.printf("history load benchmark run %d: %,d rows (%,d bytes): journal read+fold %d ms, "
                            + "restore %d ms, table model %d ms (%d rows visible); heap used %d MB%n", run,
                    loaded.entries().size(), bytes, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, model.visibleRows().size(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }
}
