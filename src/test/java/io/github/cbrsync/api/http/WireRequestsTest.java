package io.github.cbrsync.api.http;

import static io.github.cbrsync.api.http.MockServerSupport.PROJECT;
import static io.github.cbrsync.api.http.MockServerSupport.VAULT;
import static io.github.cbrsync.api.http.MockServerSupport.json;
import static io.github.cbrsync.api.http.MockServerSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.VaultFilter;
import io.github.cbrsync.api.signing.AuthorizationHeader;
import io.github.cbrsync.api.signing.RequestParts;
import io.github.cbrsync.api.signing.SdkHmacSha256;
import io.github.cbrsync.domain.SyncReceipt;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.domain.Vault;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the client puts on the wire, byte for byte, and how it reads the documented answers. */
class WireRequestsTest {
    private final MockWebServer server = new MockWebServer();
    private OkHttpCbrApi api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        api = new OkHttpCbrApi(settings(server), new MockServerSupport.RecordingSleeper());
    }

    @AfterEach
    void stop() {
        api.close();
        server.close();
    }

    @Test
    void syncSendsTheDocumentedBodySignedByteForByte() throws Exception {
        server.enqueue(json(200, "{\"sync\":{\"operation_log_id\":\"60baed87-7e30-4bd8-b71c-89e4a4f7547d\","
                + "\"vault_id\":\"" + VAULT + "\"}}"));

        SyncReceipt receipt = api.sync(VAULT, false);

        assertThat(receipt).isEqualTo(new SyncReceipt("60baed87-7e30-4bd8-b71c-89e4a4f7547d", VAULT));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v3/" + PROJECT + "/checkpoints/sync");
        assertThat(request.getBody().utf8())
                .isEqualTo("{\"sync\":{\"vault_id\":\"" + VAULT + "\",\"auto_trigger\":false}}");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(request.getHeaders().get("X-Sdk-Date")).isEqualTo("20191115T033655Z");
        assertThat(request.getHeaders().get("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(request.getHeaders().get("User-Agent")).startsWith("CBR-Sync-Desk/");
        assertSignatureVerifies(request, "SecretKey");
    }

    @Test
    void syncSendsAutoTriggerTrueWhenAsked() throws Exception {
        server.enqueue(json(200, "{\"sync\":{\"operation_log_id\":\"x\",\"vault_id\":\"" + VAULT + "\"}}"));
        api.sync(VAULT, true);
        assertThat(server.takeRequest().getBody().utf8()).contains("\"auto_trigger\":true");
    }

    @Test
    void listVaultsAlwaysAsksForHybridAndPagesUntilCount() throws Exception {
        server.enqueue(json(200, vaultPage(0, 2, 5)));
        server.enqueue(json(200, vaultPage(2, 2, 5)));
        server.enqueue(json(200, vaultPage(4, 1, 5)));

        List<Vault> vaults = api.listVaults(VaultFilter.all().withPageSize(2));

        assertThat(vaults).extracting(Vault::name).containsExactly("v0", "v1", "v2", "v3", "v4");
        assertThat(vaults.get(0).usage().capacityMb()).isEqualTo(1024L * 1024);
        assertThat(vaults.get(0).usage().usedMb()).isEqualTo(262_144L);
        assertThat(vaults.get(0).usage().usedFraction()).isEqualTo(0.25);
        assertThat(vaults.get(0).createdAt()).contains(Instant.parse("2020-02-05T10:38:34.209782Z"));
        for (int offset : new int[] {0, 2, 4}) {
            HttpUrl url = server.takeRequest().getUrl();
            assertThat(url.queryParameter("cloud_type")).isEqualTo("hybrid");
            assertThat(url.queryParameter("limit")).isEqualTo("2");
            assertThat(url.queryParameter("offset")).isEqualTo(Integer.toString(offset));
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void listVaultsDropsPublicVaultsAGatewayLetThrough() {
        server.enqueue(json(200, "{\"count\":2,\"vaults\":[" + vault("h", "hybrid") + "," + vault("p", "public")
                + "]}"));
        assertThat(api.listVaults(VaultFilter.all())).extracting(Vault::name).containsExactly("h");
    }

    @Test
    void showTaskReadsStatusProgressCountersAndErrors() throws Exception {
        server.enqueue(json(200, "{\"operation_log\":{\"id\":\"t1\",\"vault_id\":\"" + VAULT + "\","
                + "\"vault_name\":\"vault-a\",\"operation_type\":\"sync\",\"status\":\"failed\","
                + "\"created_at\":\"2020-02-23T01:00:32Z\",\"ended_at\":\"2020-02-23T01:05:00Z\","
                + "\"started_at\":\"\",\"error_info\":{\"code\":\"BackupService.1\",\"message\":\"broken\"},"
                + "\"extra_info\":{\"sync\":{\"sync_backup_num\":3,\"delete_backup_num\":1,"
                + "\"err_sync_backup_num\":2},\"common\":{\"progress\":60}},\"unknown_field\":[1,2]}}"));

        SyncTask task = api.showTask("t1");

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/" + PROJECT + "/operation-logs/t1");
        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.progress()).isEqualTo(60);
        assertThat(task.counters().synced()).isEqualTo(3);
        assertThat(task.counters().deleted()).isEqualTo(1);
        assertThat(task.counters().failed()).isEqualTo(2);
        assertThat(task.error()).map(e -> e.code() + ":" + e.message()).contains("BackupService.1:broken");
        assertThat(task.startedAt()).isEmpty();
        assertThat(task.endedAt()).contains(Instant.parse("2020-02-23T01:05:00Z"));
    }

    @Test
    void listTasksSendsEveryFilter() throws Exception {
        server.enqueue(json(200, "{\"operation_logs\":[],\"count\":0}"));
        TaskFilter filter = TaskFilter.syncTasks().forVault(VAULT).withStatus(TaskStatus.RUNNING)
                .between(Instant.parse("2018-01-01T12:00:00Z"), Instant.parse("2018-01-02T12:00:00Z"))
                .page(50, 100);

        assertThat(api.listTasks(filter).total()).isZero();

        HttpUrl url = server.takeRequest().getUrl();
        assertThat(url.encodedPath()).isEqualTo("/v3/" + PROJECT + "/operation-logs");
        assertThat(Map.of("operation_type", "sync", "vault_id", VAULT, "status", "running",
                "start_time", "2018-01-01T12:00:00Z", "end_time", "2018-01-02T12:00:00Z", "limit", "50",
                "offset", "100")).allSatisfy((k, v) -> assertThat(url.queryParameter(k)).isEqualTo(v));
    }

    @Test
    void discoverProjectsAsksIamWithoutAProjectHeader() throws Exception {
        server.enqueue(json(200, "{\"projects\":[{\"id\":\"p1\",\"name\":\"cn-north-4\"},"
                + "{\"id\":\"p2\",\"name\":\"cn-north-4_sub\"}]}"));

        assertThat(api.discoverProjects("cn-north-4")).extracting(p -> p.id()).containsExactly("p1", "p2");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v3/projects");
        assertThat(request.getUrl().queryParameter("name")).isEqualTo("cn-north-4");
        assertThat(request.getHeaders().get("X-Project-Id")).isNull();
        assertSignatureVerifies(request, "SecretKey");
    }

    @Test
    void temporaryCredentialsSendAndSignTheSecurityToken() throws Exception {
        server.enqueue(json(200, "{\"operation_logs\":[],\"count\":0}"));
        try (OkHttpCbrApi temp = new OkHttpCbrApi(settings(server).withCredentials(
                new Credentials.AkSk("AccessKey", "SecretKey", Optional.of("sts-token")))))  {
            temp.listTasks(TaskFilter.syncTasks());
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("X-Security-Token")).isEqualTo("sts-token");
        assertThat(AuthorizationHeader.parse(request.getHeaders().get("Authorization")).orElseThrow()
                .signedHeaders()).contains("x-security-token");
        assertSignatureVerifies(request, "SecretKey");
    }

    @Test
    void tokenModeSendsXAuthTokenAndNoSignature() throws Exception {
        server.enqueue(json(200, "{\"operation_logs\":[],\"count\":0}"));
        try (OkHttpCbrApi token = new OkHttpCbrApi(settings(server).withCredentials(new Credentials.Token("tok")))) {
            token.listTasks(TaskFilter.syncTasks());
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo("tok");
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    /** Verifies the signature the way a gateway would, from what arrived, with the SignedHeaders it lists. */
    private static void assertSignatureVerifies(RecordedRequest request, String secretKey) {
        AuthorizationHeader auth = AuthorizationHeader.parse(request.getHeaders().get("Authorization")).orElseThrow();
        assertThat(auth.signedHeaders()).contains("host", "x-sdk-date");
        HttpUrl url = request.getUrl();
        Map<String, String> headers = new java.util.HashMap<>();
        auth.signedHeaders().forEach(h -> headers.put(h, request.getHeaders().get(h)));
        List<Map.Entry<String, String>> query = IntStream.range(0, url.querySize())
                .mapToObj(i -> Map.entry(url.queryParameterName(i), url.queryParameterValue(i))).toList();
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        RequestParts parts = new RequestParts(request.getMethod(), url.pathSegments(), query, headers, body);
        String expected = SdkHmacSha256.signature(secretKey, SdkHmacSha256.stringToSign(headers.get("x-sdk-date"),
                SdkHmacSha256.canonicalRequest(parts, auth.signedHeaders())));
        assertThat(auth.signature()).isEqualTo(expected);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(request.getBody() == null ? ""
                : request.getBody().utf8());
    }

    private static String vaultPage(int from, int size, int count) {
        StringBuilder sb = new StringBuilder("{\"count\":" + count + ",\"limit\":2,\"offset\":" + from + ",\"vaults\":[");
        for (int i = from; i < from + size; i++) {
            sb.append(i > from ? "," : "").append(vault("v" + i, "hybrid"));
        }
        return sb.append("]}").toString();
    }

    private static String vault(String name, String cloudType) {
        return "{\"id\":\"id-" + name + "\",\"name\":\"" + name + "\",\"created_at\":\"2020-02-05T10:38:34.209782\","
                + "\"billing\":{\"size\":1024,\"used\":262144,\"cloud_type\":\"" + cloudType + "\","
                + "\"status\":\"available\",\"protect_type\":\"backup\"},\"resources\":[{\"id\":\"r1\","
                + "\"name\":\"esx01\",\"size\":40,\"type\":\"OS::Native::Server\"}],\"tags\":[]}";
    }
}
