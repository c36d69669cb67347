package io.github.cbrsync.ui.common;

import io.github.cbrsync.store.AppSettings.TableLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Remembers a table's column order, widths, visibility and sort: restores them when the table is built and
 * saves them whenever the user changes one (the settings store debounces the writes).
 */
public final class TableLayouts {
    private TableLayouts() {
    }

    public static <S> void remember(TableView<S> table, String tableId, LayoutMemory memory) {
        memory.layout(tableId).ifPresent(layout -> apply(table, layout));
        InvalidationListener save = o -> memory.save(tableId, capture(table));
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> save.invalidated(null));
        table.getSortOrder().addListener((ListChangeListener<TableColumn<S, ?>>) c -> save.invalidated(null));
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.widthProperty().addListener(save);
            column.visibleProperty().addListener(save);
            column.sortTypeProperty().addListener(save);
        }
        HeaderWidths.fit(table);
    }

    public static <S> TableLayout capture(TableView<S> table) {
        List<TableLayout.Column> columns = table.getColumns().stream()
                .map(c -> new TableLayout.Column(c.getId(), c.getWidth(), c.isVisible())).toList();
        List<TableLayout.SortKey> sort = table.getSortOrder().stream()
                .map(c -> new TableLayout.SortKey(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING))
                .toList();
        return new TableLayout(columns, sort);
    }

    static <S> void apply(TableView<S> table, TableLayout layout) {
        Map<String, TableColumn<S, ?>> byId = new HashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (TableLayout.Column saved : layout.columns()) {
            TableColumn<S, ?> c = byId.remove(saved.id());
            if (c != null) {
                ordered.add(c);
                if (saved.width() > 10) {
                    c.setPrefWidth(saved.width());
                }
                c.setVisible(saved.visible());
            }
        }
        // Columns added in a newer version than the saved layout keep their place at the end.
        table.getColumns().stream().filter(c -> byId.containsKey(c.getId())).forEach(ordered::add);
        table.getColumns().setAll(ordered);
        List<TableColumn<S, ?>> sort = new ArrayList<>();
        for (TableLayout.SortKey key : layout.sort()) {
            table.getColumns().stream().filter(c -> c.getId().equals(key.id()) && c.isSortable()).findFirst()
                    .ifPresent(c -> {
                        c.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING
                                : TableColumn.SortType.DESCENDING);
                        sort.add(c);
                    });
        }
        table.getSortOrder().setAll(sort);
    }
}
