package io.github.cbrsync.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/** Small helpers that keep the table set-up in the controllers short. */
public final class Cells {
    private Cells() {
    }

    /** A column whose value is the row item itself (the cell reads what it needs). */
    public static <S> void self(TableColumn<S, S> column) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    }

    /**
     * A column whose value is read from the row item, which is immutable: when the row changes, the list holds a
     * new item and the cell is updated with it. No binding or listener per cell (cheap at 100,000 rows).
     */
    public static <S, T> void value(TableColumn<S, T> column, Function<S, T> getter) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
    }

    /**
     * A column whose value is derived from an observable part of the row, and follows it: a row updated in
     * place repaints the moment its state changes (a list update event alone does not make TableView re-read
     * cell values).
     */
    public static <S, E, T> void follow(TableColumn<S, T> column, Function<S, ObservableValue<E>> part,
                                        Function<E, T> getter) {
        column.setCellValueFactory(c -> {
            ObservableValue<E> source = part.apply(c.getValue());
            return Bindings.createObjectBinding(() -> getter.apply(source.getValue()), source);
        });
    }

    /**
     * Cells that show text with an optional status colour (one of {@link Styles}' status classes, shown as a
     * pseudo-class of the cell) and a tooltip of the full
     * text, so a narrow column never hides an error message.
     */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> text(Function<T, String> text,
                                                                       Function<T, String> styleClass) {
        return text(text, styleClass, item -> {
            String s = text.apply(item);
            return s == null || s.length() < 24 ? null : s;
        });
    }

    /** The same with a tooltip of its own (null for none): "2 h ago" with the full date in the tooltip. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> text(Function<T, String> text,
                                                                       Function<T, String> styleClass,
                                                                       Function<T, String> tooltip) {
        CellTips<TableCell<S, T>> tips = new CellTips<>(cell -> cell.isEmpty() || cell.getItem() == null ? null
                : tooltip.apply(cell.getItem()));
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    Styles.showStateOf(this, null);
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(item));
                tips.offer(this, tooltip.apply(item) != null);
                Styles.showStateOf(this, styleClass.apply(item));
            }
        };
    }

    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> text(Function<T, String> text) {
        return text(text, item -> null);
    }
}
