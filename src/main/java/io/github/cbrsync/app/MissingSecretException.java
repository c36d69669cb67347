package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.SecretKind;

/** A connection cannot be opened until the user types a secret it needs (not kept, or kept encrypted elsewhere). */
public final class MissingSecretException extends Exception {
    private final ConnectionId connection;
    private final String label;
    private final SecretKind kind;

    public MissingSecretException(ConnectionId connection, String label, SecretKind kind) {
        super("The " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " of " + label
                + " is needed", null, false, false);
        this.connection = connection;
        this.label = label;
        this.kind = kind;
    }

    public ConnectionId connection() {
        return connection;
    }

    public String label() {
        return label;
    }

    public SecretKind kind() {
        return kind;
    }
}
