package io.github.cbrsync.testing;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the app's INFO logging while a property suite runs thousands of failing calls (each would print a
 * line); warnings still show. Holds the logger strongly: java.util.logging forgets unreferenced levels.
 */
public final class QuietLogs implements AutoCloseable {
    private final Logger logger = Logger.getLogger("io.github.cbrsync");
    private final Level before = logger.getLevel();

    public QuietLogs() {
        logger.setLevel(Level.WARNING);
    }

    @Override
    public void close() {
        logger.setLevel(before);
    }
}
