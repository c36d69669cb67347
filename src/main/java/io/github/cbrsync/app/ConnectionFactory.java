package io.github.cbrsync.app;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.NetworkSettings;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Turns a profile and its secrets into client settings. Touches neither disk nor network; a missing secret
 * is a {@link MissingSecretException} so the window can ask for it.
 */
final class ConnectionFactory {
    private final Map<String, String> environment;

    ConnectionFactory(Map<String, String> environment) {
        this.environment = environment;
    }

    /** {@code secrets} answers (profile, kind) with the secret, if there is one. */
    ClientSettings settings(ConnectionProfile p, BiFunction<ConnectionProfile, SecretKind, Optional<String>> secrets,
                            RatePlan rate) throws MissingSecretException, MissingRegionException {
        if (p.region().isEmpty()) {
            throw new MissingRegionException(p.id(), p.name());
        }
        Endpoints endpoints = Endpoints.resolve(p.region(), p.cbrEndpoint(), p.iamEndpoint(), environment);
        Credentials credentials;
        if (p.auth() == AuthMethod.AK_SK) {
            if (p.accessKey().isEmpty()) {
                throw new IllegalArgumentException(Messages.format("connection.problem.akOf", p.name()));
            }
            String sk = secrets.apply(p, SecretKind.SECRET_KEY)
                    .orElseThrow(() -> new MissingSecretException(p.id(), p.name(), SecretKind.SECRET_KEY));
            credentials = new Credentials.AkSk(p.accessKey(), sk, secrets.apply(p, SecretKind.SECURITY_TOKEN));
        } else {
            String password = secrets.apply(p, SecretKind.PASSWORD)
                    .orElseThrow(() -> new MissingSecretException(p.id(), p.name(), SecretKind.PASSWORD));
            credentials = new Credentials.IamPassword(p.iamUser(), password, p.iamAccount(), p.region());
        }
        NetworkSettings network = new NetworkSettings(p.proxyMode(), p.proxyHost(), p.proxyPort(),
                Optional.of(p.proxyUser()).filter(u -> !u.isEmpty()),
                secrets.apply(p, SecretKind.PROXY_PASSWORD), p.extraCaFile().map(Path::of));
        return ClientSettings.of(endpoints, p.projectId(), credentials)
                .withTimeouts(Duration.ofSeconds(Math.max(1, p.connectTimeoutSeconds())),
                        Duration.ofSeconds(Math.max(1, p.readTimeoutSeconds())))
                .withRate(rate)
                .withNetwork(network);
    }
}
