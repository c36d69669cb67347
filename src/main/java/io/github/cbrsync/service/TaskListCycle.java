package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.TaskPage;
import io.github.cbrsync.domain.SyncTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One read of the task list for the tasks being followed: sync tasks created from a little before the oldest
 * of them until a little after now (the server's clock may differ from ours), in pages of the largest size
 * the API takes. It stops as soon as every followed task was seen, and never reads more pages than the
 * followed tasks could fill plus one (other tasks in the window cannot make a cycle unbounded: what is left
 * over is read on its own, one per cycle).
 */
final class TaskListCycle {
    static final int PAGE = 1000;
    /** Allowance for the difference between our clock and the server's, on both ends of the window. */
    static final Duration CLOCK_MARGIN = Reconciler.CLOCK_MARGIN;

    private final CbrApi api;
    private final Clock clock;
    private final int pageSize;

    /** What one cycle found, and the list requests it spent. */
    record Result(Map<String, SyncTask> found, int requests) {
    }

    TaskListCycle(CbrApi api, Clock clock, int pageSize) {
        this.api = api;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    Result read(Collection<String> wanted, Instant oldestCreated) {
        Set<String> missing = new HashSet<>(wanted);
        Map<String, SyncTask> found = new HashMap<>();
        TaskFilter filter = TaskFilter.syncTasks().between(oldestCreated.minus(CLOCK_MARGIN),
                clock.instant().plus(CLOCK_MARGIN));
        int maxPages = (wanted.size() + pageSize - 1) / pageSize + 1;
        int requests = 0;
        int offset = 0;
        while (requests < maxPages && !missing.isEmpty()) {
            TaskPage page = api.listTasks(filter.page(pageSize, offset));
            requests++;
            for (SyncTask t : page.tasks()) {
                if (missing.remove(t.id())) {
                    found.put(t.id(), t);
                }
            }
            offset += page.tasks().size();
            if (page.tasks().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        return new Result(found, requests);
    }

    SyncTask readOne(String operationLogId) {
        return api.showTask(operationLogId);
    }
}
