package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A history row in the table; its entry is replaced as the task moves, which refreshes the row. */
public final class HistoryRow {
    private final ReadOnlyObjectWrapper<HistoryEntry> entry;

    HistoryRow(HistoryEntry initial) {
        entry = new ReadOnlyObjectWrapper<>(this, "entry", initial);
    }

    public HistoryEntry entry() {
        return entry.get();
    }

    public ReadOnlyObjectProperty<HistoryEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    void set(HistoryEntry e) {
        entry.set(e);
    }
}
