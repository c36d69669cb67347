package io.github.cbrsync.app;

import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.SecretKind;
import java.util.Optional;

/**
 * Where the secret a connection signs in with comes from, as a program started now would find it: for the
 * command line, which cannot ask, the difference between "in the keyring" and "only in the window's memory"
 * decides whether it can open the connection. Reads the secret's presence, never shows it.
 */
public enum CredentialOrigin {
    /** The demo simulator: no account. */
    BUILT_IN,
    ENVIRONMENT,
    SDK_FILE,
    /** The OS keyring holds it. */
    KEYRING,
    /** An OS keyring answers but holds none: the window asks for it once, then keeps it there. */
    MISSING,
    /** No OS keyring: the window keeps it in memory only, out of reach of any other program. */
    MEMORY_ONLY;

    public static CredentialOrigin of(ConnectionCatalog catalog, ConnectionId id) {
        Optional<ConnectionProfile> profile = catalog.profile(id);
        if (profile.isEmpty()) {
            return BUILT_IN;
        }
        ConnectionProfile p = profile.get();
        SecretKind needed = p.auth() == AuthMethod.AK_SK ? SecretKind.SECRET_KEY : SecretKind.PASSWORD;
        if (catalog.secret(p, needed).isPresent()) {
            if (p.source() == CredentialSource.ENVIRONMENT || p.source() == CredentialSource.SDK_FILE) {
                return p.source() == CredentialSource.ENVIRONMENT ? ENVIRONMENT : SDK_FILE;
            }
            return KEYRING;
        }
        return catalog.secretStore().persistent() ? MISSING : MEMORY_ONLY;
    }
}
