package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.http.ApiRequest.Audience;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * What a user types or pastes into a connection (endpoint URLs, region and project IDs, keys and tokens) and
 * the IDs a server hands back: either refused at once with a sentence that does not repeat a secret, or
 * turned into requests that go exactly where they say, with headers OkHttp accepts. Never an exception of
 * another type at the first call.
 */
@Tag("properties")
class RequestInputProperties {
    private static final String PASSWORD_IN_URL = "pa55-in-url";

    @Property
    void anEndpointIsRefusedClearlyOrUsedAsTyped(@ForAll("endpoints") String endpoint) {
        Endpoints endpoints;
        try {
            endpoints = Endpoints.resolve("cn-north-4", Optional.of(endpoint), Optional.of(endpoint), Map.of());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(300).doesNotContain(PASSWORD_IN_URL);
            return;
        }
        URI cbr = endpoints.cbr();
        assertThat(cbr.getUserInfo()).as("credentials in a URL would be shown and logged").isNull();
        Request request = signer(ClientSettings.of(endpoints, "p1", new Credentials.AkSk("AK", "SK")))
                .build(ApiRequest.get(Audience.CBR, cbr, List.of("v3", "p1", "vaults"), List.of()));
        HttpUrl url = request.url();
        assertThat(url.host()).isEqualToIgnoringCase(cbr.getHost().replaceAll("^\\[|]$", ""));
        assertThat(url.port()).isEqualTo(cbr.getPort() == -1 ? HttpUrl.defaultPort(url.scheme()) : cbr.getPort());
        assertThat(url.pathSegments()).endsWith("v3", "p1", "vaults");
    }

    @Property
    void aRegionIsRefusedClearlyOrNamesTheRegionsEndpoints(@ForAll("regions") String region) {
        Endpoints endpoints;
        try {
            endpoints = Endpoints.resolve(region, Optional.empty(), Optional.empty(), Map.of());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains("region").hasSizeLessThan(300);
            return;
        }
        assertThat(endpoints.cbr().getHost()).isEqualTo("cbr." + region.strip() + ".myhuaweicloud.com");
        assertThat(signer(ClientSettings.of(endpoints, "", new Credentials.AkSk("AK", "SK")))
                .build(ApiRequest.get(Audience.IAM, endpoints.iam(), List.of("v3", "projects"),
                        List.of(Map.entry("name", region.strip())))).url().queryParameter("name"))
                .isEqualTo(region.strip());
    }

    @Property
    void aProjectIdIsRefusedClearlyOrIsExactlyOnePathSegment(@ForAll("ids") String projectId) {
        ClientSettings settings;
        try {
            settings = ClientSettings.of(Endpoints.single(URI.create("https://cbr.example.com")), projectId,
                    new Credentials.AkSk("AK", "SK"));
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains("project ID").hasSizeLessThan(300);
            return;
        }
        if (!settings.hasProject()) {
            return; // OkHttpCbrApi refuses CBR calls without a project with a sentence of its own
        }
        Request request = signer(settings).build(ApiRequest.get(Audience.CBR, settings.endpoints().cbr(),
                List.of("v3", settings.projectId(), "vaults"), List.of()));
        assertThat(request.url().pathSegments()).containsExactly("v3", settings.projectId(), "vaults");
        assertThat(request.header("X-Project-Id")).isEqualTo(settings.projectId());
    }

    @Property
    void anIdFromTheServerIsLookedUpExactlyOrNotAtAll(@ForAll("ids") String taskId) {
        ClientSettings settings = ClientSettings.of(Endpoints.single(URI.create("https://cbr.example.com")), "p1",
                new Credentials.AkSk("AK", "SK"));
        Request request;
        try {
            request = signer(settings).build(ApiRequest.get(Audience.CBR, settings.endpoints().cbr(),
                    List.of("v3", "p1", "operation-logs", taskId), List.of()));
        } catch (CbrApiException cannotExist) {
            assertThat(cannotExist.kind()).as("the poller gives such a task up").isEqualTo(CbrApiException.Kind.NOT_FOUND);
            return;
        }
        assertThat(request.url().pathSegments()).containsExactly("v3", "p1", "operation-logs", taskId);
    }

