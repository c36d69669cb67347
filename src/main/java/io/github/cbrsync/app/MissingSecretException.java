package io.github.cbrsync.app;

import io.github.cbrsync.domain.SecretKind;

/** A connection cannot be opened until the user types a secret it needs (not kept, or kept encrypted elsewhere). */
public final class MissingSecretException extends Exception {
    private final String profile;
    private final SecretKind kind;

    public MissingSecretException(String profile, SecretKind kind) {
        super("The " + kind.name().toLowerCase().replace('_', ' ') + " of " + profile + " is needed", null, false,
                false);
        this.profile = profile;
        this.kind = kind;
    }

    public String profile() {
        return profile;
    }

    public SecretKind kind() {
        return kind;
    }
}
