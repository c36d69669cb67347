package io.github.cbrsync.ui.connection;

import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.service.ConnectionTester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the connection dialogs need from the application; implemented by the app's connection catalog. */
public interface ConnectionWorkbench {
    String DEMO = "Demo simulator";

    /** Every connection that can be chosen: the demo, those found in the environment or SDK file, the saved ones. */
    List<String> names();

    Optional<ConnectionProfile> profile(String name);

    /** Whether the profile came from outside the app (environment, SDK file) and cannot be edited here. */
    boolean isExternal(String name);

    boolean hasSecret(String profile, SecretKind kind);

    /** Saves a profile; secrets given replace the stored ones (absent kinds are kept). */
    void save(Optional<String> previousName, ConnectionProfile profile, Map<SecretKind, String> secrets)
            throws IOException;

    void delete(String name) throws IOException;

    /** Blocking: asks IAM for the projects of the form's region with the form's credentials. */
    List<Project> discoverProjects(ConnectionProfile draft, Map<SecretKind, String> secrets) throws Exception;

    /** Blocking: one signed call with the form's settings, never retried. */
    ConnectionTester.Outcome test(ConnectionProfile draft, Map<SecretKind, String> secrets) throws Exception;

    /** Profiles from a KooCLI config.json (keys only when stored in plain text). */
    List<ConnectionProfile> importKooCli(Path configJson) throws Exception;

    /** Where secrets are kept, in words (the OS keyring, or memory only). */
    String secretStorage();
}
