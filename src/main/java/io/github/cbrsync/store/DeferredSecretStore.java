package io.github.cbrsync.store;

import io.github.cbrsync.domain.SecretKind;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The secret store while the OS keyring is still being probed (a desktop-bus round trip that can take a while):
 * start-up goes on without it, and only a call that needs a secret waits for the probe's answer. The demo and
 * the connections found in the environment or the SDK file never need it.
 */
public final class DeferredSecretStore implements SecretStore {
    private final CompletableFuture<SecretStore> probed;

    public DeferredSecretStore(CompletableFuture<SecretStore> probed) {
        this.probed = probed;
    }

    private SecretStore store() {
        return probed.join();
    }

    @Override
    public Optional<String> get(String profile, SecretKind kind) {
        return store().get(profile, kind);
    }

    @Override
    public void put(String profile, SecretKind kind, String value) {
        store().put(profile, kind, value);
    }

    @Override
    public void delete(String profile, SecretKind kind) {
        store().delete(profile, kind);
    }

    @Override
    public boolean persistent() {
        return store().persistent();
    }

    @Override
    public String description() {
        return store().description();
    }
}
