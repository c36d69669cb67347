package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.Vault;
import java.util.Optional;

/**
 * How one sync request ended: the history row it produced, and the error when it did not start a task.
 * {@code entry} is empty only when the vault gate refused (a sync of that vault is already under way).
 */
public record SyncResult(Vault vault, Optional<HistoryEntry> entry, Optional<CbrApiException> error) {

    public boolean refusedByGate() {
        return entry.isEmpty();
    }

    public boolean started() {
        return entry.flatMap(HistoryEntry::operationLogId).isPresent();
    }
}
