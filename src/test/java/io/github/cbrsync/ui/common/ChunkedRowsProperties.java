package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * The history's row list behaves as an ArrayList under any mix of inserts, removes and sets anywhere, with
 * chunks small enough that they split and empty out many times: same rows, same order, same answers to a
 * binary search.
 */
@Tag("properties")
class ChunkedRowsProperties {
    /** An edit at a position given as a fraction of the list's length, so it lands anywhere in it. */
    record Edit(int kind, double where, int value) {
    }

    @Property
    void anyEditsLeaveTheSameRowsAsAnArrayList(@ForAll @IntRange(max = 40) int initial,
                                               @ForAll("edits") List<Edit> edits,
                                               @ForAll @IntRange(min = 1, max = 6) int mostPerChunk) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < initial; i++) {
            expected.add(i * 2);
        }
        List<Integer> rows = new ChunkedRows<>(expected, mostPerChunk);
        for (Edit edit : edits) {
            switch (edit.kind()) {
                case 0, 1 -> {
                    int at = (int) (edit.where() * (expected.size() + 1));
                    expected.add(at, edit.value());
                    rows.add(at, edit.value());
                }
                case 2 -> {
                    if (!expected.isEmpty()) {
                        int at = (int) (edit.where() * expected.size());
                        assertThat(rows.remove(at)).isEqualTo(expected.remove(at));
                    }
                }
                default -> {
                    if (!expected.isEmpty()) {
                        int at = (int) (edit.where() * expected.size());
                        assertThat(rows.set(at, edit.value())).isEqualTo(expected.set(at, edit.value()));
                    }
                }
            }
            assertThat(rows).hasSize(expected.size());
        }
        assertThat(rows).containsExactlyElementsOf(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(rows.get(i)).isEqualTo(expected.get(i));
        }
        rows.add(rows.size(), -1);
        assertThat(rows.get(rows.size() - 1)).isEqualTo(-1);
        assertThatThrownBy(() -> rows.get(rows.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Property
    void aBinarySearchFindsWhatItFindsInAnArrayList(@ForAll("sortedRows") List<Integer> sorted, @ForAll int key) {
        List<Integer> rows = new ChunkedRows<>(sorted, 4);
        assertThat(Collections.binarySearch(rows, key)).isEqualTo(Collections.binarySearch(sorted, key));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 0.999).ofScale(3),
                Arbitraries.integers()).as(Edit::new).list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<Integer>> sortedRows() {
        return Arbitraries.integers().between(-50, 50).list().ofMaxSize(60).uniqueElements()
                .map(l -> l.stream().sorted().toList());
    }
}
