package io.github.cbrsync.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ModifiableObservableListBase;

/**
 * The list a large table shows, where {@link #set} says "this row was updated" instead of "this row was
 * replaced". The rows are immutable, so a row that changes is a new object in the same place; as a replacement,
 * TableView's skin drops every visible cell back to empty and fills it again, and its selection and focus
 * models re-select: at 1,000 followed tasks that ran every frame and kept the FX thread busy. As an update,
 * the table lays its cells out again and only the cells whose item changed are filled again; selection and
 * focus stay on their rows. Adds, removes and {@code setAll} report what they do, as in any list.
 *
 * <p>The rows are held in {@link ChunkedRows}, where inserting a row at the top does not move the 100,000 below
 * it. RandomAccess, as the list under it: without it, Collections.binarySearch walks the list with an iterator,
 * and placing one row in 100,000 cost the FX thread whole frames.
 */
final class RowUpdates<T> extends ModifiableObservableListBase<T> implements RandomAccess {
    private List<T> rows = new ChunkedRows<>();

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** Puts the newer version of a row in its place, reported as an update of that row. */
    @Override
    public T set(int index, T row) {
        T before = rows.set(index, row);
        beginChange();
        nextUpdate(index);
        endChange();
        return before;
    }

    /**
     * All rows replaced in one change, in linear time: the inherited version empties the list one row at a time
     * from the front, which is quadratic (a new filter on 100,000 rows held the FX thread for a third of a
     * second).
     */
    @Override
    public boolean setAll(Collection<? extends T> replacement) {
        if (replacement.isEmpty() && rows.isEmpty()) {
            return false;
        }
        List<T> before = rows;
        rows = new ChunkedRows<>(replacement);
        beginChange();
        try {
            if (!before.isEmpty()) {
                nextRemove(0, before);
            }
            if (!rows.isEmpty()) {
                nextAdd(0, rows.size());
            }
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public void clear() {
        setAll(List.of());
    }

    @Override
    protected void doAdd(int index, T row) {
        rows.add(index, row);
    }

    @Override
    protected T doSet(int index, T row) {
        return rows.set(index, row);
    }

    @Override
    protected T doRemove(int index) {
        return rows.remove(index);
    }
}
