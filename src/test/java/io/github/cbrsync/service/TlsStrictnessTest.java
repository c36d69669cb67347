package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.NetworkSettings;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.ProxyMode;
import io.github.cbrsync.service.ConnectionTester.Outcome;
import io.github.cbrsync.service.ConnectionTester.Problem;
import io.github.cbrsync.i18n.Texts;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS stays strict: a local HTTPS server with an untrusted, an expired and a wrong-host certificate is refused
 * each time with the sentence that fits, and the extra-CA option trusts exactly the CA it is given.
 */
class TlsStrictnessTest {
    private static final HeldCertificate COMPANY_CA = ca("Company TLS Inspection CA");
    private static final HeldCertificate OTHER_CA = ca("Some Other CA");

    @TempDir
    Path dir;
    private MockWebServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSelfSignedCertificateIsNotTrusted() throws Exception {
        HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
        Outcome outcome = testConnection(serve(selfSigned, null), Optional.empty());
        assertThat(outcome.problem()).isEqualTo(Problem.TLS);
        assertThat(Texts.testOutcome(outcome)).isEqualTo("The server's certificate is not trusted. If your company inspects "
                + "TLS traffic, add its CA certificate file to the connection.");
    }

    @Test
    void anExpiredCertificateSaysExpiredNotUntrusted() throws Exception {
        HeldCertificate expired = new HeldCertificate.Builder().addSubjectAlternativeName("localhost")
                .validityInterval(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(),
                        Instant.parse("2021-01-01T00:00:00Z").toEpochMilli())
                .signedBy(COMPANY_CA).build();
        Outcome outcome = testConnection(serve(expired, COMPANY_CA), Optional.of(caFile(COMPANY_CA)));
        assertThat(outcome.problem()).isEqualTo(Problem.TLS);
        assertThat(Texts.testOutcome(outcome)).startsWith("The server's certificate has expired or is not valid yet.")
                .contains("computer's date");
    }

    @Test
    void aCertificateForAnotherHostSaysSo() throws Exception {
        HeldCertificate wrongHost = new HeldCertificate.Builder().addSubjectAlternativeName("cbr.example.com")
                .signedBy(COMPANY_CA).build();
        Outcome outcome = testConnection(serve(wrongHost, COMPANY_CA), Optional.of(caFile(COMPANY_CA)));
        assertThat(outcome.problem()).isEqualTo(Problem.TLS);
        assertThat(Texts.testOutcome(outcome)).startsWith("The server's certificate was issued for another host name")
                .contains("endpoint address");
    }

    @Test
    void theExtraCaIsTrustedAndNothingElseIs() throws Exception {
        HeldCertificate byCompany = leafSignedBy(COMPANY_CA);
        HeldCertificate byOther = leafSignedBy(OTHER_CA);
        Path companyCa = caFile(COMPANY_CA);

        assertThat(testConnection(serve(byCompany, COMPANY_CA), Optional.of(companyCa)).ok())
                .as("the given CA is trusted").isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
        server.close();

        assertThat(testConnection(serve(byCompany, COMPANY_CA), Optional.empty()).problem())
                .as("without the option the same server is refused").isEqualTo(Problem.TLS);
        server.close();

        assertThat(testConnection(serve(byOther, OTHER_CA), Optional.of(companyCa)).problem())
                .as("another CA stays untrusted").isEqualTo(Problem.TLS);
        assertThat(server.getRequestCount()).as("no request went out over a refused handshake").isZero();
    }

    @Test
    void aCaFileWithoutACertificateIsRefusedWhenTheConnectionIsBuilt() throws Exception {
        Path junk = Files.writeString(dir.resolve("not-a-ca.pem"), "-----BEGIN NOTHING-----\nabc\n");
        ClientSettings settings = settings(URI.create("https://localhost:1"), Optional.of(junk));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OkHttpCbrApi(settings).close())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-a-ca.pem");
    }

    private Outcome testConnection(URI endpoint, Optional<Path> extraCa) {
        try (OkHttpCbrApi api = new OkHttpCbrApi(settings(endpoint, extraCa))) {
            return ConnectionTester.test(api, Clock.systemUTC());
        }
    }

    private static ClientSettings settings(URI endpoint, Optional<Path> extraCa) {
        return ClientSettings.of(Endpoints.single(endpoint), "0123456789abcdef0123456789abcdef",
                        new Credentials.AkSk("AK", "SK"))
                .withRetry(RetryPolicy.NONE).withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
                .withNetwork(new NetworkSettings(ProxyMode.NONE, "", 0, Optional.empty(), Optional.empty(), extraCa));
    }

    /** An HTTPS server on loopback presenting {@code certificate} (and its issuer), answering one task list. */
    private URI serve(HeldCertificate certificate, HeldCertificate issuer) throws Exception {
        server = new MockWebServer();
        HandshakeCertificates.Builder chain = new HandshakeCertificates.Builder();
        if (issuer == null) {
            chain.heldCertificate(certificate);
        } else {
            chain.heldCertificate(certificate, issuer.certificate());
        }
        server.useHttps(chain.build().sslSocketFactory());
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"operation_logs\":[],\"count\":0}").build());
        server.start();
        return URI.create("https://localhost:" + server.getPort());
    }

    private Path caFile(HeldCertificate ca) throws Exception {
        return Files.writeString(dir.resolve(ca.certificate().getSubjectX500Principal().getName().hashCode()
                + ".pem"), ca.certificatePem());
    }

    private static HeldCertificate ca(String name) {
        return new HeldCertificate.Builder().certificateAuthority(0).commonName(name).build();
    }

    private static HeldCertificate leafSignedBy(HeldCertificate ca) {
        return new HeldCertificate.Builder().addSubjectAlternativeName("localhost").signedBy(ca).build();
    }
}
