package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.domain.HistoryEntry;
import java.util.Optional;

/**
 * How one sync request ended: the history row it produced, and the error when it did not start a task.
 * {@code entry} is empty only when the vault gate refused (a sync of that vault is already under way).
 */
public record SyncResult(SyncOrder order, Optional<HistoryEntry> entry, Optional<CbrApiException> error) {

    /** Nothing was asked of the service (the vault could not sync: busy or not available). */
    public static SyncResult notStarted(SyncOrder order) {
        return refusedByGate(order);
    }

    static SyncResult refusedByGate(SyncOrder order) {
        return new SyncResult(order, Optional.empty(), Optional.empty());
    }

    public boolean refusedByGate() {
        return entry.isEmpty();
    }

    public boolean started() {
        return entry.flatMap(HistoryEntry::operationLogId).isPresent();
    }
}
