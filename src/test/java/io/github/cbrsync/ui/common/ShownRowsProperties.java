package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.ui.common.ShownRowsTest.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Rows that change while a new order or filter is worked out (a bulk sync while the history is re-sorted):
 * whatever they do, once the rebuild lands the table shows exactly the rows a fresh filter and sort of all rows
 * would show, with each row's latest version.
 */
@Tag("properties")
class ShownRowsProperties {
    private static final Comparator<Row> BY_ID = Comparator.comparing(Row::id);

    /** A change: the row with this id (of a small set, so rows change again and again) now has this state. */
    record Put(int id, int state) {
    }

    @Property
    void aRebuildThatLandsShowsEveryRowsLatestVersionInTheNewView(@ForAll("puts") List<Put> before,
                                                                  @ForAll("puts") List<Put> during,
                                                                  @ForAll boolean sortByState,
                                                                  @ForAll boolean filter) {
        Map<String, Row> all = new LinkedHashMap<>();
        ShownRowsTest.HeldRunner runner = new ShownRowsTest.HeldRunner();
        ShownRows<Row> rows = new ShownRows<>(() -> new ArrayList<>(all.values()), BY_ID, runner);
        before.forEach(p -> put(all, rows, p));

        Comparator<Row> order = sortByState ? Comparator.comparingInt(Row::state) : null;
        rows.setOrder(order);
        if (filter) {
            rows.setFilter(r -> r.state() % 3 != 0);
        }
        during.forEach(p -> put(all, rows, p));
        runner.runAll();

        Comparator<Row> total = order == null ? BY_ID : order.thenComparing(BY_ID);
        List<Row> expected = all.values().stream().filter(r -> !filter || r.state() % 3 != 0).sorted(total).toList();
        assertThat(rows.list()).containsExactlyElementsOf(expected);
    }

    private static void put(Map<String, Row> all, ShownRows<Row> rows, Put p) {
        Row row = new Row("r" + p.id(), "row " + p.id(), p.state());
        rows.changed(all.put(row.id(), row), row);
    }

    @Provide
    Arbitrary<List<Put>> puts() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 8))
                .as(Put::new).list().ofMaxSize(80);
    }
}
