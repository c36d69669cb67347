package io.github.cbrsync.service;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a bulk sync ended, for the one summary the user gets: how many vaults ended in each state, how many the
 * gate skipped (already syncing), how many were never sent (cancelled), and the rows that need a person
 * (refusals, unknown outcomes) so the summary can name them.
 */
public record JobSummary(String jobId, int total, Map<HistoryStatus, Integer> byStatus, int skippedByGate,
                         int neverSent, boolean cancelled, List<HistoryEntry> needAttention) {

    public JobSummary {
        byStatus = Map.copyOf(byStatus);
        needAttention = List.copyOf(needAttention);
    }

    static JobSummary of(JobPlan plan, List<HistoryEntry> rows, int skippedByGate, int neverSent, boolean cancelled) {
        Map<HistoryStatus, Integer> counts = new EnumMap<>(HistoryStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        List<HistoryEntry> attention = rows.stream()
                .filter(r -> r.status().isProblem() && !r.status().isServerOutcome())
                .toList();
        return new JobSummary(plan.id(), plan.items().size(), counts, skippedByGate, neverSent, cancelled, attention);
    }

    public int count(HistoryStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** Vaults whose task ended well (succeeded or skipped by the server). */
    public int succeeded() {
        return count(HistoryStatus.SUCCESS) + count(HistoryStatus.SKIPPED);
    }

    /** Vaults whose task the server ended badly (failed or timed out). */
    public int failedOnServer() {
        return count(HistoryStatus.FAILED) + count(HistoryStatus.TIMEOUT);
    }

    /** Everything that did not end well, including refusals, unknown outcomes and requests never sent. */
    public int notOk() {
        return total - succeeded() - skippedByGate;
    }
}
