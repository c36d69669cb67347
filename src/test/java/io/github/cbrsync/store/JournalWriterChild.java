package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link JournalKillTest}: appends rows forever and reports each one only after
 * append() returned, i.e. after it was forced to disk. The parent kills it with SIGKILL mid-stream.
 */
public final class JournalWriterChild {
    private JournalWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        HistoryJournal journal = new HistoryJournal(Path.of(args[0]));
        journal.load();
        for (int i = 0; ; i++) {
            HistoryEntry row = HistoryEntry.requested("row-" + i, "vault-" + (i % 40), "vault name " + i, i % 2 == 0,
                    Instant.now());
            journal.append(row);
            journal.append(row.withTaskId("op-" + i));
            System.out.println("written row-" + i);
            System.out.flush();
        }
    }
}
