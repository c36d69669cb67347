package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows read back from the journal go in front of rows recorded since, which keep their newer state. */
class TaskHistoryRestoreTest {
    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    private static HistoryEntry row(String id) {
        return HistoryEntry.requested(id, "v-" + id, "vault " + id, false, AT);
    }

    @Test
    void savedRowsComeFirstAndARowRecordedSinceKeepsItsState() {
        TaskHistory history = new TaskHistory();
        List<List<HistoryEntry>> announced = new ArrayList<>();
        history.addRestoreListener(announced::add);
        HistoryEntry recorded = row("c").withTaskId("op-c");
        history.record(recorded);

        history.restore(List.of(row("a").withTaskId("op-a"), row("b"), row("c")));

        assertThat(history.snapshot()).extracting(HistoryEntry::localId).containsExactly("a", "b", "c");
        assertThat(history.get("c")).contains(recorded);
        assertThat(history.findByTask("op-a")).map(HistoryEntry::localId).contains("a");
        assertThat(history.findByTask("op-c")).map(HistoryEntry::localId).contains("c");
        assertThat(announced).singleElement().asList().extracting(e -> ((HistoryEntry) e).localId())
                .containsExactly("a", "b");
    }

    @Test
    void aRestoreAtStartKeepsTheJournalsOrder() {
        TaskHistory history = new TaskHistory();
        history.restore(List.of(row("x"), row("y"), row("z")));
        assertThat(history.snapshot()).extracting(HistoryEntry::localId).containsExactly("x", "y", "z");
    }

    @Test
    void aCatchUpBeforeTheLoadedRowsAreInReadsTheWholeJournalThenOnlyWhatChangedElsewhere() {
        List<HistoryEntry> onDisk = List.of(row("a"), row("b"));
        int[] fullReads = new int[1];
        HistorySink journal = new HistorySink() {
            @Override
            public void appendAll(List<HistoryEntry> entries) {
            }

            @Override
            public List<HistoryEntry> readAll() {
                fullReads[0]++;
                return onDisk;
            }

            @Override
            public List<HistoryEntry> readWrittenElsewhere() {
                return List.of(); // unchanged since it was loaded
            }
        };
        TaskHistory history = new TaskHistory(journal);

        // The journal is loaded (and marked as read), but the restore has not put its rows here yet.
        assertThat(history.mergeWrittenElsewhere()).isEqualTo(2);
        assertThat(history.snapshot()).extracting(HistoryEntry::localId).containsExactly("a", "b");

        history.restoreFromSink(onDisk);
        assertThat(history.mergeWrittenElsewhere()).isZero();
        assertThat(fullReads[0]).as("after the restore, an unchanged journal is not read again").isEqualTo(1);
        assertThat(history.snapshot()).extracting(HistoryEntry::localId).containsExactly("a", "b");
    }
}
