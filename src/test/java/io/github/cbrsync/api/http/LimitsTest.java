package io.github.cbrsync.api.http;

import static io.github.cbrsync.api.http.MockServerSupport.json;
import static io.github.cbrsync.api.http.MockServerSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.TaskPage;
import io.github.cbrsync.api.VaultFilter;
import io.github.cbrsync.domain.Vault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers too large to read, and lists long enough to need many pages. */
class LimitsTest {
    private MockWebServer server;
    private OkHttpCbrApi api;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        api = new OkHttpCbrApi(settings(server), new MockServerSupport.RecordingSleeper());
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        server.close();
    }

    @Test
    void anAnswerOverTheLimitIsRefusedWithAMessageAndNotRetried() {
        Buffer huge = new Buffer().write(new byte[(int) BoundedBody.MAX_BYTES + 1]);
        server.enqueue(new MockResponse.Builder().code(200).body(huge).build());

        assertThatThrownBy(() -> api.listVaults(VaultFilter.all())).isInstanceOfSatisfying(CbrApiException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PROTOCOL);
                    assertThat(e.getMessage()).startsWith("The server's answer is larger than 16 MB");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aChunkedAnswerWithoutLengthIsCutAtTheLimitToo() {
        Buffer huge = new Buffer().write(new byte[(int) BoundedBody.MAX_BYTES + 1]);
        server.enqueue(new MockResponse.Builder().code(500).chunkedBody(huge, 1024 * 1024).build());

        assertThatThrownBy(() -> api.listTasks(TaskFilter.syncTasks())).isInstanceOfSatisfying(CbrApiException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.PROTOCOL));
    }

    @Test
    void anEndlessBodyIsReadOnlyAShortWayPastTheLimit() {
        AtomicLong pulled = new AtomicLong();
        Source endless = new Source() {
            @Override
            public long read(Buffer sink, long byteCount) {
                sink.write(new byte[(int) byteCount]);
                pulled.addAndGet(byteCount);
                return byteCount;
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {
            }
        };
        ResponseBody body = ResponseBody.create(Okio.buffer(endless), MediaType.get("application/json"), -1);

        assertThatThrownBy(() -> BoundedBody.read(body, 1024 * 1024)).isInstanceOf(CbrApiException.class);
        assertThat(pulled.get()).isLessThan(1024 * 1024 + 256 * 1024);
    }

    @Test
    void aLargeAnswerIsReadInSmallChunksAndParsedWhole() throws Exception {
        StringBuilder json = new StringBuilder("{\"operation_logs\":[");
        for (int i = 0; i < 3000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"task-").append(i).append("\",\"padding\":\"")
                    .append("x".repeat(300)).append("\"}");
        }
        byte[] bytes = json.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ResponseBody body = ResponseBody.create(Okio.buffer(Okio.source(new java.io.ByteArrayInputStream(bytes))),
                MediaType.get("application/json"), -1);

        BodyChunks read = BoundedBody.read(body);

        assertThat(bytes.length).as("over G1's humongous size for 1 MB regions").isGreaterThan(512 * 1024);
        assertThat(read.length()).isEqualTo(bytes.length);
        assertThat(read.chunks()).allSatisfy(c -> assertThat(c.length).isLessThanOrEqualTo(BodyChunks.CHUNK));
        assertThat(read.bytes()).isEqualTo(bytes);
        assertThat(WireMapping.read(read, "task list").path("operation_logs").size()).isEqualTo(3000);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReadingAnything() {
        AtomicLong pulled = new AtomicLong();
        Source counting = new Source() {
            @Override
            public long read(Buffer sink, long byteCount) {
                pulled.addAndGet(byteCount);
                return -1;
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {
            }
        };
        ResponseBody body = ResponseBody.create(Okio.buffer(counting), null, BoundedBody.MAX_BYTES + 1);
        assertThatThrownBy(() -> BoundedBody.read(body)).isInstanceOf(CbrApiException.class);
        assertThat(pulled.get()).isZero();
    }

    @Test
    void aTenMegabyteAnswerUnderTheLimitIsRead() {
        StringBuilder padding = new StringBuilder(10 * 1024 * 1024 + 100);
        padding.append("{\"vaults\":[],\"count\":0,\"padding\":\"");
        padding.append("x".repeat(10 * 1024 * 1024)).append("\"}");
        server.enqueue(json(200, padding.toString()));
        assertThat(api.listVaults(VaultFilter.all())).isEmpty();
    }

    /**
     * 10,000 vaults come in ten pages of 1,000. listVaults is already frugal: it reads one page, maps it into
     * the result list and lets the page's JSON tree go before asking for the next, so it never holds every page
     * twice; this test pins the paging (offsets, stop condition) that makes that so.
     */
    @Test
    void tenThousandVaultsArePagedOneThousandAtATime() {
        int total = 10_000;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
                int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
                StringBuilder page = new StringBuilder("{\"vaults\":[");
                for (int i = offset; i < Math.min(total, offset + limit); i++) {
                    page.append(i == offset ? "" : ",").append("{\"id\":\"v-").append(i).append("\",\"name\":\"vault ")
                            .append(i).append("\",\"billing\":{\"cloud_type\":\"hybrid\",\"size\":100,\"used\":5}}");
                }
                return json(200, page.append("],\"count\":").append(total).append('}').toString());
            }
        });

        List<Vault> vaults = api.listVaults(VaultFilter.all());

        assertThat(vaults).hasSize(total);
        assertThat(vaults.get(9_999).id()).isEqualTo("v-9999");
        assertThat(vaults.stream().map(Vault::id).distinct().count()).isEqualTo(total);
        assertThat(server.getRequestCount()).isEqualTo(10);
    }

    /**
     * 100,000 sync tasks: listTasks returns one page per call (the caller, HistoryCatchUp, folds a page into the
     * history and drops it before asking for the next), so a long task list is never held whole, let alone twice.
     */
    @Test
    void aHundredThousandTasksArePagedOnePageAtATime() {
        int total = 100_000;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
                int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
                StringBuilder page = new StringBuilder("{\"operation_logs\":[");
                for (int i = offset; i < Math.min(total, offset + limit); i++) {
                    page.append(i == offset ? "" : ",").append("{\"id\":\"op-").append(i)
                            .append("\",\"vault_id\":\"v-1\",\"operation_type\":\"sync\",\"status\":\"success\"}");
                }
                return json(200, page.append("],\"count\":").append(total).append('}').toString());
            }
        });

        Set<String> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        for (int offset = 0; ; ) {
            TaskPage page = api.listTasks(TaskFilter.syncTasks().page(1000, offset));
            page.tasks().forEach(t -> seen.add(t.id()));
            pageSizes.add(page.tasks().size());
            offset += page.tasks().size();
            if (page.tasks().isEmpty() || offset >= page.total()) {
                break;
            }
        }

        assertThat(seen).hasSize(total);
        assertThat(pageSizes).hasSize(100).containsOnly(1000);
    }
}
