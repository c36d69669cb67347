package io.github.cbrsync.testing;

import io.github.cbrsync.store.VaultPreferences;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Vault preferences for the lifetime of the process; auto_trigger defaults to false as in the API. */
public final class InMemoryVaultPreferences implements VaultPreferences {
    private final Map<String, Boolean> autoTrigger = new ConcurrentHashMap<>();

    @Override
    public boolean autoTrigger(String vaultId) {
        return autoTrigger.getOrDefault(vaultId, false);
    }

    @Override
    public void setAutoTrigger(String vaultId, boolean value) {
        autoTrigger.put(vaultId, value);
    }
}