    @Property
    void keysAndTokensAreRefusedWithoutBeingRepeatedOrSentAsValidHeaders(@ForAll("keys") String accessKey,
                                                                          @ForAll("keys") String secretKey,
                                                                          @ForAll("keys") String token) {
        Credentials.AkSk credentials;
        try {
            credentials = new Credentials.AkSk(accessKey, secretKey, Optional.of(token));
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).hasSizeLessThan(300);
            if (secretKey.strip().length() > 3) {
                assertThat(refused.getMessage()).doesNotContain(secretKey.strip());
            }
            if (token.strip().length() > 3) {
                assertThat(refused.getMessage()).doesNotContain(token.strip());
            }
            return;
        }
        ClientSettings settings = ClientSettings.of(Endpoints.single(URI.create("https://cbr.example.com")), "p1",
                credentials);
        Request request = signer(settings).build(ApiRequest.get(Audience.CBR, settings.endpoints().cbr(),
                List.of("v3", "p1", "vaults"), List.of()));
        assertThat(request.header("Authorization")).startsWith("SDK-HMAC-SHA256 Access=" + credentials.accessKey());
        credentials.securityToken().ifPresent(t -> assertThat(request.header("X-Security-Token")).isEqualTo(t));
    }

    private static RequestSigner signer(ClientSettings settings) {
        return new RequestSigner(settings, null);
    }

    @Provide
    Arbitrary<String> endpoints() {
        Arbitrary<String> schemes = Arbitraries.of("https://", "http://", "HTTPS://", "", "ftp://", "file://",
                "javascript:", "https:/", "https:");
        Arbitrary<String> userInfo = Arbitraries.of("", "", "", "admin@", "admin:" + PASSWORD_IN_URL + "@", "@");
        Arbitrary<String> hosts = Arbitraries.oneOf(
                Arbitraries.of("cbr.cn-north-4.myhuaweicloud.com", "127.0.0.1", "[::1]", "[fe80::1%25eth0]", "::1",
                        "[2001:db8::1]", "cbr.例子.测试", "xn--fsqu00a.xn--0zwm56d", "my host", "under_score.example",
                        "-lead.example", "trail-.example", "a..b", "localhost", "256.1.1.1", "", ".", "%41.example",
                        "cbr.example.com.", "very" + "long".repeat(70) + ".example"),
                Arbitraries.strings().withCharRange('a', 'z').withChars('.', '-', '_', '%', ':', '[', ']', 'é')
                        .ofMinLength(1).ofMaxLength(30));
        Arbitrary<String> ports = Arbitraries.of("", "", ":443", ":8443", ":0", ":65535", ":65536", ":99999",
                ":-1", ":", ":abc", ":2147483648", ":0443");
        Arbitrary<String> paths = Arbitraries.of("", "", "/", "/cbr", "/a b", "/%zz", "/../..", "?x=1", "#frag",
                "/v3/?q=1#f", "/路径");
        return Combinators.combine(schemes, userInfo, hosts, ports, paths)
                .as((s, u, h, p, path) -> s + u + h + p + path)
                .injectDuplicates(0.01)
                .edgeCases(e -> e.add(" https://cbr.example.com ", "https://cbr.example.com\n", "\t"));
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.oneOf(Arbitraries.of("cn-north-4", " cn-north-4 ", "CN-NORTH-4", "cn_north_4", "cn-north-4.",
                        "cn-north-4/x", "../etc", "", "eu-west-101", "x", "a-", "-a", "ap-southeast-1\n", "中国-北京-4"),
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '.', '_', ' ', '/', 'Ä')
                        .ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.of(".", "..", "...", "%2e%2e", "a/b", "a?b", "a#b", " ", "",
                        "f841e01fd2b14e7fa41b6ae7aa6b0594", "60baed87-7e30-4bd8-b71c-89e4a4f7547d", "x".repeat(65),
                        "id with space", "ünïcode", "a;b", "a\nb"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(70));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.of("QTWAOYTTINDUT2QVKYUC", "AK\u2011123", "AK 123", " AK ", "AK\n123",
                        "token\r\nX-Injected: 1", "密钥", "\u0000", "", "a\tb", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcw\n"
                                + "ggSjAgEAAoIBAQC7"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(60));
    }
}
