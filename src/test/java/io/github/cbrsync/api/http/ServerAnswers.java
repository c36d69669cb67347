package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.VaultFilter;
import io.github.cbrsync.domain.Project;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.Vault;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * One local server that answers every request with the answer under test, and the check every answer must
 * pass: the call returns a sane result, or throws a {@link CbrApiException} with a short message free of the
 * connection's secrets. Any other exception (a NullPointerException, a NumberFormatException, a
 * DateTimeException...) fails the check by escaping it.
 */
final class ServerAnswers implements AutoCloseable {
    static final String SECRET_KEY = "sk-property-secret-0123456789abcdef";
    static final String SECURITY_TOKEN = "st-property-token-fedcba9876543210";
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The calls of the client, each with a valid answer to damage. */
    enum Call {
        LIST_VAULTS("{\"vaults\":[{\"id\":\"v-1\",\"name\":\"branch\",\"description\":\"d\",\"billing\":{"
                + "\"cloud_type\":\"hybrid\",\"size\":100,\"used\":2048,\"status\":\"available\",\"protect_type\":"
                + "\"backup\",\"object_type\":\"server\",\"spec_code\":\"vault.hybrid.server.normal\"},\"resources\":"
                + "[{\"id\":\"r-1\",\"name\":\"srv\",\"type\":\"OS::Native::Server\",\"size\":40,\"protect_status\":"
                + "\"available\"}],\"created_at\":\"2020-02-05T10:38:34.209782\"}],\"count\":1,\"limit\":1000,"
                + "\"offset\":0}", api -> checkVaults(api.listVaults(VaultFilter.all()))),
        SYNC("{\"sync\":{\"operation_log_id\":\"op-1\",\"vault_id\":\"v-1\"}}", api -> {
            assertThat(api.sync("v-1", true).operationLogId()).isNotBlank();
            return null;
        }),
        SHOW_TASK("{\"operation_log\":" + Call.TASK + "}", api -> checkTask(api.showTask("op-1"))),
        LIST_TASKS("{\"operation_logs\":[" + Call.TASK + "," + Call.TASK + "],\"count\":2}", api -> {
            api.listTasks(TaskFilter.syncTasks()).tasks().forEach(ServerAnswers::checkTask);
            return null;
        }),
        DISCOVER_PROJECTS("{\"projects\":[{\"id\":\"p-1\",\"name\":\"cn-north-4\"},{\"id\":\"p-2\",\"name\":"
                + "\"cn-north-4_sub\"}]}", api -> {
                    api.discoverProjects("cn-north-4").stream().map(Project::id)
                            .forEach(id -> assertThat(id).isNotBlank());
                    return null;
                });

        private static final String TASK = "{\"id\":\"op-1\",\"vault_id\":\"v-1\",\"vault_name\":\"branch\","
                + "\"operation_type\":\"sync\",\"status\":\"running\",\"created_at\":\"2020-02-23T01:00:32Z\","
                + "\"started_at\":\"2020-02-23T01:00:33Z\",\"ended_at\":null,\"updated_at\":\"2020-02-23T01:01:00Z\","
                + "\"error_info\":{\"code\":\"\",\"message\":\"\"},\"extra_info\":{\"sync\":{\"sync_backup_num\":1,"
                + "\"delete_backup_num\":0,\"err_sync_backup_num\":0},\"common\":{\"progress\":50,\"request_id\":"
                + "\"req-1\",\"task_id\":\"t-1\"}}}";

        final String valid;
        final Function<OkHttpCbrApi, Object> invoke;

        Call(String valid, Function<OkHttpCbrApi, Object> invoke) {
            this.valid = valid;
            this.invoke = invoke;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final AtomicReference<MockResponse> answer = new AtomicReference<>();
    private final OkHttpCbrApi api;

    ServerAnswers() throws java.io.IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer.get();
            }
        });
        server.start();
        ClientSettings settings = ClientSettings.of(Endpoints.single(URI.create(server.url("/").toString())),
                        "0123456789abcdef0123456789abcdef",
                        new Credentials.AkSk("AccessKey", SECRET_KEY, Optional.of(SECURITY_TOKEN)))
                .withRetry(RetryPolicy.NONE).withRateLimit(100_000)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
        api = new OkHttpCbrApi(settings, new MockServerSupport.RecordingSleeper());
    }

    /** Answers {@code call} with {@code status} and {@code body} and checks what the client makes of it. */
    void check(Call call, int status, byte[] body) {
        answer.set(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(new Buffer().write(body)).build());
        try {
            call.invoke.apply(api);
        } catch (CbrApiException e) {
            checkMessage(e);
        }
    }

    static void checkMessage(CbrApiException e) {
        assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(700)
                .doesNotContain(SECRET_KEY).doesNotContain(SECURITY_TOKEN);
        assertThat(e.kind()).isNotNull();
    }

    private static Object checkVaults(List<Vault> vaults) {
        for (Vault v : vaults) {
            assertThat(v.id()).isNotBlank();
            assertThat(v.name()).isNotNull();
            assertThat(v.usage().usedFraction()).isBetween(0.0, 1.0);
            v.createdAt().ifPresent(ServerAnswers::checkShowable);
            assertThat(v.resources()).doesNotContainNull();
        }
        return vaults;
    }

    private static Object checkTask(SyncTask t) {
        assertThat(t.id()).isNotBlank();
        assertThat(t.progress()).isBetween(0, 100);
        assertThat(t.status()).isNotNull();
        assertThat(t.counters()).isNotNull();
        for (Optional<Instant> time : List.of(t.createdAt(), t.startedAt(), t.endedAt(), t.updatedAt())) {
            time.ifPresent(ServerAnswers::checkShowable);
        }
        return t;
    }

    /** A time the window can show in any time zone (years 1 to 9999). */
    private static void checkShowable(Instant time) {
        assertThat(time).isBetween(EARLIEST, LATEST);
    }

    @Override
    public void close() throws java.io.IOException {
        api.close();
        server.close();
    }
}
