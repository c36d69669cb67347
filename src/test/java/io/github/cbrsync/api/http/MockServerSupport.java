package io.github.cbrsync.api.http;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared set-up for tests that check the client's wire behaviour against MockWebServer. */
final class MockServerSupport {
    static final String PROJECT = "f841e01fd2b14e7fa41b6ae7aa6b0594";
    static final String VAULT = "8d3a8b28-a697-41e2-8d5d-903669f8a02d";
    static final Instant FIXED_NOW = Instant.parse("2019-11-15T03:36:55Z");

    /** Records every sleep instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public synchronized void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }

    private MockServerSupport() {
    }

    static ClientSettings settings(MockWebServer server) {
        URI base = URI.create(server.url("/").toString());
        return ClientSettings.of(Endpoints.single(base), PROJECT, new Credentials.AkSk("AccessKey", "SecretKey"))
                .withClock(Clock.fixed(FIXED_NOW, ZoneOffset.UTC))
                .withRateLimit(1000)
                .withRetry(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(30)));
    }

    /** Settings pointing at a loopback port where nothing listens (connection refused). */
    static ClientSettings nothingListening() throws java.io.IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return ClientSettings.of(Endpoints.single(URI.create("http://127.0.0.1:" + port)), "p",
                new Credentials.AkSk("a", "b")).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
