package io.github.cbrsync.service;

import io.github.cbrsync.domain.HistoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The task history of one connection, in the order rows were created. Every change is announced to the
 * listeners with the row's new state, on the thread that made it.
 */
public final class TaskHistory {
    private final Map<String, HistoryEntry> entries = new LinkedHashMap<>();
    private final List<Consumer<HistoryEntry>> listeners = new CopyOnWriteArrayList<>();

    public void record(HistoryEntry entry) {
        synchronized (this) {
            entries.put(entry.localId(), entry);
        }
        listeners.forEach(l -> l.accept(entry));
    }

    /** Applies a change to a row and announces it; empty if the row does not exist. */
    public Optional<HistoryEntry> update(String localId, UnaryOperator<HistoryEntry> change) {
        HistoryEntry updated;
        synchronized (this) {
            HistoryEntry current = entries.get(localId);
            if (current == null) {
                return Optional.empty();
            }
            updated = change.apply(current);
            entries.put(localId, updated);
        }
        listeners.forEach(l -> l.accept(updated));
        return Optional.of(updated);
    }

    public synchronized Optional<HistoryEntry> get(String localId) {
        return Optional.ofNullable(entries.get(localId));
    }

    public synchronized boolean knowsTask(String operationLogId) {
        return entries.values().stream().anyMatch(e -> e.operationLogId().filter(operationLogId::equals).isPresent());
    }

    public synchronized List<HistoryEntry> snapshot() {
        return new ArrayList<>(entries.values());
    }

    public void addListener(Consumer<HistoryEntry> listener) {
        listeners.add(listener);
    }
}
