package io.github.cbrsync.service;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The task history of one connection, in the order rows were created. Every change is first made durable
 * through the {@link HistorySink} (the journal), then announced to the listeners with the row's new state,
 * on the thread that made it: never the FX thread, which must not wait for the disk.
 */
public final class TaskHistory {
    private static final System.Logger LOG = System.getLogger(TaskHistory.class.getName());

    private final Map<String, HistoryEntry> entries = new LinkedHashMap<>();
    private final List<Consumer<HistoryEntry>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<HistoryEntry>>> restoreListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<IOException>> sinkFailureListeners = new CopyOnWriteArrayList<>();
    private final HistorySink sink;

    public TaskHistory() {
        this(HistorySink.NONE);
    }

    public TaskHistory(HistorySink sink) {
        this.sink = sink;
    }

    public void record(HistoryEntry entry) {
        synchronized (this) {
            if (entry.equals(entries.get(entry.localId()))) {
                return;
            }
            write(entry);
            entries.put(entry.localId(), entry);
        }
        listeners.forEach(l -> l.accept(entry));
    }

    /** Applies a change to a row, stores and announces it; empty if the row does not exist. */
    public Optional<HistoryEntry> update(String localId, UnaryOperator<HistoryEntry> change) {
        HistoryEntry updated;
        synchronized (this) {
            HistoryEntry current = entries.get(localId);
            if (current == null) {
                return Optional.empty();
            }
            updated = change.apply(current);
            if (updated.equals(current)) {
                return Optional.of(current);
            }
            write(updated);
            entries.put(localId, updated);
        }
        listeners.forEach(l -> l.accept(updated));
        return Optional.of(updated);
    }

    /** Puts rows read back from the journal (already durable) in front of anything recorded since. */
    public void restore(List<HistoryEntry> saved) {
        List<HistoryEntry> added = new ArrayList<>();
        synchronized (this) {
            Map<String, HistoryEntry> merged = new LinkedHashMap<>();
            for (HistoryEntry e : saved) {
                if (!entries.containsKey(e.localId())) {
                    merged.put(e.localId(), e);
                    added.add(e);
                }
            }
            merged.putAll(entries);
            entries.clear();
            entries.putAll(merged);
        }
        restoreListeners.forEach(l -> l.accept(added));
    }

    public synchronized Optional<HistoryEntry> get(String localId) {
        return Optional.ofNullable(entries.get(localId));
    }

    public synchronized Optional<HistoryEntry> findByTask(String operationLogId) {
        return entries.values().stream().filter(e -> e.operationLogId().filter(operationLogId::equals).isPresent())
                .findFirst();
    }

    public boolean knowsTask(String operationLogId) {
        return findByTask(operationLogId).isPresent();
    }

    public synchronized List<HistoryEntry> snapshot() {
        return new ArrayList<>(entries.values());
    }

    public void addListener(Consumer<HistoryEntry> listener) {
        listeners.add(listener);
    }

    /** Told once per restore with the rows that were added, in creation order. */
    public void addRestoreListener(Consumer<List<HistoryEntry>> listener) {
        restoreListeners.add(listener);
    }

    /** Told when a change could not be written: the row is still shown, but the user must know. */
    public void addSinkFailureListener(Consumer<IOException> listener) {
        sinkFailureListeners.add(listener);
    }

    private void write(HistoryEntry entry) {
        try {
            sink.append(entry);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "could not write the history journal", e);
            sinkFailureListeners.forEach(l -> l.accept(e));
        }
    }
}
