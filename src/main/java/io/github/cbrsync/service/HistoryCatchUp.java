package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.TaskPage;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.SyncTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the history up to date with the server: sync tasks of the listed vaults that this app did not start
 * (the console, a schedule, another workstation) become rows marked as such, rows the app knows get the
 * task's latest state, and every task still waiting or running is followed again.
 */
public final class HistoryCatchUp {
    private static final int PAGE = 100;
    private static final int MAX_PAGES = 50;

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
        int added = 0;
        int updated = 0;
        int followed = 0;
        Instant now = clock.instant();
        TaskFilter filter = TaskFilter.syncTasks().between(now.minus(lookBack), now.plus(Duration.ofMinutes(5)));
        for (int page = 0, offset = 0; page < MAX_PAGES; page++) {
            TaskPage result = api.listTasks(filter.page(PAGE, offset));
            for (SyncTask task : result.tasks()) {
                if (!vaultIds.contains(task.vaultId())) {
                    continue;
                }
                Optional<HistoryEntry> known = history.findByTask(task.id());
                HistoryEntry row;
                if (known.isPresent()) {
                    HistoryEntry before = known.get();
                    row = history.update(before.localId(), e -> e.withTask(task)).orElseThrow();
                    updated += row.equals(before) ? 0 : 1;
                } else {
                    row = foundElsewhere(task);
                    history.record(row);
                    added++;
                }
                if (!row.status().isFinal()) {
                    syncService.resume(row);
                    followed++;
                }
            }
            offset += result.tasks().size();
            if (result.tasks().isEmpty() || offset >= result.total()) {
                break;
            }
        }
        return new Result(added, updated, followed);
    }

    private HistoryEntry foundElsewhere(SyncTask task) {
        Instant created = task.createdAt().orElse(clock.instant());
        // The task list does not say which auto_trigger it was started with; false is the API's default.
        HistoryEntry base = new HistoryEntry("op:" + task.id(), Optional.of(task.id()), task.vaultId(),
                task.vaultName(), false, created, io.github.cbrsync.domain.HistoryStatus.WAITING, 0,
                SyncCounters.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                HistoryEntry.Origin.ELSEWHERE);
        return base.withTask(task);
    }
}
