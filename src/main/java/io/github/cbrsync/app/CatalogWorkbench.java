package io.github.cbrsync.app;

import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.ui.connection.ConnectionWorkbench;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The connection dialogs' view of the app: the catalog, drafts for Test and Discover, and the KooCLI import. */
final class CatalogWorkbench implements ConnectionWorkbench {
    private final ConnectionCatalog catalog;
    private final DraftConnections drafts;
    private final KooCliImport kooCli;

    CatalogWorkbench(ConnectionCatalog catalog) {
        this.catalog = catalog;
        this.drafts = new DraftConnections(catalog);
        this.kooCli = new KooCliImport(catalog);
    }

    @Override
    public List<ConnectionChoice> connections() {
        return catalog.choices();
    }

    @Override
    public Optional<ConnectionProfile> profile(ConnectionId id) {
        return catalog.profile(id);
    }

    @Override
    public boolean isBuiltIn(ConnectionId id) {
        return catalog.isBuiltIn(id);
    }

    @Override
    public boolean hasSecret(ConnectionProfile profile, SecretKind kind) {
        return catalog.secret(profile, kind).isPresent();
    }

    @Override
    public ConnectionProfile save(ConnectionProfile profile, boolean isNew, Map<SecretKind, String> secrets)
            throws IOException {
        return catalog.save(profile, isNew, secrets);
    }

    @Override
    public void delete(ConnectionId id) throws IOException {
        catalog.delete(id);
    }

    @Override
    public List<Project> discoverProjects(ConnectionProfile draft, Map<SecretKind, String> secrets) throws Exception {
        return drafts.discoverProjects(draft, secrets);
    }

    @Override
    public ConnectionTester.Outcome test(ConnectionProfile draft, Map<SecretKind, String> secrets) throws Exception {
        return drafts.test(draft, secrets);
    }

    @Override
    public List<ConnectionProfile> importKooCli(Path configJson) throws Exception {
        return kooCli.importFrom(configJson);
    }

    @Override
    public String secretStorage() {
        return catalog.secretStore().description();
    }
}
