package io.github.cbrsync.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.api.TaskPage;
import io.github.cbrsync.api.VaultFilter;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.SyncReceipt;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.domain.Vault;
import java.net.URI;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.time.Instant;
import io.github.cbrsync.testing.MutableClock;
import io.github.cbrsync.testing.SimulatedAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real client against the real simulator: signing end to end, every call, the server's quirks. */
class ClientAgainstSimulatorTest {
    private CbrSimulator sim;
    private OkHttpCbrApi api;

    @BeforeEach
    void start() throws Exception {
        sim = CbrSimulator.start(SimulatorConfig.demo().withTaskDuration(Duration.ofMillis(1500))
                .withTaskFailureRate(0));
        api = new OkHttpCbrApi(settings(SimulatorConfig.DEMO_SECRET_KEY));
    }

    @AfterEach
    void stop() {
        api.close();
        sim.close();
    }

    private ClientSettings settings(String secretKey) {
        return ClientSettings.of(Endpoints.single(sim.baseUri()), SimulatorConfig.DEMO_PROJECT_ID,
                new Credentials.AkSk(SimulatorConfig.DEMO_ACCESS_KEY, secretKey)).withRateLimit(200)
                .withRetry(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(10)));
    }

    @Test
    void listsOnlyHybridVaultsAcrossSeveralPages() {
        List<Vault> vaults = api.listVaults(VaultFilter.all().withPageSize(5));

        assertThat(vaults).hasSize(sim.hybridVaultIds().size()).hasSizeGreaterThan(20);
        assertThat(vaults).extracting(Vault::id).containsExactlyElementsOf(sim.hybridVaultIds());
        assertThat(vaults).allMatch(Vault::isHybrid);
        assertThat(vaults).allSatisfy(v -> {
            assertThat(v.usage().usedFraction()).isBetween(0.0, 1.0);
            assertThat(v.resources()).isNotEmpty();
            assertThat(v.createdAt()).isPresent();
        });
        long pages = sim.requests().matching(r -> r.path().endsWith("/vaults")).size();
        assertThat(pages).isEqualTo((vaults.size() + 4) / 5);
    }

    @Test
    void theServerDefaultHidesHybridVaults() throws Exception {
        // The quirk the client guards against: without cloud_type the simulator, like CBR, lists public vaults.
        api.listVaults(VaultFilter.all());
        assertThat(sim.requests().all()).allSatisfy(r -> assertThat(r.rawQuery()).contains("cloud_type=hybrid"));
    }

    @Test
    void syncCreatesATaskThatRunsToSuccess() throws Exception {
        String vaultId = sim.syncableVaultIds().get(0);

        SyncReceipt receipt = api.sync(vaultId, true);

        assertThat(receipt.vaultId()).isEqualTo(vaultId);
        assertThat(sim.requests().syncs()).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).contains("\"auto_trigger\":true"));
        SyncTask first = api.showTask(receipt.operationLogId());
        assertThat(first.status()).isIn(TaskStatus.WAITING, TaskStatus.RUNNING);
        assertThat(first.vaultName()).isEqualTo(sim.vaultName(vaultId));
        SyncTask last = first;
        for (int i = 0; i < 200 && !last.status().isTerminal(); i++) {
            Thread.sleep(50);
            last = api.showTask(receipt.operationLogId());
        }
        assertThat(last.status()).isEqualTo(TaskStatus.SUCCESS);
        assertThat(last.progress()).isEqualTo(100);
        assertThat(last.counters().synced()).isPositive();
        assertThat(last.endedAt()).isPresent();
    }

    @Test
    void listTasksFiltersByVaultAndType() {
        String vaultId = sim.syncableVaultIds().get(1);
        String taskId = api.sync(vaultId, false).operationLogId();

        TaskPage page = api.listTasks(TaskFilter.syncTasks().forVault(vaultId));

        assertThat(page.tasks()).extracting(SyncTask::id).contains(taskId);
        assertThat(page.tasks()).allMatch(t -> t.vaultId().equals(vaultId) && t.operationType().equals("sync"));
        assertThat(api.listTasks(TaskFilter.syncTasks()).total()).isGreaterThan(page.total());
    }

    @Test
    void unknownVaultIsNotFoundAndPublicVaultIsRefused() {
        CbrApiException unknown = catchThrowableOfType(CbrApiException.class,
                () -> api.sync("00000000-0000-0000-0000-000000000000", false));
        assertThat(unknown.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(unknown.httpStatus()).isEqualTo(400);
        assertThat(unknown.errorCode()).contains("BackupService.6105");
        assertThat(unknown.requestId()).isPresent();

        CbrApiException publicVault = catchThrowableOfType(CbrApiException.class,
                () -> api.sync(sim.publicVaultIds().get(0), false));
        assertThat(publicVault.kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(publicVault.getMessage()).contains("only hybrid");
    }

    @Test
    void wrongSecretKeyIsRefusedAsAuthAndNotRetried() {
        try (OkHttpCbrApi wrong = new OkHttpCbrApi(settings("not-the-secret"))) {
            CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> wrong.listVaults(VaultFilter.all()));
            assertThat(e.kind()).isEqualTo(Kind.AUTH);
            assertThat(e.errorCode()).contains("APIGW.0301");
            assertThat(e.getMessage()).contains("verify aksk signature fail").doesNotContain("not-the-secret");
        }
        assertThat(sim.requests().all()).hasSize(1);
    }

    @Test
    void aTamperedRequestIsRefused() throws Exception {
        // Sign a real request, then change its body on the way: the signature no longer matches.
        api.sync(sim.syncableVaultIds().get(0), false);
        RecordedRequest signed = sim.requests().syncs().get(0);
        HttpURLConnection tampered = (HttpURLConnection) URI.create(sim.baseUri() + signed.path()).toURL()
                .openConnection();
        tampered.setRequestMethod("POST");
        tampered.setDoOutput(true);
        for (String h : List.of("Authorization", "X-Sdk-Date", "X-Project-Id", "Content-Type", "User-Agent")) {
            tampered.setRequestProperty(h, signed.header(h).orElseThrow());
        }
        try (OutputStream out = tampered.getOutputStream()) {
            out.write(signed.bodyText().replace("false", "true").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(tampered.getResponseCode()).isEqualTo(401);
        try (InputStream err = tampered.getErrorStream()) {
            assertThat(new String(err.readAllBytes(), StandardCharsets.UTF_8)).contains("APIGW.0301");
        }
    }

    @Test
    void aClockMoreThanFifteenMinutesOffIsRefused() {
        Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16));
        try (OkHttpCbrApi late = new OkHttpCbrApi(settings(SimulatorConfig.DEMO_SECRET_KEY).withClock(skewed))) {
            CbrApiException e = catchThrowableOfType(CbrApiException.class, () -> late.showTask("x"));
            assertThat(e.kind()).isEqualTo(Kind.AUTH);
            assertThat(e.getMessage()).contains("15 minutes");
        }
    }

    @Test
    void discoversTheProjectAndWorksWithAnIamToken() {
        assertThat(api.discoverProjects(SimulatorConfig.DEMO_REGION)).singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo(SimulatorConfig.DEMO_PROJECT_ID));
        assertThat(api.discoverProjects("xx-nowhere-1")).isEmpty();

        String token = OkHttpCbrApi.obtainPasswordToken(settings(SimulatorConfig.DEMO_SECRET_KEY), "admin",
                SimulatorConfig.DEMO_SECRET_KEY, "acme", SimulatorConfig.DEMO_REGION);
        try (OkHttpCbrApi tokenApi = new OkHttpCbrApi(settings(SimulatorConfig.DEMO_SECRET_KEY)
                .withCredentials(new Credentials.Token(token)))) {
            assertThat(tokenApi.listVaults(VaultFilter.all())).isNotEmpty();
            sim.revokeTokens();
            assertThat(catchThrowableOfType(CbrApiException.class, () -> tokenApi.listVaults(VaultFilter.all()))
                    .kind()).isEqualTo(Kind.AUTH);
        }
        CbrApiException badPassword = catchThrowableOfType(CbrApiException.class, () -> OkHttpCbrApi
                .obtainPasswordToken(settings(SimulatorConfig.DEMO_SECRET_KEY), "admin", "wrong", "acme", "r"));
        assertThat(badPassword.kind()).isEqualTo(Kind.AUTH);
    }

    @Test
    void faultsFromTheKnobsReachTheClientAsTheirKinds() {
        sim.knobs().html502Rate(1);
        CbrApiException html = catchThrowableOfType(CbrApiException.class, () -> api.showTask("x"));
        assertThat(html.kind()).isEqualTo(Kind.SERVER);
        assertThat(html.getMessage()).contains("502 Bad Gateway");
        assertThat(sim.requests().all()).hasSize(4);

        sim.knobs().reset().connectionResetRate(1);
        String vaultId = sim.syncableVaultIds().get(2);
        CbrApiException cut = catchThrowableOfType(CbrApiException.class, () -> api.sync(vaultId, false));
        assertThat(cut.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN);
        sim.knobs().reset();
        // The sync did happen: the task list, not a second POST, is how to find out.
        assertThat(sim.requests().syncs()).hasSize(1);
        assertThat(api.listTasks(TaskFilter.syncTasks().forVault(vaultId)).tasks()).hasSize(1);
    }

    @Test
    void theGatewayRateLimitIsRetriedThrough() throws Exception {
        // The gateway counts requests per second of its own clock: here a clock that moves only when the client
        // waits, so which requests share a second never depends on where a wall-clock second happens to fall.
        MutableClock gatewayTime = new MutableClock(Instant.now());
        List<Duration> waits = new ArrayList<>();
        try (CbrSimulator limited = CbrSimulator.start(SimulatorConfig.demo().withClock(gatewayTime));
             OkHttpCbrApi client = new OkHttpCbrApi(SimulatedAccount.settings(limited), d -> {
                 waits.add(d);
                 gatewayTime.advance(d);
             })) {
            String taskId = client.sync(limited.syncableVaultIds().get(3), false).operationLogId();
            limited.knobs().gatewayRateLimitPerSecond(2);

            for (int i = 0; i < 4; i++) {
                assertThat(client.showTask(taskId).id()).isEqualTo(taskId);
            }

            // The sync, then two reads in the same second; the third is throttled, waits the Retry-After, goes
            // through in the next second with the fourth.
            assertThat(limited.requests().all()).extracting(RecordedRequest::status)
                    .containsExactly(200, 200, 200, 429, 200, 200);
            assertThat(waits).containsExactly(Duration.ofSeconds(1));
            assertThat(client.budget().throttled()).isEqualTo(1);
        }
    }
}
