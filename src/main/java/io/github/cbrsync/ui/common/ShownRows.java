package io.github.cbrsync.ui.common;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a large table shows: the rows its filter lets through, in its sort order. One changed row moves by a
 * binary search (a set, or a remove and an insert); a new filter or order is applied to a snapshot on a worker
 * and lands in one change. This replaces FilteredList + SortedList, which filter and sort on the FX thread: at
 * 100,000 rows a filter change made SortedList remove rows one by one (quadratic) and stalled the window for
 * a second.
 *
 * <p>The order is made total with a tie-break (the rows' natural order, then their identity), so a binary
 * search finds exactly the row that is there. Used on the UI thread only; the worker sees copies.
 */
public final class ShownRows<T> {
    private static final System.Logger LOG = System.getLogger(ShownRows.class.getName());

    private final ObservableList<T> shown = new RowUpdates<>();
    private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(shown);
    private final Supplier<List<T>> allRows;
    private final Comparator<T> tieBreak;
    private final BackgroundRunner runner;
    private View<T> current;
    private View<T> wanted;
    private long generation;
    private List<Change<T>> sinceSnapshot;
    private BackgroundWork rebuilding = BackgroundWork.DONE;
    private RowsHolder holder = RowsHolder.NONE;
    /** Inside {@link #inOneGo}: what puts the table's selection back, once the shown rows changed (else null). */
    private Runnable putBack;
    private boolean inOneGo;

    /**
     * @param allRows  a fresh copy of every row (taken on the UI thread when the view is rebuilt)
     * @param tieBreak a total order: the order among rows the chosen order finds equal, and the order alone
     *                 when no column is chosen
     */
    public ShownRows(Supplier<List<T>> allRows, Comparator<T> tieBreak, BackgroundRunner runner) {
        this.allRows = allRows;
        this.tieBreak = tieBreak;
        this.runner = runner;
        this.current = new View<>(row -> true, tieBreak);
        this.wanted = current;
    }

    /**
     * The rows as shown; changes arrive as updates of a row in its place ({@link RowUpdates}), moves and
     * inserts of single rows, or one replacement of all.
     */
    public ObservableList<T> list() {
        return readOnly;
    }

    /** A row was added ({@code before} null), or replaced by a newer version of itself. */
    public void changed(T before, T after) {
        inOneGo(() -> {
            if (sinceSnapshot != null) {
                sinceSnapshot.add(new Change<>(before, after));
            }
            current.place(shown, before, after, this::beforeChange);
        });
    }

    /**
     * Runs many {@link #changed} calls (one trip of updates to the UI thread) telling the {@link RowsHolder} at
     * most once, before the first change of the shown rows; what it returns runs at the end.
     */
    public void inOneGo(Runnable changes) {
        if (inOneGo) {
            changes.run();
            return;
        }
        inOneGo = true;
        try {
            changes.run();
        } finally {
            inOneGo = false;
            Runnable after = putBack;
            putBack = null;
            if (after != null) {
                after.run();
            }
        }
    }

    private void beforeChange() {
        if (putBack == null) {
            putBack = holder.beforeChange();
        }
    }

    /** Where the given version of a row is shown, or -1 (filtered out, or not the version shown). */
    public int indexOf(T row) {
        int at = row != null && current.filter.test(row) ? current.find(shown, row) : -1;
        return at >= 0 && shown.get(at).equals(row) ? at : -1;
    }

    /** Many rows arrived at once (a restore): cheaper as one rebuild than as single inserts. */
    public void reload() {
        rebuild(wanted);
    }

    public void setFilter(Predicate<? super T> filter) {
        rebuild(new View<>(filter, wanted.order));
    }

    /** The chosen order (null for none); the tie-break still applies after it. */
    public void setOrder(Comparator<T> order) {
        rebuild(new View<>(wanted.filter, order == null ? tieBreak : order.thenComparing(tieBreak)));
    }

    /**
     * What the table keeps in place while rows change (its selection): told once before a replacement of every
     * row, and once before the first change of a trip of updates ({@link #inOneGo}). TableView on its own
     * shifts its selection index by index at every insert, and walks its selection up to the highest chosen row
     * at every other change: at 100,000 rows with a row chosen far down, seconds of the FX thread while a bulk
     * sync moved and updated rows.
     */
    public void setHolder(RowsHolder holder) {
        this.holder = holder;
    }

    /** Whether a rebuild is still running (the list shows the previous filter or order until it ends). */
    public boolean isRebuilding() {
        return sinceSnapshot != null;
    }

    private void rebuild(View<T> view) {
        wanted = view;
        long mine = ++generation;
        rebuilding.cancel();
        List<T> snapshot = allRows.get();
        sinceSnapshot = new ArrayList<>();
        try {
            rebuilding = runner.run("filter and sort rows", () -> view.apply(snapshot), rows -> {
                if (mine == generation) {
                    show(view, view.withChanges(rows, sinceSnapshot));
                }
            }, failure -> {
                if (mine == generation) {
                    LOG.log(Level.WARNING, "could not filter and sort the rows; showing the previous view", failure);
                    sinceSnapshot = null;
                    wanted = current;
                }
            });
        } catch (RejectedExecutionException closing) {
            // The workers' owner is closing (a filter committed as the window goes): nothing left to show it to.
            sinceSnapshot = null;
            wanted = current;
        }
    }

    private void show(View<T> view, List<T> rows) {
        sinceSnapshot = null;
        current = view;
        Runnable after = holder.beforeChange();
        shown.setAll(rows);
        after.run();
    }

    private record Change<T>(T before, T after) {
    }

    /** A filter and a total order, and how a row finds its place under them. */
    private record View<T>(Predicate<? super T> filter, Comparator<T> order) {

        List<T> apply(List<T> rows) {
            List<T> result = new ArrayList<>(rows.size());
            for (T row : rows) {
                if (filter.test(row)) {
                    result.add(row);
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException(); // a newer filter or order replaced this one
            }
            result.sort(order);
            return result;
        }

        /**
         * Puts {@code after} where {@code before} was, or where it belongs; drops it if the filter says so.
         * {@code beforeChange} runs before the list changes.
         */
        void place(List<T> list, T before, T after, Runnable beforeChange) {
            int from = before != null && filter.test(before) ? find(list, before) : -1;
            boolean show = after != null && filter.test(after);
            if (from < 0 && !show) {
                return;
            }
            beforeChange.run();
            if (from >= 0 && show && staysAt(list, from, after)) {
                list.set(from, after);
                return;
            }
            if (from >= 0) {
                list.remove(from);
            }
            if (show) {
                int at = insertionPoint(list, after);
                if (at >= 0) {
                    list.set(at, after); // the same row under the total order: never two of it
                } else {
                    list.add(-at - 1, after);
                }
            }
        }

        /**
         * {@code rows} (sorted in this view) once {@code changes} are applied in turn: what {@link #place} gives
         * change by change, in one pass over the rows. Placing them one by one moved up to every row of a
         * 100,000-row list per change, and a bulk sync makes a thousand changes while a re-sort runs: a tenth of
         * a second of the FX thread when the re-sort landed.
         */
        List<T> withChanges(List<T> rows, List<Change<T>> changes) {
            if (changes.isEmpty()) {
                return rows;
            }
            TreeSet<T> added = new TreeSet<>(order); // one version of each row, as place() would leave it
            BitSet gone = new BitSet(rows.size()); // rows of the list that a change removed or replaced
            for (Change<T> change : changes) {
                if (change.before != null && filter.test(change.before) && !added.remove(change.before)) {
                    markGone(rows, change.before, gone);
                }
                if (change.after != null && filter.test(change.after)) {
                    markGone(rows, change.after, gone); // the same row under the total order is replaced
                    added.remove(change.after);
                    added.add(change.after);
                }
            }
            List<T> result = new ArrayList<>(rows.size() - gone.cardinality() + added.size());
            Iterator<T> newRows = added.iterator();
            T next = newRows.hasNext() ? newRows.next() : null;
            for (int i = 0; i < rows.size(); i++) {
                if (gone.get(i)) {
                    continue;
                }
                T row = rows.get(i);
                while (next != null && order.compare(next, row) < 0) {
                    result.add(next);
                    next = newRows.hasNext() ? newRows.next() : null;
                }
                result.add(row);
            }
            while (next != null) {
                result.add(next);
                next = newRows.hasNext() ? newRows.next() : null;
            }
            return result;
        }

        private void markGone(List<T> rows, T row, BitSet gone) {
            int at = insertionPoint(rows, row);
            if (at >= 0) {
                gone.set(at);
            }
        }

        private boolean staysAt(List<T> list, int index, T row) {
            return (index == 0 || order.compare(list.get(index - 1), row) < 0)
                    && (index == list.size() - 1 || order.compare(row, list.get(index + 1)) < 0);
        }

        private int find(List<T> list, T row) {
            return Math.max(-1, insertionPoint(list, row));
        }

        /** The index of an equal row, or (-(insertion point) - 1); both lists are RandomAccess. */
        private int insertionPoint(List<T> list, T row) {
            return Collections.binarySearch(list, row, order);
        }
    }
}
