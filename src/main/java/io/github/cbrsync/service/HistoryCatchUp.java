package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.TaskPage;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.SyncTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the history up to date with the server: rows the app knows get the task's latest state, every task
 * still waiting or running is followed again, and a task no row knows is either
 * <ul>
 *   <li>the task of one of this workstation's own requests whose answer never arrived (a row still waiting for
 *       its task, for the same vault, requested around the task's creation): adopted into that row, so the
 *       audit trail shows the sync once and as this workstation's; or</li>
 *   <li>a sync started elsewhere (the console, a schedule, another workstation): a new row marked as such.</li>
 * </ul>
 */
public final class HistoryCatchUp {
    private static final int PAGE = 1000;
    private static final int MAX_PAGES = 100;

    private final CbrApi api;
    private final TaskHistory history;
    private final SyncService syncService;
    private final Clock clock;

    /** What a catch-up did. */
    public record Result(int added, int updated, int followed) {
    }

    public HistoryCatchUp(CbrApi api, TaskHistory history, SyncService syncService, Clock clock) {
        this.api = api;
        this.history = history;
        this.syncService = syncService;
        this.clock = clock;
    }

    /** Blocking: call from a background thread. Looks back {@code lookBack} from now. */
    public Result run(Set<String> vaultIds, Duration lookBack) {
        Tally tally = new Tally();
        // A sync the command line started while the window is open is this workstation's, not "elsewhere".
        history.mergeWrittenElsewhere();
        Instant now = clock.instant();
        Map<String, List<HistoryEntry>> awaiting = awaitingByVault();
        TaskFilter filter = TaskFilter.syncTasks().between(now.minus(lookBack), now.plus(Reconciler.CLOCK_MARGIN));
        for (int page = 0, offset = 0; page < MAX_PAGES; page++) {
            TaskPage result = api.listTasks(filter.page(PAGE, offset));
            // A page is one forced write of the journal, not one per row; what is still running is followed once
            // its rows are written.
            List<HistoryEntry> toFollow = new ArrayList<>();
            history.inBatch(() -> result.tasks().stream().filter(t -> vaultIds.contains(t.vaultId()))
                    .map(task -> merge(task, awaiting, now, tally)).filter(row -> !row.status().isFinal())
                    .forEach(toFollow::add));
            toFollow.forEach(syncService::resume);
            tally.followed += toFollow.size();
            offset += result.tasks().size();
            if (result.tasks().isEmpty() || offset >= result.total()) {
                break;
            }
        }
        return new Result(tally.added, tally.updated, tally.followed);
    }

    /** The server's task in the history: its row updated, an awaiting row of ours adopting it, or a new row. */
    private HistoryEntry merge(SyncTask task, Map<String, List<HistoryEntry>> awaiting, Instant now, Tally tally) {
        Optional<HistoryEntry> known = history.findByTask(task.id());
        if (known.isPresent()) {
            HistoryEntry before = known.get();
            HistoryEntry row = history.update(before.localId(), e -> e.withTask(task)).orElseThrow();
            tally.updated += row.equals(before) ? 0 : 1;
            return row;
        }
        Optional<HistoryEntry> ours = adopt(task, awaiting.getOrDefault(task.vaultId(), List.of()));
        if (ours.isPresent()) {
            tally.updated++;
            return ours.get();
        }
        HistoryEntry row = HistoryEntry.foundElsewhere(task, now);
        history.record(row);
        tally.added++;
        return row;
    }

    private static final class Tally {
        int added;
        int updated;
        int followed;
    }

    /** This workstation's rows that never learned their task, by vault. */
    private Map<String, List<HistoryEntry>> awaitingByVault() {
        Map<String, List<HistoryEntry>> byVault = new HashMap<>();
        history.matching(HistoryEntry::awaitsItsTask)
                .forEach(r -> byVault.computeIfAbsent(r.vaultId(), k -> new ArrayList<>()).add(r));
        return byVault;
    }

    /** Puts the task into the awaiting row requested closest to its creation, if one is near enough. */
    private Optional<HistoryEntry> adopt(SyncTask task, List<HistoryEntry> candidates) {
        Instant created = task.createdAt().orElse(null);
        if (created == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<HistoryEntry> closest = candidates.stream()
                .filter(r -> Duration.between(r.requestedAt(), created).abs().compareTo(Reconciler.CLOCK_MARGIN) <= 0)
                .min(Comparator.comparing(r -> Duration.between(r.requestedAt(), created).abs()));
        if (closest.isEmpty()) {
            return Optional.empty();
        }
        HistoryEntry row = history.update(closest.get().localId(), r -> r.awaitsItsTask() ? r.withTask(task) : r)
                .orElseThrow();
        candidates.remove(closest.get());
        return row.operationLogId().filter(task.id()::equals).map(id -> row);
    }
}
