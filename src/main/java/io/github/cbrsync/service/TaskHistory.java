package io.github.cbrsync.service;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The task history of one connection, in the order rows were created. Every change is first made durable
 * through the {@link HistorySink} (the journal), then announced to the listeners with the row's new state,
 * on the thread that made it: never the FX thread, which must not wait for the disk.
 * <p>
 * Following a thousand tasks changes a thousand rows per polling cycle: {@link #inBatch} makes such a cycle one
 * forced write instead of a thousand, and announces the rows only once that write has returned.
 */
public final class TaskHistory {
    private static final System.Logger LOG = System.getLogger(TaskHistory.class.getName());

    private final Map<String, HistoryEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> localIdByTask = new HashMap<>();
    private final List<Consumer<HistoryEntry>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<HistoryEntry>>> restoreListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<IOException>> sinkFailureListeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<HistoryEntry>> batch = new ThreadLocal<>();
    /** One read-and-merge of what other processes wrote at a time (see {@link #mergeWrittenElsewhere()}). */
    private final Object merging = new Object();
    /** Whether the rows loaded from the sink are all here: until then only a full read of the sink is trusted. */
    private volatile boolean restoredFromSink;
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
            put(entry);
        }
        written(entry);
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
            put(updated);
        }
        written(updated);
        return Optional.of(updated);
    }

    /**
     * Runs {@code changes} (which record and update rows on this thread) as one batch: one write for all of
     * them, then one announcement per row. Nested calls join the outer batch.
     */
    public void inBatch(Runnable changes) {
        if (batch.get() != null) {
            changes.run();
            return;
        }
        List<HistoryEntry> pending = new ArrayList<>();
        batch.set(pending);
        try {
            changes.run();
        } finally {
            batch.remove();
            if (!pending.isEmpty()) {
                write(pending);
                pending.forEach(e -> listeners.forEach(l -> l.accept(e)));
            }
        }
    }

    /** Puts rows read back from the journal (already durable) in front of anything recorded since. */
    public void restore(List<HistoryEntry> saved) {
        List<HistoryEntry> added = new ArrayList<>();
        synchronized (this) {
            // Built in place (at start, nothing was recorded since): one map of 100,000 rows, not three.
            Map<String, HistoryEntry> since = entries.isEmpty() ? Map.of() : new LinkedHashMap<>(entries);
            entries.clear();
            for (HistoryEntry e : saved) {
                if (!since.containsKey(e.localId())) {
                    entries.put(e.localId(), e);
                    index(e);
                    added.add(e);
                }
            }
            since.values().forEach(e -> {
                entries.put(e.localId(), e);
                index(e);
            });
        }
        restoreListeners.forEach(l -> l.accept(added));
    }

    /**
     * Reads the journal again and adds the rows another process wrote to it since (a sync the command line
     * started while the window is open), so they are known as this workstation's before anything is called
     * "started elsewhere". Rows this history knows keep their state here. Returns how many rows were added.
     */
    public int mergeWrittenElsewhere() {
        // Read and merge as one step: a second catch-up must not find the journal "already read" while the rows
        // the first one read are not merged yet. And before the rows loaded at start are all here (a catch-up can
        // start while the restore still runs), "unchanged since it was loaded" says nothing: read it all.
        synchronized (merging) {
            List<HistoryEntry> stored;
            try {
                stored = restoredFromSink ? sink.readWrittenElsewhere() : sink.readAll();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not read the history journal again: {0}", e.toString());
                return 0;
            }
            List<HistoryEntry> unknown;
            synchronized (this) {
                unknown = stored.stream().filter(e -> !entries.containsKey(e.localId())).toList();
            }
            if (!unknown.isEmpty()) {
                restore(unknown);
            }
            return unknown.size();
        }
    }

    /** {@link #restore} of the rows just loaded from this history's sink: from now on the sink knows what was read. */
    public void restoreFromSink(List<HistoryEntry> loaded) {
        synchronized (merging) {
            restore(loaded);
            restoredFromSink = true;
        }
    }

    public synchronized Optional<HistoryEntry> get(String localId) {
        return Optional.ofNullable(entries.get(localId));
    }

    public synchronized Optional<HistoryEntry> findByTask(String operationLogId) {
        return Optional.ofNullable(localIdByTask.get(operationLogId)).map(entries::get);
    }

    public boolean knowsTask(String operationLogId) {
        return findByTask(operationLogId).isPresent();
    }

    public synchronized List<HistoryEntry> snapshot() {
        return new ArrayList<>(entries.values());
    }

    /** Rows matching {@code filter}, in creation order, without copying the whole history. */
    public synchronized List<HistoryEntry> matching(Predicate<HistoryEntry> filter) {
        return entries.values().stream().filter(filter).toList();
    }

    public void addListener(Consumer<HistoryEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<HistoryEntry> listener) {
        listeners.remove(listener);
    }

    /** Told once per restore with the rows that were added, in creation order. */
    public void addRestoreListener(Consumer<List<HistoryEntry>> listener) {
        restoreListeners.add(listener);
    }

    /** Told when a change could not be written: the row is still shown, but the user must know. */
    public void addSinkFailureListener(Consumer<IOException> listener) {
        sinkFailureListeners.add(listener);
    }

    /** In a batch the entry waits for the batch's write; otherwise it is written now (under the lock, in order). */
    private void put(HistoryEntry entry) {
        List<HistoryEntry> pending = batch.get();
        if (pending == null) {
            write(List.of(entry));
        } else {
            pending.add(entry);
        }
        entries.put(entry.localId(), entry);
        index(entry);
    }

    private void written(HistoryEntry entry) {
        if (batch.get() == null) {
            listeners.forEach(l -> l.accept(entry));
        }
    }

    private void index(HistoryEntry entry) {
        entry.operationLogId().ifPresent(id -> localIdByTask.putIfAbsent(id, entry.localId()));
    }

    private void write(List<HistoryEntry> lines) {
        try {
            sink.appendAll(lines);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "could not write the history journal", e);
            sinkFailureListeners.forEach(l -> l.accept(e));
        }
    }
}
