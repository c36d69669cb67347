package io.github.cbrsync.app;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.service.ConnectionTester.Outcome;
import io.github.cbrsync.service.ConnectionTester.Problem;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connection editor's Discover and Test connection: a form that is not saved yet, signed with the secrets
 * typed in it (or the stored ones for what was left empty), one call each, never retried (a refused key counts
 * towards the gateway's lock). Blocking: off the FX thread.
 */
final class DraftConnections {
    private final ConnectionCatalog catalog;

    DraftConnections(ConnectionCatalog catalog) {
        this.catalog = catalog;
    }

    List<Project> discoverProjects(ConnectionProfile draft, Map<SecretKind, String> typed) throws Exception {
        try (OkHttpCbrApi api = new OkHttpCbrApi(settings(draft, typed))) {
            return api.discoverProjects(draft.region());
        }
    }

    Outcome test(ConnectionProfile draft, Map<SecretKind, String> typed) throws Exception {
        boolean tokenLogin = draft.auth() == AuthMethod.IAM_PASSWORD;
        ClientSettings settings = settings(draft, typed);
        try (OkHttpCbrApi api = new OkHttpCbrApi(settings)) {
            if (!settings.hasProject()) {
                List<Project> projects = api.discoverProjects(draft.region());
                return projects.isEmpty() ? Outcome.of(Problem.NO_PROJECT, "none", draft.region())
                        : Outcome.of(Problem.NO_PROJECT, "choose", projects.size());
            }
            return ConnectionTester.test(api, Clock.systemUTC(), tokenLogin);
        } catch (CbrApiException e) {
            return ConnectionTester.diagnose(e, Clock.systemUTC(), tokenLogin);
        }
    }

    private ClientSettings settings(ConnectionProfile draft, Map<SecretKind, String> typed)
            throws MissingSecretException, MissingRegionException {
        return catalog.factory().settings(draft, (profile, kind) -> Optional.ofNullable(typed.get(kind))
                        .filter(v -> !v.isEmpty()).or(() -> catalog.secret(profile, kind)), RatePlan.startingAt(5))
                .withRetry(RetryPolicy.NONE);
    }
}
