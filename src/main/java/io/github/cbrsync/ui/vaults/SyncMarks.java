package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the history says about each vault's syncs: the latest one (when it was requested, how it stands) and
 * the latest good one (succeeded, or still under way). Fed every history row as it changes, this workstation's
 * and those the catch-up found on the server; keeps only a few facts per vault, not the rows.
 */
final class SyncMarks {
    private final Map<String, Marks> byVault = new HashMap<>();

    /** The latest sync of a vault and its state, if the history has any. */
    record Latest(Instant requestedAt, HistoryStatus status) {
    }

    /** Takes a new or changed history row into account. */
    void add(HistoryEntry entry) {
        byVault.computeIfAbsent(entry.vaultId(), id -> new Marks()).add(entry);
    }

    Optional<Latest> latest(String vaultId) {
        Marks m = byVault.get(vaultId);
        return m == null ? Optional.empty() : Optional.of(new Latest(m.latestAt, m.latestStatus));
    }

    /** When the vault's latest good sync was requested: succeeded, or still running (it may yet succeed). */
    Optional<Instant> lastGood(String vaultId) {
        Marks m = byVault.get(vaultId);
        if (m == null) {
            return Optional.empty();
        }
        Instant good = m.lastSuccessAt;
        for (Instant active : m.active.values()) {
            good = good == null || active.isAfter(good) ? active : good;
        }
        return Optional.ofNullable(good);
    }

    private static final class Marks {
        private String latestId;
        private Instant latestAt;
        private HistoryStatus latestStatus;
        private Instant lastSuccessAt;
        /** Rows not yet ended, by local ID: usually none or one. */
        private final Map<String, Instant> active = new HashMap<>(2);

        void add(HistoryEntry e) {
            if (e.localId().equals(latestId)) {
                latestStatus = e.status();
            } else if (latestAt == null || e.requestedAt().isAfter(latestAt)
                    || e.requestedAt().equals(latestAt) && e.localId().compareTo(latestId) > 0) {
                latestId = e.localId();
                latestAt = e.requestedAt();
                latestStatus = e.status();
            }
            if (e.status() == HistoryStatus.SUCCESS
                    && (lastSuccessAt == null || e.requestedAt().isAfter(lastSuccessAt))) {
                lastSuccessAt = e.requestedAt();
            }
            if (e.status().isFinal()) {
                active.remove(e.localId());
            } else {
                active.put(e.localId(), e.requestedAt());
            }
        }
    }
}
