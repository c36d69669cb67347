package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link JournalSharingTest}: another program with the journal open (as the window is while
 * the command line runs). Appends one row, says so, then waits until the parent kills it.
 */
public final class JournalHolderChild {
    private JournalHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        HistoryJournal journal = new HistoryJournal(Path.of(args[0]));
        journal.load();
        journal.append(HistoryEntry.requested("child-row", "vault-child", "child", false, Instant.now()));
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
