package io.github.cbrsync.service;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.IOException;

/** Where history changes are made durable before they are shown (the journal); NONE keeps them in memory. */
public interface HistorySink {
    HistorySink NONE = entry -> { };

    /** Returns only once the entry is safely stored. */
    void append(HistoryEntry entry) throws IOException;
}
