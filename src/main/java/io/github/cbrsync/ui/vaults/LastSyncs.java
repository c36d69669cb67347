package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The vault list's "Last sync" column and its "not synced in N days" filter. Each row's value is remade only
 * when its vault's history changes or on {@link #tick()} (the window calls it once a minute, for all rows), so
 * ages cost no timer or listener per row. UI thread only; history changes arrive through the update queue.
 */
public final class LastSyncs {
    private final SyncMarks marks = new SyncMarks();
    private final Collection<VaultRow> rows;
    private final Function<String, VaultRow> rowOfVault;
    private final Runnable filterChanged;
    private final IntegerProperty staleDays = new SimpleIntegerProperty(this, "staleDays", 1);
    private final BooleanProperty staleOnly = new SimpleBooleanProperty(this, "staleOnly");
    private final ReadOnlyIntegerWrapper staleCount = new ReadOnlyIntegerWrapper(this, "staleCount");
    private Clock clock = Clock.systemUTC();
    private UiUpdateQueue uiQueue = new UiUpdateQueue(Runnable::run);
    private final ReadOnlyIntegerWrapper changedBatches = new ReadOnlyIntegerWrapper(this, "changedBatches");
    private boolean batchPosted;
    private boolean refilterWanted;

    LastSyncs(Collection<VaultRow> rows, Function<String, VaultRow> rowOfVault, Runnable filterChanged) {
        this.rows = rows;
        this.rowOfVault = rowOfVault;
        this.filterChanged = filterChanged;
        staleDays.addListener(o -> tick());
        staleOnly.addListener(o -> filterChanged.run());
    }

    /**
     * Follows a connection's history: the rows it has now, every change after (this workstation's syncs, and
     * the server's tasks the catch-up merges in) and the rows the journal restores.
     */
    public void follow(TaskHistory history, UiUpdateQueue uiQueue, Clock time) {
        this.clock = time;
        this.uiQueue = uiQueue;
        history.addListener(entry -> uiQueue.post(() -> changed(entry)));
        history.addRestoreListener(restored -> uiQueue.post(() -> {
            restored.forEach(marks::add);
            tick();
        }));
        history.snapshot().forEach(marks::add);
        tick();
    }

    /** Days without a successful sync after which a vault counts as not synced (Preferences; at least 1). */
    public IntegerProperty staleDaysProperty() {
        return staleDays;
    }

    /** Whether the list shows only the vaults not synced lately. */
    public BooleanProperty staleOnlyProperty() {
        return staleOnly;
    }

    /** How many listed vaults (whatever the search shows) were not synced lately, for the status bar. */
    public ReadOnlyIntegerProperty staleCountProperty() {
        return staleCount.getReadOnlyProperty();
    }

    /** Remakes every row's value at the current time: ages move on, and vaults cross the threshold. */
    public void tick() {
        Instant now = clock.instant();
        int stale = 0;
        boolean crossed = false;
        for (VaultRow row : rows) {
            boolean wasStale = row.lastSync().stale();
            row.setLastSync(valueOf(row.id(), now));
            stale += row.lastSync().stale() ? 1 : 0;
            crossed |= wasStale != row.lastSync().stale();
        }
        staleCount.set(stale);
        if (crossed && staleOnly.get()) {
            filterChanged.run();
        }
    }

    boolean shows(VaultRow row) {
        return !staleOnly.get() || row.lastSync().stale();
    }

    /** After a new list whose rows were each {@link #fill filled}: only the count of stale vaults is new. */
    void recount() {
        int stale = 0;
        for (VaultRow row : rows) {
            stale += row.lastSync().stale() ? 1 : 0;
        }
        staleCount.set(stale);
    }

    /** A row that has just been listed. */
    void fill(VaultRow row) {
        row.setLastSync(valueOf(row.id(), clock.instant()));
    }

    private void changed(HistoryEntry entry) {
        marks.add(entry);
        VaultRow row = rowOfVault.apply(entry.vaultId());
        if (row == null) {
            return;
        }
        LastSync before = row.lastSync();
        row.setLastSync(valueOf(row.id(), clock.instant()));
        if (before.equals(row.lastSync())) {
            return;
        }
        if (before.stale() != row.lastSync().stale()) {
            staleCount.set(staleCount.get() + (before.stale() ? -1 : 1));
            refilterWanted |= staleOnly.get();
        }
        endOfBatchSoon();
    }

    /**
     * Once per batch of history changes (a bulk sync ends many at once): one re-filter if rows crossed the
     * threshold while only the stale vaults show, and one tick of {@link #changedBatchesProperty}.
     */
    private void endOfBatchSoon() {
        if (!batchPosted) {
            batchPosted = true;
            uiQueue.atEndOfTrip(() -> {
                batchPosted = false;
                if (refilterWanted) {
                    refilterWanted = false;
                    filterChanged.run();
                }
                changedBatches.set(changedBatches.get() + 1);
            });
        }
    }

    /** Counts the batches that changed some vault's last sync: a table sorted by it sorts again. */
    public ReadOnlyIntegerProperty changedBatchesProperty() {
        return changedBatches.getReadOnlyProperty();
    }

    private LastSync valueOf(String vaultId, Instant now) {
        return LastSync.of(marks.latest(vaultId), marks.lastGood(vaultId), now, Math.max(1, staleDays.get()));
    }
}
