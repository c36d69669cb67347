package io.github.cbrsync.cli;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.session.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One vault of a {@code sync} run and what became of it: the history row its request created (with the task's
 * {@code operation_log_id}), the running task that made the gate pass over it, or a state of the command line's
 * own ({@code planned} for --dry-run, {@code not_found}, {@code not_syncable}).
 */
record SyncItem(String vaultId, String vaultName, Optional<Boolean> autoTrigger, Label status,
                Optional<HistoryEntry> row) {

    static SyncItem of(JobPlan.Item item, Label status, Optional<HistoryEntry> row) {
        return new SyncItem(item.vaultId(), item.vaultName(), Optional.of(item.autoTrigger()), status, row);
    }

    static SyncItem planned(JobPlan.Item item) {
        return of(item, TaskColumns.status("planned"), Optional.empty());
    }

    static SyncItem problem(String vaultId, String vaultName, String code) {
        return new SyncItem(vaultId, vaultName, Optional.empty(), TaskColumns.status(code), Optional.empty());
    }

    /** Did not end well: a problem state of the history, or a vault that could not even be asked for. */
    boolean notOk() {
        return switch (status.code()) {
            case "not_found", "not_syncable" -> true;
            case "planned", "already_syncing" -> false;
            default -> HistoryStatus.valueOf(status.code().toUpperCase(java.util.Locale.ROOT)).isProblem();
        };
    }

    static List<Column<SyncItem>> columns() {
        List<Column<SyncItem>> columns = new ArrayList<>(List.of(
                Column.dataOnly("vault_id", SyncItem::vaultId),
                Column.of("vault_name", SyncItem::vaultName),
                Column.of("auto_trigger", SyncItem::autoTrigger),
                Column.of("status", SyncItem::status)));
        columns.addAll(TaskColumns.of(SyncItem::row));
        return columns;
    }

    /** The items, and a summary that counts them by outcome (JSON {@code summary}; the table under the items). */
    static Report<SyncItem> report(Connection connection, List<SyncItem> items, Optional<String> jobId,
                                   boolean waited, boolean timedOut) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job_id", jobId.orElse(null));
        summary.put("total", items.size());
        summary.put("succeeded", count(items, "success", "skipped"));
        summary.put("failed", count(items, "failed", "timeout"));
        summary.put("refused", count(items, "request_failed"));
        summary.put("outcome_unknown", count(items, "outcome_unknown", "not_followed"));
        summary.put("not_sent", count(items, "not_sent"));
        summary.put("already_syncing", count(items, "already_syncing"));
        summary.put("in_progress", count(items, "requesting", "checking", "waiting", "running"));
        summary.put("not_found", count(items, "not_found"));
        summary.put("not_syncable", count(items, "not_syncable"));
        summary.put("planned", count(items, "planned"));
        summary.put("waited", waited);
        summary.put("timed_out", timedOut);
        return new Report<>("sync", Optional.of(connection), columns(), items, summary);
    }

    private static int count(List<SyncItem> items, String... codes) {
        List<String> wanted = List.of(codes);
        return (int) items.stream().filter(i -> wanted.contains(i.status().code())).count();
    }
}
