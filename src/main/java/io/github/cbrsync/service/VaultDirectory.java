package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.VaultFilter;
import io.github.cbrsync.domain.Vault;
import java.util.List;

/** The hybrid vaults of the connection's project, every page. Blocking: call off the FX thread. */
public final class VaultDirectory {
    private final CbrApi api;

    public VaultDirectory(CbrApi api) {
        this.api = api;
    }

    public List<Vault> hybridVaults() {
        return api.listVaults(VaultFilter.all());
    }
}
