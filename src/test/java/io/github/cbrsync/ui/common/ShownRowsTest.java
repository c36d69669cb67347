package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ShownRowsTest {
    /** A row: an identity, a name to sort by and a state that changes. */
    record Row(String id, String name, int state) {
    }

    private static final Comparator<Row> BY_ID = Comparator.comparing(Row::id);
    private final Map<String, Row> all = new LinkedHashMap<>();
    private final HeldRunner runner = new HeldRunner();
    private final ShownRows<Row> rows = new ShownRows<>(() -> new ArrayList<>(all.values()), BY_ID, runner);

    private void put(Row row) {
        rows.changed(all.put(row.id(), row), row);
    }

    private List<String> ids() {
        return rows.list().stream().map(Row::id).toList();
    }

    @Test
    void aChangedRowIsUpdatedInPlaceWhenItsPlaceHoldsAndMovedWhenNot() {
        put(new Row("b", "beta", 0));
        put(new Row("a", "alpha", 0));
        put(new Row("c", "gamma", 0));
        assertThat(ids()).containsExactly("a", "b", "c");
        rows.setOrder(Comparator.comparingInt(Row::state));
        runner.runAll();
        List<String> changes = new ArrayList<>();
        rows.list().addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                changes.add(c.wasUpdated() ? "update " + c.getFrom() : c.wasReplaced() ? "set " + c.getFrom()
                        : c.wasAdded() ? "add " + c.getFrom() : "remove " + c.getFrom());
            }
        });

        put(new Row("b", "beta, renamed", 0)); // the same place under this order: updated where it is
        put(new Row("a", "alpha", 5)); // now sorts last
        assertThat(changes).as("an update, not a replacement: a table refills only that row's cells")
                .containsExactly("update 1", "remove 0", "add 2");
        assertThat(rows.list().get(0)).isEqualTo(new Row("b", "beta, renamed", 0));
        assertThat(ids()).containsExactly("b", "c", "a");
        assertThat(rows.list()).hasSize(3).contains(new Row("a", "alpha", 5));
    }

    @Test
    void theFilterLetsRowsInAndOutAsTheyChange() {
        rows.setFilter(r -> r.state() > 0);
        runner.runAll();
        put(new Row("a", "alpha", 0));
        assertThat(ids()).isEmpty();
        put(new Row("a", "alpha", 1));
        put(new Row("b", "beta", 2));
        assertThat(ids()).containsExactly("a", "b");
        put(new Row("a", "alpha", 0));
        assertThat(ids()).containsExactly("b");
    }

    @Test
    void rowsThatChangeWhileARebuildRunsAreInItsResult() {
        put(new Row("a", "alpha", 1));
        put(new Row("b", "beta", 1));
        rows.setOrder(Comparator.comparing(Row::name).reversed());
        assertThat(rows.isRebuilding()).isTrue();
        put(new Row("c", "gamma", 1)); // arrives after the snapshot
        put(new Row("a", "alpha", 2)); // changes after the snapshot
        assertThat(ids()).as("until the rebuild lands: the old order, kept current").containsExactly("a", "b", "c");

        runner.runAll();
        assertThat(rows.isRebuilding()).isFalse();
        assertThat(ids()).containsExactly("c", "b", "a");
        assertThat(rows.list().get(2).state()).isEqualTo(2);
    }

    @Test
    void onlyTheLastOfSeveralQuickChangesOfFilterLands() {
        for (int i = 0; i < 10; i++) {
            put(new Row("r" + i, "row", i));
        }
        rows.setFilter(r -> r.state() < 5);
        rows.setFilter(r -> r.state() >= 8);
        runner.runAll();
        assertThat(ids()).containsExactly("r8", "r9");
    }

    @Test
    void rowsTheSameUnderTheChosenOrderKeepTheTieBreakOrder() {
        for (String id : List.of("d", "b", "a", "c")) {
            put(new Row(id, "same", 0));
        }
        rows.setOrder(Comparator.comparing(Row::name));
        runner.runAll();
        put(new Row("b", "same", 0));
        put(new Row("e", "same", 0));
        assertThat(ids()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void aReloadShowsRowsAddedWithoutSingleChanges() {
        all.put("x", new Row("x", "x", 0));
        all.put("y", new Row("y", "y", 0));
        rows.reload();
        runner.runAll();
        assertThat(ids()).containsExactly("x", "y");
    }

    @Test
    void aFailedRebuildKeepsThePreviousView() {
        put(new Row("a", "alpha", 1));
        rows.setFilter(r -> {
            throw new IllegalStateException("broken filter");
        });
        runner.runAll();
        assertThat(rows.isRebuilding()).isFalse();
        assertThat(ids()).containsExactly("a");
        put(new Row("b", "beta", 1));
        assertThat(ids()).containsExactly("a", "b");
    }

    @Test
    void theHolderIsToldOnceBeforeAReplacementOfAllRowsAndOnceBeforeABatchThatMovesRows() {
        put(new Row("a", "alpha", 1));
        put(new Row("b", "beta", 1));
        List<String> seen = new ArrayList<>();
        rows.setHolder(() -> {
            seen.add("hold " + ids());
            return () -> seen.add("back " + ids());
        });
        rows.setOrder(Comparator.comparing(Row::name).reversed());
        runner.runAll();
        assertThat(seen).containsExactly("hold [a, b]", "back [b, a]");

        seen.clear();
        rows.setFilter(r -> !r.id().equals("z"));
        runner.runAll();
        seen.clear();
        put(new Row("z", "zeta", 1)); // filtered out: the shown rows do not change
        assertThat(seen).as("no change, nothing to hold").isEmpty();

        rows.inOneGo(() -> {
            put(new Row("c", "gamma", 1));
            put(new Row("d", "delta", 1));
            put(new Row("b", "beta", 2));
        });
        assertThat(seen).as("told before the first insert, put back once at the end")
                .containsExactly("hold [b, a]", "back [c, d, b, a]");
        seen.clear();
        put(new Row("a", "alpha", 2)); // stays in its place: an update
        assertThat(seen).containsExactly("hold [c, d, b, a]", "back [c, d, b, a]");
        assertThat(rows.indexOf(new Row("d", "delta", 1))).isEqualTo(1);
        assertThat(rows.indexOf(new Row("d", "delta", 0))).as("another version of the row").isEqualTo(-1);
    }

    /** Holds background work until the test lets it run, as a worker thread would. */
    static final class HeldRunner implements BackgroundRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> BackgroundWork run(String name, Callable<T> work, Consumer<T> onSuccess,
                                      Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return BackgroundWork.DONE;
        }

        void runAll() {
            List<Runnable> batch = new ArrayList<>(held);
            held.clear();
            batch.forEach(Runnable::run);
        }
    }
}
