package io.github.cbrsync.ui.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table that its view model sorts, not TableView: the column headers still choose the order (click, shift
 * click, the arrows), and the sort policy hands the chosen columns to the view model as one comparator built from
 * each column's value and comparator. That comparator reads the row items only (no cell value objects, no
 * bindings made per comparison, no column properties), so it is cheap and can run on a worker thread. The
 * comparator is not thread-safe (its collator): one sort, one thread at a time.
 */
public final class TableOrder<S> {
    private final Map<TableColumn<S, ?>, Function<S, ?>> keys = new HashMap<>();

    /** A column whose value is read from the (immutable) row item, as {@link Cells#value}, and sorts by it. */
    public <T> void column(TableColumn<S, T> column, Function<S, T> key) {
        Cells.value(column, key);
        key(column, key);
    }

    /** A column that follows an observable part of the row, as {@link Cells#follow}; sorts by its current value. */
    public <E, T> void follow(TableColumn<S, T> column, Function<S, ObservableValue<E>> part, Function<E, T> getter) {
        Cells.follow(column, part, getter);
        key(column, row -> getter.apply(part.apply(row).getValue()));
    }

    /** How a column whose cells are set up elsewhere sorts: by this value of the row. */
    public <T> void key(TableColumn<S, T> column, Function<S, T> key) {
        keys.put(column, key);
    }

    /** From now on the table's header clicks reach {@code sorter} (null when no column is chosen). */
    public void install(TableView<S> table, Consumer<Comparator<S>> sorter) {
        table.setSortPolicy(t -> {
            sorter.accept(comparatorFor(t.getSortOrder()));
            return true;
        });
    }

    /** The chosen columns in order, each ascending or descending; null for none. */
    public Comparator<S> comparatorFor(List<TableColumn<S, ?>> sortOrder) {
        Comparator<S> order = null;
        for (TableColumn<S, ?> column : sortOrder) {
            Comparator<S> byColumn = byColumn(column);
            if (byColumn != null) {
                order = order == null ? byColumn : order.thenComparing(byColumn);
            }
        }
        return order;
    }

    @SuppressWarnings("unchecked")
    private <T> Comparator<S> byColumn(TableColumn<S, T> column) {
        Function<S, T> key = (Function<S, T>) keys.get(column);
        if (key == null) {
            return null;
        }
        Comparator<T> values = column.getComparator() == TableColumn.DEFAULT_COMPARATOR
                ? natural(Collator.getInstance()) : column.getComparator();
        Comparator<S> ascending = (a, b) -> values.compare(key.apply(a), key.apply(b));
        return column.getSortType() == TableColumn.SortType.DESCENDING ? ascending.reversed() : ascending;
    }

    /**
     * What TableColumn's default comparator does (nulls first, text by the locale's collation, else the natural
     * order), with one collator per sort: the default makes a new collator for every comparison, which made
     * sorting 1,000 vault names by the header a visible stall.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Comparator<T> natural(Collator collator) {
        return (a, b) -> {
            if (a == null || b == null) {
                return a == b ? 0 : a == null ? -1 : 1;
            }
            if (a instanceof String x && b instanceof String y) {
                return collator.compare(x, y);
            }
            if (a instanceof Comparable x && a.getClass() == b.getClass()) {
                return x.compareTo(b);
            }
            return collator.compare(a.toString(), b.toString());
        };
    }
}
