package io.github.cbrsync.api.http;

import io.github.cbrsync.api.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The IAM token of a password connection, in memory only. Tokens last 24 h but die early when the password
 * or permissions change, so a refused token is dropped and a new one obtained once.
 */
final class TokenCache {
    /** Renew well before the 24 h lifetime ends. */
    static final Duration LIFETIME = Duration.ofHours(23);

    private final Credentials.IamPassword credentials;
    private final Function<Credentials.IamPassword, String> obtain;
    private final Clock clock;
    private String token;
    private Instant obtainedAt = Instant.MIN;

    TokenCache(Credentials.IamPassword credentials, Function<Credentials.IamPassword, String> obtain, Clock clock) {
        this.credentials = credentials;
        this.obtain = obtain;
        this.clock = clock;
    }

    synchronized String token() {
        if (token == null || clock.instant().isAfter(obtainedAt.plus(LIFETIME))) {
            token = obtain.apply(credentials);
            obtainedAt = clock.instant();
        }
        return token;
    }

    /** Forgets the token if it is still the one that was refused (another thread may have renewed it). */
    synchronized void refused(String refusedToken) {
        if (refusedToken != null && refusedToken.equals(token)) {
            token = null;
        }
    }

    synchronized String current() {
        return token;
    }
}
