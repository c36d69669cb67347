package io.github.cbrsync.store;

import io.github.cbrsync.domain.ConnectionProfile;
import java.util.Optional;

/**
 * A connection found outside the app (environment, SDK file, KooCLI) and the secrets that came with it.
 * The secret key is empty when the source keeps its keys encrypted (KooCLI's default): the user is asked.
 */
public record DiscoveredCredentials(ConnectionProfile profile, Optional<String> secretKey,
                                    Optional<String> securityToken) {

    @Override
    public String toString() {
        return "DiscoveredCredentials[" + profile.name() + ", secret key " + (secretKey.isPresent() ? "***" : "none")
                + "]";
    }
}
