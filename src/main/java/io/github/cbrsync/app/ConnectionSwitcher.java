package io.github.cbrsync.app;

import java.util.List;

/** Switches the window between connections (the app's {@link WindowConnections}; a fixed one in some tests). */
public interface ConnectionSwitcher {
    List<String> names();

    void switchTo(String name);

    void manage();

    /** A window that stays on one connection. */
    static ConnectionSwitcher fixed(String name) {
        return new ConnectionSwitcher() {
            @Override
            public List<String> names() {
                return List.of(name);
            }

            @Override
            public void switchTo(String other) {
            }

            @Override
            public void manage() {
            }
        };
    }
}
