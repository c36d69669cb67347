package io.github.cbrsync.domain;

import java.util.Locale;

/**
 * A connection's stable identity: it names the connection's history journal and its remembered settings, and is
 * what the window and the command line switch by. Never shown and never translated (a label is), and kept when
 * a connection is renamed. Lowercase letters, digits and dashes, so it is a safe file name everywhere.
 */
public record ConnectionId(String value) {
    /** The embedded simulator. */
    public static final ConnectionId DEMO = new ConnectionId("demo");
    /** The credentials in the SDK's environment variables. */
    public static final ConnectionId ENVIRONMENT = new ConnectionId("env");
    /** The SDK's credentials file. */
    public static final ConnectionId SDK_FILE = new ConnectionId("sdk-file");

    public ConnectionId {
        if (value == null || !value.matches("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")) {
            throw new IllegalArgumentException("Not a connection ID: \"" + value + "\"");
        }
    }

    /** The ID a saved connection gets from its name when it is created (or was saved before IDs existed). */
    public static ConnectionId fromName(String name) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return new ConnectionId(slug.isEmpty() ? "connection" : slug);
    }

    /** The same ID with a number appended: {@code prod} -> {@code prod-2}, for a second connection named alike. */
    public ConnectionId numbered(int n) {
        return new ConnectionId(value + "-" + n);
    }

    /** Whether this is one of the connections the app finds by itself (demo, environment, SDK file). */
    public boolean isBuiltIn() {
        return equals(DEMO) || equals(ENVIRONMENT) || equals(SDK_FILE);
    }

    @Override
    public String toString() {
        return value;
    }
}
