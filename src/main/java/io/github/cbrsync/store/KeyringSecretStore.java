package io.github.cbrsync.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import io.github.cbrsync.domain.SecretKind;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Secrets in the OS keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows). */
public final class KeyringSecretStore implements SecretStore {
    private static final System.Logger LOG = System.getLogger(KeyringSecretStore.class.getName());
    static final String SERVICE = "CBR Sync Desk";

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Probes for a working keyring (bounded in time: a desktop bus that never answers must not hold up the
     * start) and falls back to memory, saying why.
     */
    public static SecretStore probe() {
        try {
            Keyring keyring = CompletableFuture.supplyAsync(KeyringSecretStore::openAndTry).get(3, TimeUnit.SECONDS);
            return new KeyringSecretStore(keyring);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.log(Level.INFO, "no usable OS keyring: {0}", cause.toString());
            return new MemorySecretStore(cause instanceof BackendNotSupportedException
                    ? "no OS keyring on this computer" : "the OS keyring did not answer");
        }
    }

    private static Keyring openAndTry() {
        try {
            Keyring k = Keyring.create();
            try {
                k.getPassword(SERVICE, "probe");
            } catch (PasswordAccessException notThere) {
                // The keyring answered; an absent entry is the normal answer.
            }
            return k;
        } catch (BackendNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<String> get(String profile, SecretKind kind) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(profile, kind)));
        } catch (PasswordAccessException notFound) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String profile, SecretKind kind, String value) {
        try {
            keyring.setPassword(SERVICE, account(profile, kind), value);
        } catch (PasswordAccessException e) {
            throw new IllegalStateException("The OS keyring refused to store the " + kind.name().toLowerCase()
                    .replace('_', ' ') + " of " + profile, null);
        }
    }

    @Override
    public void delete(String profile, SecretKind kind) {
        try {
            keyring.deletePassword(SERVICE, account(profile, kind));
        } catch (PasswordAccessException notThere) {
            // Nothing to delete.
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "Secrets are kept in the OS keyring (" + keyring.getKeyringStorageType() + ").";
    }

    private static String account(String profile, SecretKind kind) {
        return profile + "/" + kind.name();
    }
}
