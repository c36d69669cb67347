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

    /**
     * Every row as stored now, including rows another process (the command line beside the window) wrote since
     * this one read them; changes nothing. A sink that keeps nothing has nothing to read back.
     */
    default List<HistoryEntry> readBack() throws IOException {
        return List.of();
    }
}
