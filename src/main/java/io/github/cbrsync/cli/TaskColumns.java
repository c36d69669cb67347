package io.github.cbrsync.cli;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.TaskError;
import io.github.cbrsync.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of a history row, shared by {@code sync} (the rows its requests created) and {@code tasks} (the
 * history): task ID, status, progress, counts, error, request ID and times, under the same names in both.
 */
final class TaskColumns {
    private TaskColumns() {
    }

    static Label status(HistoryStatus status) {
        return new Label(status.name().toLowerCase(Locale.ROOT), Messages.get("history.status." + status.name()));
    }

    /** A state of the command line's own ({@code already_syncing}, {@code not_found}...): key cli.status.*. */
    static Label status(String code) {
        return new Label(code, Messages.get("cli.status." + code));
    }

    static Label origin(HistoryEntry.Origin origin) {
        return new Label(origin.code(), Messages.get("history.origin." + origin.name()));
    }

    /** The row's fields after the item's own, read through {@code row} (empty when no row exists). */
    static <T> List<Column<T>> of(Function<T, Optional<HistoryEntry>> row) {
        return List.of(
                Column.of("operation_log_id", t -> row.apply(t).flatMap(HistoryEntry::operationLogId)),
                Column.dataOnly("progress", t -> row.apply(t).map(HistoryEntry::progress)),
                Column.dataOnly("synced", t -> row.apply(t).map(r -> r.counters().synced())),
                Column.dataOnly("deleted", t -> row.apply(t).map(r -> r.counters().deleted())),
                Column.dataOnly("failed_backups", t -> row.apply(t).map(r -> r.counters().failed())),
                Column.of("error_code", t -> row.apply(t).flatMap(HistoryEntry::error).map(TaskError::code)),
                Column.dataOnly("error_message", t -> row.apply(t).flatMap(HistoryEntry::error)
                        .map(TaskError::message)),
                Column.dataOnly("request_id", t -> row.apply(t).flatMap(HistoryEntry::requestId)),
                Column.dataOnly("requested_at", t -> row.apply(t).map(HistoryEntry::requestedAt)),
                Column.of("ended_at", t -> row.apply(t).flatMap(HistoryEntry::endedAt)),
                Column.dataOnly("local_id", t -> row.apply(t).map(HistoryEntry::localId)));
    }
}
