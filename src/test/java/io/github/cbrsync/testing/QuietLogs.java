package io.github.cbrsync.testing;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the app's logging below {@code level} while a property suite runs thousands of failing calls or
 * damaged files (each would print a line). Holds the logger strongly: java.util.logging forgets unreferenced
 * levels.
 */
public final class QuietLogs implements AutoCloseable {
    private final Logger logger = Logger.getLogger("io.github.cbrsync");
    private final Level before = logger.getLevel();

    /** Warnings still show. */
    public QuietLogs() {
        this(Level.WARNING);
    }

    public QuietLogs(Level level) {
        logger.setLevel(level);
    }

    @Override
    public void close() {
        logger.setLevel(before);
    }
}
