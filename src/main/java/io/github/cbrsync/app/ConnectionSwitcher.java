package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import java.util.List;

/** Switches the window between connections (the app's {@link WindowConnections}; a fixed one in some tests). */
public interface ConnectionSwitcher {
    List<ConnectionChoice> connections();

    void switchTo(ConnectionId id);

    void manage();

    /** A window that stays on one connection. */
    static ConnectionSwitcher fixed(ConnectionChoice only) {
        return new ConnectionSwitcher() {
            @Override
            public List<ConnectionChoice> connections() {
                return List.of(only);
            }

            @Override
            public void switchTo(ConnectionId other) {
            }

            @Override
            public void manage() {
            }
        };
    }
}
