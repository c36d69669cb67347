package io.github.cbrsync.session;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.JobStore;
import io.github.cbrsync.service.TaskHistory;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk syncs that an earlier run left unfinished, reduced to what was never sent: the vaults of each plan
 * that have no row of that job in the history. A plan whose every vault was sent is simply forgotten.
 */
final class InterruptedJobs {
    private static final System.Logger LOG = System.getLogger(InterruptedJobs.class.getName());

    private InterruptedJobs() {
    }

    static List<JobPlan> find(JobStore store, TaskHistory history) {
        List<JobPlan> remaining = new ArrayList<>();
        try {
            for (JobPlan plan : store.loadAll()) {
                // A row cancelled before its request went out ("not sent") does not count as sent.
                Set<String> sent = history.matching(r -> r.jobId().filter(plan.id()::equals).isPresent()
                                && r.status() != HistoryStatus.NOT_SENT).stream()
                        .map(HistoryEntry::vaultId).collect(Collectors.toSet());
                List<JobPlan.Item> unsent = plan.items().stream().filter(i -> !sent.contains(i.vaultId())).toList();
                if (unsent.isEmpty()) {
                    store.delete(plan.id());
                } else {
                    remaining.add(new JobPlan(plan.id(), plan.createdAt(), unsent));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not read the plans of earlier bulk syncs: {0}", e.toString());
        }
        return remaining;
    }
}
