package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.NetworkSettings;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.ProxyMode;
import io.github.cbrsync.service.ConnectionTester.Problem;
import io.github.cbrsync.i18n.Texts;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.testing.SimulatedAccount;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each Test-connection failure mapped to its sentence; real failures where this machine can make them. */
class ConnectionTesterTest {
    private SimulatedAccount account;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofSeconds(5), 0);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    private ClientSettings settings() {
        return SimulatedAccount.settings(account.sim).withRetry(RetryPolicy.NONE);
    }

    private ConnectionTester.Outcome test(ClientSettings s, Clock clock) {
        try (OkHttpCbrApi api = new OkHttpCbrApi(s)) {
            return ConnectionTester.test(api, clock);
        }
    }

    @Test
    void goodCredentialsPass() {
        ConnectionTester.Outcome outcome = test(settings(), Clock.systemUTC());
        assertThat(outcome.ok()).isTrue();
        assertThat(Texts.testOutcome(outcome)).startsWith("Connected");
    }

    @Test
    void aWrongSecretKeyIsSaidSoAndSentOnce() {
        ConnectionTester.Outcome outcome = test(settings().withCredentials(
                new Credentials.AkSk(SimulatorConfig.DEMO_ACCESS_KEY, "wrong")), Clock.systemUTC());
        assertThat(outcome.problem()).isEqualTo(Problem.BAD_KEYS);
        assertThat(account.sim.requests().all()).hasSize(1);
    }

    @Test
    void aSkewedClockIsReportedWithItsOffset() {
        Clock twentyMinutesAhead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
        ConnectionTester.Outcome outcome = test(settings().withClock(twentyMinutesAhead), twentyMinutesAhead);
        assertThat(outcome.problem()).isEqualTo(Problem.CLOCK_SKEW);
        assertThat(Texts.testOutcome(outcome)).contains("20 minutes ahead of the server's");
    }

    @Test
    void aRefusedTokenAndAWrongPasswordAreTold() {
        String token = OkHttpCbrApi.obtainPasswordToken(settings(), "ann", SimulatorConfig.DEMO_SECRET_KEY, "acme",
                "cn-north-4");
        account.sim.revokeTokens();
        assertThat(test(settings().withCredentials(new Credentials.Token(token)), Clock.systemUTC()).problem())
                .isEqualTo(Problem.TOKEN_REFUSED);
        assertThat(test(settings().withCredentials(new Credentials.IamPassword("ann", "nope", "acme", "cn-north-4")),
                Clock.systemUTC()).problem()).isEqualTo(Problem.WRONG_PASSWORD);
    }

    @Test
    void nothingListeningIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ClientSettings closed = settings().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        closed = new ClientSettings(Endpoints.single(URI.create("http://127.0.0.1:" + port)), closed.projectId(),
                closed.credentials(), closed.connectTimeout(), closed.readTimeout(), closed.rate(),
                closed.retry(), closed.userAgent(), closed.clock(), closed.network());
        assertThat(test(closed, Clock.systemUTC()).problem()).isEqualTo(Problem.CONNECTION_REFUSED);
    }

    @Test
    void aProxyThatWantsAuthenticationIsTheProxysFault() throws Exception {
        try (MockWebServer proxy = new MockWebServer()) {
            proxy.start();
            proxy.enqueue(new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=corp")
                    .build());
            ClientSettings viaProxy = settings().withNetwork(new NetworkSettings(ProxyMode.MANUAL, "127.0.0.1",
                    proxy.getPort(), Optional.empty(), Optional.empty(), Optional.empty()));
            assertThat(test(viaProxy, Clock.systemUTC()).problem()).isEqualTo(Problem.PROXY);
        }
    }

    @Test
    void causesThisMachineCannotProduceAreMappedToo() {
        Clock now = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        assertThat(Texts.testOutcome(ConnectionTester.diagnose(new CbrApiException(Kind.NETWORK, "x",
                new UnknownHostException("cbr.xx-nowhere-1.myhuaweicloud.com")), now, false)))
                .contains("cbr.xx-nowhere-1.myhuaweicloud.com was not found");
        assertThat(ConnectionTester.diagnose(new CbrApiException(Kind.NETWORK, "x",
                new SSLHandshakeException("PKIX path building failed")), now, false).problem()).isEqualTo(Problem.TLS);
        assertThat(ConnectionTester.diagnose(new CbrApiException(Kind.FORBIDDEN, 403, "CBR.0403", "denied", "r", null),
                now, false).problem()).isEqualTo(Problem.PERMISSION);
        assertThat(ConnectionTester.diagnose(new CbrApiException(Kind.NOT_FOUND, 404, "APIGW.0101", "no api", "r",
                null), now, false).problem()).isEqualTo(Problem.WRONG_ENDPOINT);
        assertThat(Texts.testOutcome(ConnectionTester.diagnose(new CbrApiException(Kind.AUTH, 401, "APIGW.0301",
                "refused", "r", Instant.parse("2026-11-28T12:30:00Z"), null), now, false)))
                .contains("150 minutes behind");
        assertThat(ConnectionTester.diagnose(new CbrApiException(Kind.NETWORK, "x",
                new java.net.SocketTimeoutException("timeout")), now, false).problem()).isEqualTo(Problem.TIMEOUT);
    }

    @Test
    void anExpiredPasswordTokenIsRenewedOnceAndTheCallSucceeds() {
        ClientSettings password = settings().withCredentials(new Credentials.IamPassword("ann",
                SimulatorConfig.DEMO_SECRET_KEY, "acme", "cn-north-4"));
        try (OkHttpCbrApi api = new OkHttpCbrApi(password)) {
            assertThat(api.listVaults(io.github.cbrsync.api.VaultFilter.all())).isNotEmpty();
            account.sim.revokeTokens();
            assertThat(api.listVaults(io.github.cbrsync.api.VaultFilter.all())).isNotEmpty();
        }
        assertThat(account.sim.requests().matching(r -> r.path().equals("/v3/auth/tokens"))).hasSize(2);
        assertThat(account.sim.requests().matching(r -> r.status() == 401)).hasSize(1);
    }
}
