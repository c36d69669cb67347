package io.github.cbrsync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * A history row keeps its instants as numbers and its optional parts as nullable fields: it still gives back
 * exactly what it was made of, is equal to a row made of the same, and its field comparators order rows as the
 * same comparisons of the instants would.
 */
@Tag("properties")
class HistoryEntryProperties {
    /** The comparators as they were written over the record's Instant and Optional accessors. */
    private static final Comparator<HistoryEntry> NEWEST_FIRST_BY_ACCESSORS =
            Comparator.comparing(HistoryEntry::requestedAt).thenComparing(HistoryEntry::localId).reversed();
    private static final Comparator<HistoryEntry> BY_REQUESTED_AT_BY_ACCESSORS =
            Comparator.comparing(HistoryEntry::requestedAt);
    private static final Comparator<HistoryEntry> BY_ENDED_AT_BY_ACCESSORS =
            Comparator.comparing(e -> e.endedAt().orElse(Instant.MAX));

    record Parts(String localId, Optional<String> op, Instant requested, Optional<Instant> ended,
                 Optional<TaskError> error, Optional<String> requestId, Optional<String> job) {
        HistoryEntry entry() {
            return new HistoryEntry(localId, op, "vault-1", "branch-vault-1", true, requested, HistoryStatus.SUCCESS,
                    100, new SyncCounters(3, 1, 0), error, requestId, ended, HistoryEntry.Origin.THIS_APP, 1, job);
        }
    }

    @Property
    void givesBackWhatItWasMadeOf(@ForAll("parts") Parts p) {
        HistoryEntry e = p.entry();
        assertThat(e.localId()).isEqualTo(p.localId());
        assertThat(e.operationLogId()).isEqualTo(p.op());
        assertThat(e.requestedAt()).isEqualTo(p.requested());
        assertThat(e.endedAt()).isEqualTo(p.ended());
        assertThat(e.error()).isEqualTo(p.error());
        assertThat(e.requestId()).isEqualTo(p.requestId());
        assertThat(e.jobId()).isEqualTo(p.job());
        assertThat(e).isEqualTo(p.entry()).hasSameHashCodeAs(p.entry());
        assertThat(e.toString()).contains("requestedAt=" + p.requested(), "endedAt=" + p.ended());
    }

    @Property
    void rowsMadeOfDifferentPartsDiffer(@ForAll("parts") Parts a, @ForAll("parts") Parts b) {
        assertThat(a.entry().equals(b.entry())).isEqualTo(a.equals(b));
    }

    @Property
    void fieldComparatorsOrderAsTheInstantsDo(@ForAll("parts") Parts a, @ForAll("parts") Parts b) {
        HistoryEntry x = a.entry();
        HistoryEntry y = b.entry();
        assertThat(Integer.signum(HistoryEntry.NEWEST_FIRST.compare(x, y)))
                .isEqualTo(Integer.signum(NEWEST_FIRST_BY_ACCESSORS.compare(x, y)));
        assertThat(Integer.signum(HistoryEntry.BY_REQUESTED_AT.compare(x, y)))
                .isEqualTo(Integer.signum(BY_REQUESTED_AT_BY_ACCESSORS.compare(x, y)));
        assertThat(Integer.signum(HistoryEntry.BY_ENDED_AT.compare(x, y)))
                .isEqualTo(Integer.signum(BY_ENDED_AT_BY_ACCESSORS.compare(x, y)));
    }

    @Provide
    Arbitrary<Parts> parts() {
        // Few distinct values, so that equal instants and IDs (the ties) come up often; the epoch and instants
        // before it too (an ended time of 0 must not read as "not ended").
        Arbitrary<Instant> instants = Combinators.combine(Arbitraries.longs().between(-2, 2),
                Arbitraries.of(0, 1, 999_999_999)).as((s, n) -> Instant.ofEpochSecond(s, n));
        Arbitrary<String> ids = Arbitraries.of("a", "b", "op:c");
        return Combinators.combine(ids, ids.optional(), instants, instants.optional(),
                Arbitraries.of(new TaskError("BackupService.6402", "failed")).optional(), ids.optional(),
                ids.optional()).as(Parts::new);
    }
}
