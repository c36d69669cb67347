package io.github.cbrsync.api;

import io.github.cbrsync.domain.ProductInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a CBR client needs to talk to one account in one region. {@code clock} dates the signatures
 * (injectable so signing is testable); {@code rate} is where the adaptive send rate starts and its ceiling.
 */
public record ClientSettings(Endpoints endpoints, String projectId, Credentials credentials,
                             Duration connectTimeout, Duration readTimeout, RatePlan rate,
                             RetryPolicy retry, String userAgent, Clock clock, NetworkSettings network) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public ClientSettings {
        projectId = projectId == null ? "" : projectId.trim();
        if (!projectId.matches("[A-Za-z0-9_-]{0,64}")) {
            throw new IllegalArgumentException("The project ID may hold only letters, digits, '-' and '_' (at most"
                    + " 64), was \"" + projectId + "\"");
        }
        java.util.Objects.requireNonNull(rate, "rate");
    }

    public static ClientSettings of(Endpoints endpoints, String projectId, Credentials credentials) {
        return new ClientSettings(endpoints, projectId, credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                RatePlan.DEFAULT, RetryPolicy.DEFAULT, ProductInfo.userAgent(), Clock.systemUTC(),
                NetworkSettings.SYSTEM);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read) {
        return new ClientSettings(endpoints, projectId, credentials, connect, read, rate, retry,
                userAgent, clock, network);
    }

    public ClientSettings withRetry(RetryPolicy policy) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, rate,
                policy, userAgent, clock, network);
    }

    /** Starts the adaptive rate at {@code perSecond} (tests and trials); the ceiling is at least as high. */
    public ClientSettings withRateLimit(double perSecond) {
        return withRate(RatePlan.startingAt(perSecond));
    }

    public ClientSettings withRate(RatePlan plan) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, plan, retry,
                userAgent, clock, network);
    }

    public ClientSettings withClock(Clock newClock) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, rate,
                retry, userAgent, newClock, network);
    }

    public ClientSettings withNetwork(NetworkSettings newNetwork) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, rate,
                retry, userAgent, clock, newNetwork);
    }

    public ClientSettings withCredentials(Credentials newCredentials) {
        return new ClientSettings(endpoints, projectId, newCredentials, connectTimeout, readTimeout,
                rate, retry, userAgent, clock, network);
    }

    /** False until a project ID is chosen; only IAM project discovery works then. */
    public boolean hasProject() {
        return !projectId.isEmpty();
    }

    public Optional<String> securityToken() {
        return credentials instanceof Credentials.AkSk ak ? ak.securityToken() : Optional.empty();
    }
}
