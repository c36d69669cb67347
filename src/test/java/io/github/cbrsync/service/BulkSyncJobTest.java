package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.testing.ServiceStack;
import io.github.cbrsync.testing.SimulatedAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bulk sync as a job: progress, cancel, pause on refused credentials, interruption, the summary. */
class BulkSyncJobTest {
    private SimulatedAccount account;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<JobPlan> saved = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private final JobStore store = new JobStore() {
        @Override
        public void save(JobPlan plan) {
            saved.add(plan);
        }

        @Override
        public List<JobPlan> loadAll() {
            return List.copyOf(saved);
        }

        @Override
        public void delete(String jobId) {
            deleted.add(jobId);
        }
    };

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofMillis(200), 20);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        account.close();
    }

    private List<JobPlan.Item> items(int n) {
        return account.sim.syncableVaultIds().stream().limit(n)
                .map(id -> new JobPlan.Item(id, account.sim.vaultName(id), false)).toList();
    }

    private BulkSyncJob job(ServiceStack stack, OkHttpCbrApi api, List<JobPlan.Item> items) {
        return new BulkSyncJob(new JobPlan(UUID.randomUUID().toString(), Instant.now(), items), stack.sync,
                api.budget(), store);
    }

    @Test
    void sendsEveryVaultFollowsThemAndSumsUpOnceTheyEnd() throws Exception {
        ServiceStack stack = ServiceStack.over(account.api);
        BulkSyncJob job = job(stack, account.api, items(25));
        List<BulkSyncJob.Progress> progress = new ArrayList<>();
        job.addListener(p -> {
            synchronized (progress) {
                progress.add(p);
            }
        });

        job.start(threads);
        job.sendingDone().get(20, TimeUnit.SECONDS);
        assertThat(job.progress().state()).isEqualTo(BulkSyncJob.State.FOLLOWING);
        assertThat(job.progress().sent()).isEqualTo(25);
        assertThat(saved).extracting(JobPlan::id).containsExactly(job.id());
        Thread.sleep(500);
        stack.advanceAndTick(Duration.ofMinutes(1));

        JobSummary summary = job.finished().get(20, TimeUnit.SECONDS);
        assertThat(summary.succeeded()).isEqualTo(25);
        assertThat(summary.needAttention()).isEmpty();
        assertThat(deleted).containsExactly(job.id());
        assertThat(job.progress().state()).isEqualTo(BulkSyncJob.State.FINISHED);
        assertThat(stack.history.snapshot()).hasSize(25)
                .allSatisfy(e -> assertThat(e.jobId()).contains(job.id()));
        synchronized (progress) {
            assertThat(progress).extracting(BulkSyncJob.Progress::ended).isSorted();
        }
    }

    @Test
    void cancelStopsEveryRequestNotYetSentEvenThoseWaitingForTheirTurn() throws Exception {
        try (OkHttpCbrApi slow = new OkHttpCbrApi(SimulatedAccount.settings(account.sim)
                .withRate(new RatePlan(4, 4, true)))) {
            ServiceStack stack = ServiceStack.over(slow);
            BulkSyncJob job = job(stack, slow, items(20));
            job.start(threads);
            while (account.sim.requests().syncs().size() < 3) {
                Thread.sleep(20);
            }

            job.cancel();
            job.sendingDone().get(20, TimeUnit.SECONDS);
            int sent = account.sim.requests().syncs().size();
            Thread.sleep(600);

            assertThat(account.sim.requests().syncs()).hasSize(sent);
            assertThat(sent).isLessThan(20);
            BulkSyncJob.Progress p = job.progress();
            assertThat(p.notSent()).isEqualTo(20 - sent);
            assertThat(stack.history.snapshot()).filteredOn(e -> e.status() == HistoryStatus.NOT_SENT)
                    .allSatisfy(e -> assertThat(e.error().orElseThrow().message()).contains("cancelled"));
            // Tasks already created are still followed to their end, then the job sums up.
            stack.advanceAndTick(Duration.ofMinutes(1));
            JobSummary summary = job.finished().get(20, TimeUnit.SECONDS);
            assertThat(summary.cancelled()).isTrue();
            assertThat(summary.succeeded()).isEqualTo(sent);
            assertThat(summary.neverSent() + summary.count(HistoryStatus.NOT_SENT)).isEqualTo(20 - sent);
        }
    }

    @Test
    void refusedCredentialsPauseTheJobWithTheReason() throws Exception {
        try (OkHttpCbrApi wrongKey = new OkHttpCbrApi(SimulatedAccount.settings(account.sim)
                .withCredentials(new Credentials.AkSk(account.sim.config().accessKey(), "not-the-key"))
                .withRate(new RatePlan(5, 5, true)))) {
            ServiceStack stack = ServiceStack.over(wrongKey);
            BulkSyncJob job = job(stack, wrongKey, items(20));
            job.start(threads);
            waitFor(() -> job.progress().state() == BulkSyncJob.State.PAUSED);
            Thread.sleep(1500);

            BulkSyncJob.Progress p = job.progress();
            assertThat(p.pausedBy()).contains(JobPause.AUTHENTICATION);
            assertThat(p.pauseDetail().orElseThrow()).contains("Authentication failed");
            // The gateway locks a key after five failures: the pause comes before that many are sent.
            assertThat(account.sim.requests().syncs().size()).isLessThanOrEqualTo(4);
            job.cancel();
        }
    }

    @Test
    void anInterruptedJobKeepsItsPlanForTheNextStart() throws Exception {
        try (OkHttpCbrApi slow = new OkHttpCbrApi(SimulatedAccount.settings(account.sim)
                .withRate(new RatePlan(4, 4, true)))) {
            ServiceStack stack = ServiceStack.over(slow);
            BulkSyncJob job = job(stack, slow, items(20));
            job.start(threads);
            while (account.sim.requests().syncs().size() < 2) {
                Thread.sleep(20);
            }
            job.interrupt();
            job.sendingDone().get(20, TimeUnit.SECONDS);
            stack.advanceAndTick(Duration.ofMinutes(1));
            Thread.sleep(300);
            stack.advanceAndTick(Duration.ofMinutes(1));

            assertThat(deleted).isEmpty();
            assertThat(job.finished()).isNotDone();
            List<HistoryEntry> rows = stack.history.snapshot();
            assertThat(rows).allSatisfy(e -> assertThat(e.jobId()).contains(job.id()));
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }
}
