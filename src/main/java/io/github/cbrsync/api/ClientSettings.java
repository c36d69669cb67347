package io.github.cbrsync.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a CBR client needs to talk to one account in one region. {@code clock} dates the signatures
 * (injectable so signing is testable); {@code requestsPerSecond} feeds the client-side rate limiter.
 */
public record ClientSettings(Endpoints endpoints, String projectId, Credentials credentials,
                             Duration connectTimeout, Duration readTimeout, double requestsPerSecond,
                             RetryPolicy retry, String userAgent, Clock clock, NetworkSettings network) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final double DEFAULT_REQUESTS_PER_SECOND = 10;

    public ClientSettings {
        projectId = projectId == null ? "" : projectId.trim();
        if (!projectId.matches("[A-Za-z0-9_-]{0,64}")) {
            throw new IllegalArgumentException("The project ID may hold only letters, digits, '-' and '_' (at most"
                    + " 64), was \"" + projectId + "\"");
        }
        if (requestsPerSecond <= 0) {
            throw new IllegalArgumentException("The rate limit must be above 0 requests per second");
        }
    }

    public static ClientSettings of(Endpoints endpoints, String projectId, Credentials credentials) {
        return new ClientSettings(endpoints, projectId, credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_REQUESTS_PER_SECOND, RetryPolicy.DEFAULT, ProductInfo.userAgent(), Clock.systemUTC(),
                NetworkSettings.SYSTEM);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read) {
        return new ClientSettings(endpoints, projectId, credentials, connect, read, requestsPerSecond, retry,
                userAgent, clock, network);
    }

    public ClientSettings withRetry(RetryPolicy policy) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, requestsPerSecond,
                policy, userAgent, clock, network);
    }

    public ClientSettings withRateLimit(double perSecond) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, perSecond, retry,
                userAgent, clock, network);
    }

    public ClientSettings withClock(Clock newClock) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, requestsPerSecond,
                retry, userAgent, newClock, network);
    }

    public ClientSettings withNetwork(NetworkSettings newNetwork) {
        return new ClientSettings(endpoints, projectId, credentials, connectTimeout, readTimeout, requestsPerSecond,
                retry, userAgent, clock, newNetwork);
    }

    public ClientSettings withCredentials(Credentials newCredentials) {
        return new ClientSettings(endpoints, projectId, newCredentials, connectTimeout, readTimeout,
                requestsPerSecond, retry, userAgent, clock, network);
    }

    /** False until a project ID is chosen; only IAM project discovery works then. */
    public boolean hasProject() {
        return !projectId.isEmpty();
    }

    public Optional<String> securityToken() {
        return credentials instanceof Credentials.AkSk ak ? ak.securityToken() : Optional.empty();
    }
}
