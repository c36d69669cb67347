package io.github.cbrsync.cli;

/**
 * A value with two faces: a stable code for JSON and CSV ({@code succeeded}, {@code keyring}) and words in the
 * user's language for the table.
 */
record Label(String code, String text) {
    @Override
    public String toString() {
        return code;
    }
}
