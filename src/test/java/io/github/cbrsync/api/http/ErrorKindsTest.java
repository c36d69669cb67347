package io.github.cbrsync.api.http;

import static io.github.cbrsync.api.http.MockServerSupport.VAULT;
import static io.github.cbrsync.api.http.MockServerSupport.json;
import static io.github.cbrsync.api.http.MockServerSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.RetryPolicy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error kind from canned responses: bodies of every shape, never a parse crash. */
class ErrorKindsTest {
    private final MockWebServer server = new MockWebServer();
    private OkHttpCbrApi api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        api = new OkHttpCbrApi(settings(server).withRetry(RetryPolicy.NONE));
    }

    @AfterEach
    void stop() {
        api.close();
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        401 | {"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"req-body"} | AUTH | APIGW.0301 | req-body
        401 | {"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information","request_id":"r2"} | AUTH | APIG.0301 | r2
        403 | {"error_code":"CBR.0403","error_msg":"Policy doesn't allow cbr:vaults:list"} | FORBIDDEN | CBR.0403 | hdr-id
        400 | {"error_code":"BackupService.6105","error_msg":"Vault Not Found"} | NOT_FOUND | BackupService.6105 | hdr-id
        404 | {"error_code":"APIGW.0101","error_msg":"The API does not exist","request_id":"r3"} | NOT_FOUND | APIGW.0101 | r3
        400 | {"error_code":"BackupService.0002","error_msg":"Invalid parameter"} | INVALID_REQUEST | BackupService.0002 | hdr-id
        413 | {"error_code":"APIGW.0201","error_msg":"Request entity too large"} | INVALID_REQUEST | APIGW.0201 | hdr-id
        429 | {"error_code":"APIGW.0308","error_msg":"policy user over ratelimit,limit:10,time:1 second"} | THROTTLED | APIGW.0308 | hdr-id
        500 | {"error_code":"BackupService.0001","error_msg":"Internal error"} | SERVER | BackupService.0001 | hdr-id
        400 | {"code":"CBR.1000","message":"flat code and message"} | INVALID_REQUEST | CBR.1000 | hdr-id
        400 | {"error":{"code":"CBR.1001","message":"nested one level"},"request_id":"outer"} | INVALID_REQUEST | CBR.1001 | outer
        503 | <html><head><title>503 Service Temporarily Unavailable</title></head><body>nginx</body></html> | SERVER | | hdr-id
        500 | [1,2,3] | SERVER | | hdr-id
        500 | | SERVER | | hdr-id
        """)
    void mapsStatusAndBodyToTheRightKind(int status, String body, Kind kind, String code, String requestId) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("X-Request-Id", "hdr-id")
                .body(body == null ? "" : body).build());

        CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> api.showTask("t1"));

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.errorCode().orElse(null)).isEqualTo(code);
        assertThat(e.requestId()).contains(requestId);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("SecretKey");
    }

    @Test
    void vaultNotFoundReadsAsASentence() {
        server.enqueue(json(400, "{\"error_code\":\"BackupService.6105\",\"error_msg\":\"Vault Not Found\"}"));
        CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> api.sync(VAULT, false));
        assertThat(e.getMessage()).startsWith("Vault not found.");
    }

    @Test
    void htmlErrorPageBecomesAShortHintNotAParseError() {
        server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html")
                .body("<html><head><title>Oops from the proxy</title></head><body><h1>x</h1></body></html>").build());
        CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> api.showTask("t1"));
        assertThat(e.getMessage()).contains("Oops from the proxy").doesNotContain("<");
    }

    @Test
    void unparseableSuccessIsAProtocolError() {
        server.enqueue(json(200, "this is not json"));
        assertThat(catchThrowableOfType(CbrApiException.class, () -> api.showTask("t1")).kind())
                .isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void syncAnswerWithoutTaskIdIsAProtocolError() {
        server.enqueue(json(200, "{\"sync\":{\"vault_id\":\"" + VAULT + "\"}}"));
        CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> api.sync(VAULT, false));
        assertThat(e.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(e.getMessage()).contains("operation_log_id");
    }

    @Test
    void nothingListeningIsANetworkError() throws Exception {
        ClientSettings closed = MockServerSupport.nothingListening().withRetry(RetryPolicy.NONE);
        try (OkHttpCbrApi unreachable = new OkHttpCbrApi(closed)) {
            CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> unreachable.showTask("t"));
            assertThat(e.kind()).isEqualTo(Kind.NETWORK);
            assertThat(e.httpStatus()).isZero();
        }
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        assertThat(new Credentials.AkSk("AK1", "VerySecret", java.util.Optional.of("TokenSecret")).toString())
                .contains("AK1").doesNotContain("VerySecret").doesNotContain("TokenSecret");
        assertThat(new Credentials.Token("TokenSecret").toString()).doesNotContain("TokenSecret");
    }
}
