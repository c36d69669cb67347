package io.github.cbrsync.service;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.IOException;
import java.util.List;

/** Where history changes are made durable before they are shown (the journal); NONE keeps them in memory. */
public interface HistorySink {
    HistorySink NONE = entries -> { };

    /** Returns only once every entry is safely stored (one forced write for the whole batch). */
    void appendAll(List<HistoryEntry> entries) throws IOException;

    default void append(HistoryEntry entry) throws IOException {
        appendAll(List.of(entry));
    }

    /** Every row as stored now; changes nothing. A sink that keeps nothing has nothing to read back. */
    default List<HistoryEntry> readAll() throws IOException {
        return List.of();
    }

    /**
     * The same, but nothing when the store is exactly as this sink left it after loading it, rewriting it or
     * appending to it (a start with 100,000 rows then reads them once, not twice): only another process (the
     * command line beside the window) can have added rows.
     */
    default List<HistoryEntry> readWrittenElsewhere() throws IOException {
        return readAll();
    }
}
