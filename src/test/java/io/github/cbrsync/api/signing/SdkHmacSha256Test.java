package io.github.cbrsync.api.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every signature vector of cbr-api.md section 4, plus the intermediate values it gives. */
class SdkHmacSha256Test {
    private static final String DATE = "20191115T033655Z";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        GET  | https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0 | | | fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d
        POST | https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123 | {"key":"value"} | | b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771
        GET  | https://service.region.example.com | | example.com | 919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6
        POST | https://cbr.cn-north-4.myhuaweicloud.com/v3/f841e01fd2b14e7fa41b6ae7aa6b0594/checkpoints/sync | {"sync":{"vault_id":"8d3a8b28-a697-41e2-8d5d-903669f8a02d","auto_trigger":false}} | | ef8d4bbc2e3576e1ca919c52afb3fcf70ec12226189d1d4b9a125cdd1dbccb0a
        GET  | https://cbr.cn-north-4.myhuaweicloud.com/v3/f841e01fd2b14e7fa41b6ae7aa6b0594/vaults?cloud_type=hybrid&limit=100&offset=0 | | | 581d3f7ff7db578a0601dc818aab4ac5ddd857510036a929236584bd82b2b8ba
        GET  | https://cbr.cn-north-4.myhuaweicloud.com/v3/f841e01fd2b14e7fa41b6ae7aa6b0594/operation-logs/60baed87-7e30-4bd8-b71c-89e4a4f7547d | | | 366a04712254fc0b1d613b17d3f64ac98147fae0b04ef9e811f8e790e78e83d2
        """)
    void signsTheDocumentedVectors(String method, String url, String body, String hostOverride, String expected) {
        RequestParts request = vectorRequest(method, url, body, hostOverride, Map.of());
        List<String> signed = SdkHmacSha256.defaultSignedHeaders(request.headers());

        assertThat(signed).containsExactly("host", "x-sdk-date");
        assertThat(SdkHmacSha256.sign(request, signed, "AccessKey", "SecretKey").signature()).isEqualTo(expected);
    }

    @Test
    void signsTheProjectIdHeaderWhenSent() {
        RequestParts request = vectorRequest("POST",
                "https://cbr.cn-north-4.myhuaweicloud.com/v3/f841e01fd2b14e7fa41b6ae7aa6b0594/checkpoints/sync",
                "{\"sync\":{\"vault_id\":\"8d3a8b28-a697-41e2-8d5d-903669f8a02d\",\"auto_trigger\":false}}", null,
                Map.of("X-Project-Id", "f841e01fd2b14e7fa41b6ae7aa6b0594"));
        List<String> signed = SdkHmacSha256.defaultSignedHeaders(request.headers());

        assertThat(signed).containsExactly("host", "x-project-id", "x-sdk-date");
        SdkHmacSha256.SignatureResult result = SdkHmacSha256.sign(request, signed, "AccessKey", "SecretKey");
        assertThat(result.signature()).isEqualTo("f8650d1e6b5439ea5bf7749487d8fda62072a85c23a0d183f24c45e46f8eb4c1");
        assertThat(result.authorization()).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
                + "SignedHeaders=host;x-project-id;x-sdk-date, "
                + "Signature=f8650d1e6b5439ea5bf7749487d8fda62072a85c23a0d183f24c45e46f8eb4c1");
    }

    @Test
    void buildsTheDocumentedCanonicalRequestAndItsHash() {
        RequestParts request = vectorRequest("GET", "https://service.region.example.com/v1/"
                + "77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
                null, null, Map.of());
        String canonical = SdkHmacSha256.canonicalRequest(request, List.of("host", "x-sdk-date"));

        assertThat(canonical).isEqualTo("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                + "host:service.region.example.com\nx-sdk-date:20191115T033655Z\n\nhost;x-sdk-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(SdkHmacSha256.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18");
    }

    @Test
    void signsThePublishedDocumentationExampleWithContentType() {
        RequestParts request = vectorRequest("GET", "https://service.region.example.com/v1/"
                + "77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
                null, null, Map.of());
        String sig = SdkHmacSha256.sign(request, List.of("content-type", "host", "x-sdk-date"),
                "QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc").signature();

        assertThat(sig).isEqualTo("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    @Test
    void percentEncodesAsRfc3986AndSortsQueryKeysStably() {
        assertThat(SdkHmacSha256.percentEncode("a b/c~d_e.f-g*中")).isEqualTo("a%20b%2Fc~d_e.f-g%2A%E4%B8%AD");
        assertThat(SdkHmacSha256.canonicalQuery(List.of(Map.entry("b", "2"), Map.entry("a", "z"),
                Map.entry("b", "1"), Map.entry("c", "")))).isEqualTo("a=z&b=2&b=1&c=");
        assertThat(SdkHmacSha256.canonicalUri(List.of())).isEqualTo("/");
    }

    @Test
    void parsesTheAuthorizationHeaderItWrites() {
        AuthorizationHeader parsed = AuthorizationHeader.parse(
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc").orElseThrow();
        assertThat(parsed).isEqualTo(new AuthorizationHeader("AK", List.of("host", "x-sdk-date"), "abc"));
        assertThat(AuthorizationHeader.parse("Basic Zm9v")).isEmpty();
        assertThat(AuthorizationHeader.parse("SDK-HMAC-SHA256 Access=AK")).isEmpty();
    }

    /** The request the vectors describe: Content-Type and TEST_UNDERSCORE sent but excluded from signing. */
    private static RequestParts vectorRequest(String method, String url, String body, String hostOverride,
                                              Map<String, String> extraHeaders) {
        URI uri = URI.create(url);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("TEST_UNDERSCORE", "TEST_VALUE");
        headers.put("Host", hostOverride != null && !hostOverride.isBlank() ? hostOverride : uri.getHost());
        headers.put("X-Sdk-Date", DATE);
        headers.putAll(extraHeaders);
        List<String> segments = uri.getPath() == null ? List.of()
                : List.of(uri.getPath().split("/")).stream().filter(s -> !s.isEmpty()).toList();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.add(Map.entry(kv[0], kv.length > 1 ? kv[1] : ""));
            }
        }
        byte[] bytes = body == null || body.isBlank() ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return new RequestParts(method, segments, query, headers, bytes);
    }
}
