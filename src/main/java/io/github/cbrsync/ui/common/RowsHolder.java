package io.github.cbrsync.ui.common;

/**
 * What a table keeps in place for its user while {@link ShownRows} changes the rows under it: each method is
 * called before the change and returns what puts things back after it.
 */
public interface RowsHolder {
    Runnable NOTHING = () -> { };
    RowsHolder NONE = new RowsHolder() {
        @Override
        public Runnable beforeMoves() {
            return NOTHING;
        }

        @Override
        public Runnable beforeReplacingAll() {
            return NOTHING;
        }
    };

    /** Before the first row of a trip of live updates moves, is inserted or is removed. */
    Runnable beforeMoves();

    /** Before every row is replaced (a new filter or order). */
    Runnable beforeReplacingAll();
}
