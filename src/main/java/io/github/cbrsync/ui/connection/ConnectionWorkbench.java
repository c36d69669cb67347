package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.service.ConnectionTester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the connection dialogs need from the application; every blocking call is made off the FX thread. */
public interface ConnectionWorkbench {

    /** Every connection that can be chosen: the demo, those found in the environment or SDK file, the saved ones. */
    List<ConnectionChoice> connections();

    Optional<ConnectionProfile> profile(ConnectionId id);

    /** The demo and the connections found outside the app (environment, SDK file) cannot be edited here. */
    boolean isBuiltIn(ConnectionId id);

    /** Blocking (the OS keyring): whether a secret is stored for the profile. */
    boolean hasSecret(ConnectionProfile profile, SecretKind kind);

    /**
     * Blocking: saves a profile, new or replacing the one with its ID (a renamed one keeps its ID and history);
     * secrets given replace the stored ones (absent kinds are kept). Returns the profile as saved.
     */
    ConnectionProfile save(ConnectionProfile profile, boolean isNew, Map<SecretKind, String> secrets)
            throws IOException;

    void delete(ConnectionId id) throws IOException;

    /** Blocking: asks IAM for the projects of the form's region with the form's credentials. */
    List<Project> discoverProjects(ConnectionProfile draft, Map<SecretKind, String> secrets) throws Exception;

    /** Blocking: one signed call with the form's settings, never retried. */
    ConnectionTester.Outcome test(ConnectionProfile draft, Map<SecretKind, String> secrets) throws Exception;

    /** Profiles from a KooCLI config.json (keys only when stored in plain text). */
    List<ConnectionProfile> importKooCli(Path configJson) throws Exception;

    /** Where secrets are kept, in words (the OS keyring, or memory only). */
    String secretStorage();
}
