package io.github.cbrsync.api;

import java.util.Optional;

/** Server-side filters for listing vaults; cloud_type=hybrid is always added by the client. */
public record VaultFilter(Optional<String> name, Optional<String> status, Optional<String> vaultId,
                          int pageSize) {

    public static final int MAX_PAGE = 1000;

    public VaultFilter {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE + ", was " + pageSize);
        }
    }

    public static VaultFilter all() {
        return new VaultFilter(Optional.empty(), Optional.empty(), Optional.empty(), MAX_PAGE);
    }

    public VaultFilter withPageSize(int size) {
        return new VaultFilter(name, status, vaultId, size);
    }
}
