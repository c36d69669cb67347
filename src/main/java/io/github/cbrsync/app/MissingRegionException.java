package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionId;

/** A connection cannot be opened until the user picks its region (one found in the environment had none). */
public final class MissingRegionException extends Exception {
    private final ConnectionId connection;
    private final String label;

    public MissingRegionException(ConnectionId connection, String label) {
        super("region missing: " + connection, null, false, false);
        this.connection = connection;
        this.label = label;
    }

    public ConnectionId connection() {
        return connection;
    }

    public String label() {
        return label;
    }
}
