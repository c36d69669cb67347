package io.github.cbrsync.store;

import io.github.cbrsync.domain.SecretKind;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The secret store while the OS keyring is not probed yet (a desktop-bus round trip that can take a while, and
 * that a server or a cron job may not have at all): only a call that needs a secret waits for the probe's answer.
 * The demo and the connections found in the environment or the SDK file never need it.
 */
public final class DeferredSecretStore implements SecretStore {
    private final Supplier<SecretStore> store;

    private DeferredSecretStore(Supplier<SecretStore> store) {
        this.store = store;
    }

    /** The window: the probe already runs beside the start-up; a call that needs a secret waits for it. */
    public DeferredSecretStore(CompletableFuture<SecretStore> probed) {
        this(probed::join);
    }

    /** The command line: the probe runs on the first call that needs a secret, once. */
    public static DeferredSecretStore probedOnFirstUse(Supplier<SecretStore> probe) {
        return new DeferredSecretStore(new Supplier<>() {
            private SecretStore probed;

            @Override
            public synchronized SecretStore get() {
                if (probed == null) {
                    probed = probe.get();
                }
                return probed;
            }
        });
    }

    @Override
    public Optional<String> get(String profile, SecretKind kind) {
        return store.get().get(profile, kind);
    }

    @Override
    public void put(String profile, SecretKind kind, String value) {
        store.get().put(profile, kind, value);
    }

    @Override
    public void delete(String profile, SecretKind kind) {
        store.get().delete(profile, kind);
    }

    @Override
    public boolean persistent() {
        return store.get().persistent();
    }

    @Override
    public String description() {
        return store.get().description();
    }
}
