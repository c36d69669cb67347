package io.github.cbrsync.store;

import io.github.cbrsync.domain.SecretKind;
import java.util.Optional;

/** Where secrets live: the OS keyring when there is one, else memory for this run only. */
public interface SecretStore {

    Optional<String> get(String profile, SecretKind kind);

    void put(String profile, SecretKind kind, String value);

    void delete(String profile, SecretKind kind);

    /** True when secrets survive a restart (the OS keyring). */
    boolean persistent();

    /** For the window: where secrets are kept, in words. */
    String description();
}
