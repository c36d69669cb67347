package io.github.cbrsync.testing;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.store.HistoryJournal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Journals written before a window opens, for tests and benchmarks of a large history. */
public final class HistoryFiles {
    private HistoryFiles() {
    }

    /**
     * {@code rows} ended syncs, one every 250 s ending about now minus 300 days, over {@code vaults} vaults named
     * {@code branch-vault-N}; every 17th failed, the rest succeeded. Row {@code i} is {@code old-i}.
     */
    public static void writeFinishedRows(Path file, int rows, int vaults) throws Exception {
        HistoryJournal journal = new HistoryJournal(file);
        journal.load();
        Instant base = Instant.now().minus(Duration.ofDays(300));
        List<HistoryEntry> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            HistoryEntry e = HistoryEntry.requested("old-" + i, "vault-" + (i % vaults),
                    "branch-vault-" + (i % vaults), i % 3 == 0, base.plusSeconds(i * 250L)).withTaskId("op-" + i);
            batch.add(new HistoryEntry(e.localId(), e.operationLogId(), e.vaultId(), e.vaultName(), e.autoTrigger(),
                    e.requestedAt(), i % 17 == 0 ? HistoryStatus.FAILED : HistoryStatus.SUCCESS, 100,
                    new SyncCounters(3, 1, 0), Optional.empty(), Optional.empty(),
                    Optional.of(e.requestedAt().plusSeconds(40)), e.origin(), 1, Optional.empty()));
            if (batch.size() == 5_000) {
                journal.appendAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            journal.appendAll(batch);
        }
        journal.close();
    }
}
