package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;

import io.github.cbrsync.domain.SecretKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets for this run only: used when no OS keyring answers (a headless box, a locked-down desktop). */
public final class MemorySecretStore implements SecretStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final String why;

    public MemorySecretStore(String why) {
        this.why = why;
    }

    @Override
    public Optional<String> get(String profile, SecretKind kind) {
        return Optional.ofNullable(secrets.get(profile + "/" + kind));
    }

    @Override
    public void put(String profile, SecretKind kind, String value) {
        secrets.put(profile + "/" + kind, value);
    }

    @Override
    public void delete(String profile, SecretKind kind) {
        secrets.remove(profile + "/" + kind);
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return Messages.format("secrets.memory", why);
    }
}
