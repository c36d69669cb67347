package io.github.cbrsync.store;

/** Auto-trigger choices kept in settings.json, so they survive restarts. */
public final class SettingsVaultPreferences implements VaultPreferences {
    private final SettingsStore settings;

    public SettingsVaultPreferences(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public boolean autoTrigger(String vaultId) {
        return settings.current().autoTrigger().getOrDefault(vaultId, false);
    }

    @Override
    public void setAutoTrigger(String vaultId, boolean value) {
        settings.update(s -> s.withAutoTrigger(vaultId, value));
    }
}
