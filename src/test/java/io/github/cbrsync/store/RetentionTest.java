package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static HistoryEntry row(String id, int daysAgo) {
        return HistoryEntry.requested(id, "v", "v", false, NOW.minus(Duration.ofDays(daysAgo)));
    }

    private static List<String> ids(List<HistoryEntry> rows) {
        return rows.stream().map(HistoryEntry::localId).toList();
    }

    @Test
    void rowsInOrderWithNothingToDropAreKeptAsTheyAreTiesIncluded() {
        List<HistoryEntry> rows = List.of(row("a", 9), row("b", 5), row("c", 5), row("d", 1));
        assertThat(ids(new Retention(10, Duration.ofDays(30)).kept(rows, NOW))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void rowsOutOfOrderComeBackOldestFirstWithTiesInTheirOrder() {
        // A task found on the server is written after newer rows of this workstation.
        List<HistoryEntry> rows = List.of(row("a", 5), row("b", 1), row("found", 7), row("c", 5));
        assertThat(ids(new Retention(10, Duration.ofDays(30)).kept(rows, NOW)))
                .containsExactly("found", "a", "c", "b");
    }

    @Test
    void theNewestRowsYoungerThanTheAgeAreKept() {
        List<HistoryEntry> rows = List.of(row("old", 40), row("a", 9), row("b", 5), row("c", 1));
        assertThat(ids(new Retention(10, Duration.ofDays(30)).kept(rows, NOW))).containsExactly("a", "b", "c");
        assertThat(ids(new Retention(2, Duration.ofDays(30)).kept(rows, NOW))).containsExactly("b", "c");
    }
}
