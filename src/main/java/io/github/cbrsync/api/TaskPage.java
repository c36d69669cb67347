package io.github.cbrsync.api;

import io.github.cbrsync.domain.SyncTask;
import java.util.List;

/** One page of ListOpLogs: the tasks and how many match in all. */
public record TaskPage(List<SyncTask> tasks, int total) {
    public TaskPage {
        tasks = List.copyOf(tasks);
    }
}
