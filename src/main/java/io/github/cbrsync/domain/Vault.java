package io.github.cbrsync.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A CBR vault as the app uses it. Only hybrid vaults can be synchronized. */
public record Vault(
        String id,
        String name,
        String description,
        String status,
        String cloudType,
        String protectType,
        String objectType,
        String specCode,
        VaultUsage usage,
        List<ProtectedResource> resources,
        Optional<Instant> createdAt) {

    public Vault {
        resources = List.copyOf(resources);
        description = description == null ? "" : description;
    }

    public boolean isHybrid() {
        return "hybrid".equalsIgnoreCase(cloudType);
    }

    /** Whether a sync can be asked for: the vault is available (not frozen, locked or being deleted). */
    public boolean isSyncable() {
        return "available".equalsIgnoreCase(status);
    }
}
