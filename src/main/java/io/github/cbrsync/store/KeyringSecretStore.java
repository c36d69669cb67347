package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import io.github.cbrsync.domain.SecretKind;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Secrets in the OS keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
 *
 * <p>The keyring can fail after the start: the user locks it, or its daemon stops. The keyring library then
 * throws whatever its D-Bus layer ran into (seen: NullPointerException from a dismissed unlock prompt). Any such
 * failure switches this store to memory for the rest of the run and its description says so: a secret that
 * cannot be read is asked for again (the window asks when a connection lacks one) instead of failing the
 * connection, and a typed secret still works for this run.
 */
public final class KeyringSecretStore implements SecretStore {
    private static final System.Logger LOG = System.getLogger(KeyringSecretStore.class.getName());
    static final String SERVICE = "CBR Sync Desk"; // (matched, not shown): the keyring entry's service
    static final String STOPPED_ANSWERING = Messages.get("secrets.why.stopped");

    private final Keyring keyring;
    private final MemorySecretStore fallback = new MemorySecretStore(STOPPED_ANSWERING);
    private volatile boolean failed;

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
            return new MemorySecretStore(Messages.get(noBackend(e) ? "secrets.why.noKeyring" : "secrets.why.noAnswer"));
        }
    }

    /** The library's "no backend" arrives wrapped (by openAndTry and by the future): look down the chain. */
    private static boolean noBackend(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BackendNotSupportedException) {
                return true;
            }
        }
        return false;
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
        if (!failed) {
            try {
                return Optional.ofNullable(keyring.getPassword(SERVICE, account(profile, kind)));
            } catch (PasswordAccessException notFound) {
                return Optional.empty();
            } catch (RuntimeException e) {
                switchToMemory("read", e, null);
            }
        }
        return fallback.get(profile, kind);
    }

    @Override
    public void put(String profile, SecretKind kind, String value) {
        if (!failed) {
            try {
                keyring.setPassword(SERVICE, account(profile, kind), value);
                return;
            } catch (PasswordAccessException | RuntimeException e) {
                switchToMemory("store", e, value);
            }
        }
        fallback.put(profile, kind, value);
    }

    @Override
    public void delete(String profile, SecretKind kind) {
        fallback.delete(profile, kind);
        if (failed) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, account(profile, kind));
        } catch (PasswordAccessException notThere) {
            // Nothing to delete.
        } catch (RuntimeException e) {
            switchToMemory("delete", e, null);
        }
    }

    @Override
    public boolean persistent() {
        return !failed;
    }

    @Override
    public String description() {
        return failed ? fallback.description()
                : Messages.format("secrets.keyring", keyring.getKeyringStorageType());
    }

    /** From now on secrets live in memory; the log says why, without the secret ({@code value}) itself. */
    private void switchToMemory(String action, Exception e, String value) {
        failed = true;
        String why = e.toString();
        if (value != null && !value.isEmpty()) {
            why = why.replace(value, "***");
        }
        LOG.log(Level.WARNING, "the OS keyring failed to {0} a secret ({1}); secrets are kept in memory for the rest "
                + "of this run", action, why);
    }

    private static String account(String profile, SecretKind kind) {
        return profile + "/" + kind.name();
    }
}
