package io.github.cbrsync.api.http;

import static io.github.cbrsync.api.http.MockServerSupport.VAULT;
import static io.github.cbrsync.api.http.MockServerSupport.json;
import static io.github.cbrsync.api.http.MockServerSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries that cannot do harm: requests are counted on the server, sleeps are recorded, not slept. */
class RetryRulesTest {
    private static final String TASK = "{\"operation_log\":{\"id\":\"t1\",\"status\":\"running\"}}";
    private static final String RECEIPT = "{\"sync\":{\"operation_log_id\":\"op-1\",\"vault_id\":\"" + VAULT + "\"}}";

    private final MockWebServer server = new MockWebServer();
    private final MockServerSupport.RecordingSleeper sleeper = new MockServerSupport.RecordingSleeper();
    private OkHttpCbrApi api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        // A read timeout that a loaded machine never reaches: only the timeout test below wants a short one.
        api = new OkHttpCbrApi(settings(server).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)), sleeper);
    }

    @AfterEach
    void stop() {
        api.close();
        server.close();
    }

    @Test
    void getRetriesServerErrorsWithGrowingBackoffThenSucceeds() {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(500, "{}"));
        server.enqueue(json(200, TASK));

        assertThat(api.showTask("t1").id()).isEqualTo("t1");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.sleeps).hasSize(2);
        assertThat(sleeper.sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeper.sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void getGivesUpAfterTheAttemptBound() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(500, "{\"error_code\":\"BackupService.0001\",\"error_msg\":\"x\"}"));
        }
        CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> api.showTask("t1"));
        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void getHonoursRetryAfterOnThrottling() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3")
                .body("{\"error_code\":\"APIGW.0308\",\"error_msg\":\"over ratelimit\"}").build());
        server.enqueue(json(200, TASK));

        api.showTask("t1");
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterBeyondTheTimeBoundStopsRetrying() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "100").body("{}").build());
        assertThat(catchThrowableOfType(CbrApiException.class, () -> api.showTask("t1")).kind())
                .isEqualTo(Kind.SERVER);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void authenticationFailuresAreNeverRetried() {
        server.enqueue(json(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"verify aksk signature fail\"}"));
        server.enqueue(json(200, TASK));
        assertThat(catchThrowableOfType(CbrApiException.class, () -> api.showTask("t1")).kind()).isEqualTo(Kind.AUTH);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void timedOutSyncIsSentOnceAndReportedAsOutcomeUnknown() {
        server.enqueue(new MockResponse.Builder().code(200).body(RECEIPT).headersDelay(3, TimeUnit.SECONDS).build());
        server.enqueue(json(200, RECEIPT));
        api.close();
        api = new OkHttpCbrApi(settings(server).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400)), sleeper);

        CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> api.sync(VAULT, false));

        assertThat(e.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN);
        assertThat(e.getMessage()).contains("not sent again");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void syncCutOffMidResponseIsOutcomeUnknownAndNotResent() {
        server.enqueue(new MockResponse.Builder().code(200).body(RECEIPT)
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, RECEIPT));

        assertThat(catchThrowableOfType(CbrApiException.class, () -> api.sync(VAULT, false)).kind())
                .isEqualTo(Kind.OUTCOME_UNKNOWN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void syncIsRetriedAfterThrottling() {
        server.enqueue(json(429, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"over ratelimit\"}"));
        server.enqueue(json(200, RECEIPT));

        assertThat(api.sync(VAULT, false).operationLogId()).isEqualTo("op-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void syncIsRetriedAfter503WithRetryAfterOnly() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("{}").build());
        server.enqueue(json(200, RECEIPT));
        assertThat(api.sync(VAULT, false).operationLogId()).isEqualTo("op-1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void syncIsNotRetriedAfterAPlain5xx() {
        server.enqueue(json(500, "{\"error_code\":\"BackupService.0001\",\"error_msg\":\"x\"}"));
        server.enqueue(json(200, RECEIPT));
        assertThat(catchThrowableOfType(CbrApiException.class, () -> api.sync(VAULT, false)).kind())
                .isEqualTo(Kind.SERVER);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void syncAnsweredByAGatewayTimeoutIsOutcomeUnknown() {
        server.enqueue(new MockResponse.Builder().code(504).body("<html>Gateway Timeout</html>").build());
        assertThat(catchThrowableOfType(CbrApiException.class, () -> api.sync(VAULT, false)).kind())
                .isEqualTo(Kind.OUTCOME_UNKNOWN);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void syncThatCouldNotConnectIsRetriedBecauseItNeverLeft() throws Exception {
        ClientSettings closed = MockServerSupport.nothingListening().withRetry(new RetryPolicy(3,
                Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(10)));
        try (OkHttpCbrApi unreachable = new OkHttpCbrApi(closed, sleeper)) {
            CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> unreachable.sync(VAULT, false));
            assertThat(e.kind()).isEqualTo(Kind.NETWORK);
            assertThat(sleeper.sleeps).hasSize(2);
        }
    }
}
