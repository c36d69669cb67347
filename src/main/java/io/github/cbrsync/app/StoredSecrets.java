package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.store.SecretStore;
import java.util.Optional;

/**
 * Secrets are kept under the connection's ID. Ones kept under its name (before connections had IDs) are found
 * there once and moved under the ID, so nobody is asked again for a key the keyring already holds.
 */
final class StoredSecrets {
    private StoredSecrets() {
    }

    static Optional<String> read(SecretStore store, ConnectionProfile profile, SecretKind kind) {
        Optional<String> byId = store.get(profile.id().value(), kind);
        if (byId.isPresent() || profile.name().equals(profile.id().value())) {
            return byId;
        }
        Optional<String> byName = store.get(profile.name(), kind);
        byName.ifPresent(v -> {
            store.put(profile.id().value(), kind, v);
            store.delete(profile.name(), kind);
        });
        return byName;
    }
}
