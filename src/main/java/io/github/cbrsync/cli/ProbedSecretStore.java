package io.github.cbrsync.cli;

import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.store.SecretStore;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The secret store, probed the first time a secret is looked up: the demo and the environment's connection never
 * wait for a desktop bus, which a server or a cron job may not have.
 */
final class ProbedSecretStore implements SecretStore {
    private final Supplier<SecretStore> probe;
    private SecretStore store;

    ProbedSecretStore(Supplier<SecretStore> probe) {
        this.probe = probe;
    }

    private synchronized SecretStore store() {
        if (store == null) {
            store = probe.get();
        }
        return store;
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
