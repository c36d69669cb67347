package io.github.cbrsync.ui.vaults;

import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.service.VaultGate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One vault in the table: the vault as last listed, its auto-trigger choice, whether it is syncing and its last
 * sync.
 */
public final class VaultRow {
    private final ObjectProperty<Vault> vault;
    private final BooleanProperty autoTrigger;
    private final ObjectProperty<VaultGate.State> syncState;
    private final ObjectProperty<LastSync> lastSync = new SimpleObjectProperty<>(this, "lastSync", LastSync.UNKNOWN);

    VaultRow(Vault vault, boolean autoTrigger, VaultGate.State state) {
        this.vault = new SimpleObjectProperty<>(this, "vault", vault);
        this.autoTrigger = new SimpleBooleanProperty(this, "autoTrigger", autoTrigger);
        this.syncState = new SimpleObjectProperty<>(this, "syncState", state);
    }

    public String id() {
        return vault.get().id();
    }

    public Vault vault() {
        return vault.get();
    }

    public ReadOnlyObjectProperty<Vault> vaultProperty() {
        return vault;
    }

    void setVault(Vault v) {
        vault.set(v);
    }

    public BooleanProperty autoTriggerProperty() {
        return autoTrigger;
    }

    public boolean isAutoTrigger() {
        return autoTrigger.get();
    }

    public ReadOnlyObjectProperty<VaultGate.State> syncStateProperty() {
        return syncState;
    }

    void setSyncState(VaultGate.State state) {
        syncState.set(state);
    }

    /** The vault's last sync as the history tells it (its age is remade once a minute). */
    public ReadOnlyObjectProperty<LastSync> lastSyncProperty() {
        return lastSync;
    }

    public LastSync lastSync() {
        return lastSync.get();
    }

    void setLastSync(LastSync value) {
        if (!value.equals(lastSync.get())) {
            lastSync.set(value);
        }
    }

    /** Whether a Sync button for this row should be enabled: hybrid, available and not already syncing. */
    public boolean canSync() {
        return syncState.get() == VaultGate.State.IDLE && vault.get().isSyncable();
    }
}
