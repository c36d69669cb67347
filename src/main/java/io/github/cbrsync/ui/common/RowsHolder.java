package io.github.cbrsync.ui.common;

/**
 * What a table keeps in place for its user while {@link ShownRows} changes the rows under it (the chosen rows):
 * told before rows move, are inserted or removed, or are all replaced; what it returns puts things back after.
 */
@FunctionalInterface
public interface RowsHolder {
    Runnable NOTHING = () -> { };
    RowsHolder NONE = () -> NOTHING;

    Runnable beforeChange();
}
