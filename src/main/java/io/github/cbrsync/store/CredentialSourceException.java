package io.github.cbrsync.store;

/** A credentials file that cannot be used, with a message that says which file, where, and what to fix. */
public final class CredentialSourceException extends Exception {
    public CredentialSourceException(String message) {
        super(message, null, false, false);
    }
}
