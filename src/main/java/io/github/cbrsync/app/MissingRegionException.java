package io.github.cbrsync.app;

/** A connection cannot be opened until the user picks its region (one found in the environment had none). */
public final class MissingRegionException extends Exception {
    private final String profile;

    public MissingRegionException(String profile) {
        super("Choose a region for " + profile, null, false, false);
        this.profile = profile;
    }

    public String profile() {
        return profile;
    }
}
