package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.store.CredentialSources;
import io.github.cbrsync.store.DiscoveredCredentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Manage connections > Import from KooCLI: each profile of {@code ~/.hcloud/config.json} becomes a saved
 * connection (a name of its own if one is taken); keys come along only when KooCLI stores them in plain text.
 */
final class KooCliImport {
    private final ConnectionCatalog catalog;

    KooCliImport(ConnectionCatalog catalog) {
        this.catalog = catalog;
    }

    List<ConnectionProfile> importFrom(Path configJson) throws Exception {
        List<ConnectionProfile> imported = new ArrayList<>();
        for (DiscoveredCredentials d : CredentialSources.fromKooCli(configJson)) {
            Map<SecretKind, String> secrets = new EnumMap<>(SecretKind.class);
            d.secretKey().ifPresent(v -> secrets.put(SecretKind.SECRET_KEY, v));
            d.securityToken().ifPresent(v -> secrets.put(SecretKind.SECURITY_TOKEN, v));
            imported.add(catalog.save(d.profile().withName(freeName(d.profile().name())), true, secrets));
        }
        return imported;
    }

    private String freeName(String base) {
        String name = base;
        for (int i = 2; catalog.nameTaken(name, null); i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }
}
