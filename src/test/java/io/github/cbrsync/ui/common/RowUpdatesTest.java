package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RowUpdatesTest {
    private final RowUpdates<String> rows = new RowUpdates<>();
    private final List<String> changes = new ArrayList<>();

    RowUpdatesTest() {
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c.wasUpdated() ? "updated " + c.getFrom()
                        : c.wasReplaced() ? "replaced " + c.getRemoved() + " by " + c.getAddedSubList()
                        : c.wasAdded() ? "added " + c.getAddedSubList() + " at " + c.getFrom()
                        : "removed " + c.getRemoved() + " at " + c.getFrom());
            }
        });
    }

    @Test
    void aSetIsAnUpdateOfThatRowAndTheListHoldsTheNewVersion() {
        rows.addAll(List.of("a1", "b1", "c1"));
        changes.clear();
        assertThat(rows.set(1, "b2")).isEqualTo("b1");
        assertThat(changes).containsExactly("updated 1");
        assertThat(rows).containsExactly("a1", "b2", "c1");
    }

    @Test
    void insertsRemovalsAndAReplacementOfAllSayWhatTheyDo() {
        rows.add("a");
        rows.add(0, "b");
        rows.remove(1);
        rows.setAll(List.of("x", "y"));
        rows.clear();
        assertThat(rows.setAll(List.of())).as("nothing to replace").isFalse();
        assertThat(changes).containsExactly("added [a] at 0", "added [b] at 0", "removed [a] at 1",
                "replaced [b] by [x, y]", "removed [x, y] at 0");
        assertThat(rows).isEmpty();
        assertThat(rows).as("binary searches index it directly").isInstanceOf(RandomAccess.class);
    }

    @Test
    void replacingAHundredThousandRowsIsOneChange() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add("row " + i);
        }
        rows.setAll(many);
        rows.setAll(many.subList(0, 10));
        assertThat(changes).hasSize(2);
        assertThat(rows).hasSize(10).startsWith("row 0");
    }
}
