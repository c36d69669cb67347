package io.github.cbrsync.store;

/** Per-vault choices the user makes in the list, such as the auto_trigger value sent with its syncs. */
public interface VaultPreferences {
    boolean autoTrigger(String vaultId);

    void setAutoTrigger(String vaultId, boolean value);
}
