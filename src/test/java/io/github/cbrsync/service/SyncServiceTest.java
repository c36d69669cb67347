package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.domain.VaultUsage;
import io.github.cbrsync.sim.SimulatorKnobs.SyncFault;
import io.github.cbrsync.testing.ServiceStack;
import io.github.cbrsync.testing.SimulatedAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sync orchestration against the simulator: gate, history rows, refusals, and settling unclear answers. */
class SyncServiceTest {
    private SimulatedAccount account;
    private ServiceStack stack;
    private Instant started;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofMillis(300), 0);
        stack = ServiceStack.over(account.api);
        started = Instant.now().minusSeconds(1);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void aSyncIsRecordedFollowedAndReleasesItsVaultWhenItEnds() throws Exception {
        Vault vault = account.syncableVaults().get(0);

        SyncResult result = stack.syncNow(vault, true);

        assertThat(result.started()).isTrue();
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.operationLogId()).isPresent();
        assertThat(row.status()).isEqualTo(HistoryStatus.WAITING);
        assertThat(row.autoTrigger()).isTrue();
        assertThat(row.sends()).isEqualTo(1);
        assertThat(stack.gate.state(vault.id())).isEqualTo(VaultGate.State.TASK_ACTIVE);
        assertThat(stack.syncNow(vault, true).refusedByGate()).isTrue();
        assertThat(account.sim.requests().syncs()).hasSize(1);

        Thread.sleep(600);
        stack.advanceAndTick(Duration.ofMinutes(1));

        HistoryEntry done = stack.history.get(row.localId()).orElseThrow();
        assertThat(done.status()).isEqualTo(HistoryStatus.SUCCESS);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.endedAt()).isPresent();
        assertThat(stack.gate.state(vault.id())).isEqualTo(VaultGate.State.IDLE);
        assertThat(stack.follower.followingCount()).isZero();
    }

    @Test
    void simultaneousRequestsForOneVaultSendOnePost() throws Exception {
        Vault vault = account.syncableVaults().get(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SyncResult>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return stack.syncNow(vault, false);
            }));
        }
        go.countDown();
        int started = 0;
        for (Future<SyncResult> f : results) {
            started += f.get().started() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(started).isEqualTo(1);
        assertThat(account.sim.requests().syncs()).hasSize(1);
        assertThat(stack.history.snapshot()).hasSize(1);
    }

    @Test
    void aRefusedRequestBecomesARowWithItsErrorAndFreesTheVault() {
        Vault ghost = ghostVault();

        SyncResult result = stack.syncNow(ghost, false);

        assertThat(result.error()).isPresent();
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.status()).isEqualTo(HistoryStatus.REQUEST_FAILED);
        assertThat(row.error().orElseThrow().code()).isEqualTo("BackupService.6105");
        assertThat(row.requestId()).isPresent();
        assertThat(stack.gate.state(ghost.id())).isEqualTo(VaultGate.State.IDLE);
        assertThat(account.sim.requests().syncs()).hasSize(1);
    }

    @Test
    void aLostAnswerIsFoundInTheTaskListAndFollowedInTheSameRowNotResent() {
        Vault vault = account.syncableVaults().get(2);
        account.sim.knobs().failNextSyncs(SyncFault.LOST_ANSWER);

        SyncResult result = stack.syncNow(vault, false);

        assertThat(account.sim.requests().syncs()).hasSize(1);
        assertThat(result.started()).isTrue();
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.status()).isIn(HistoryStatus.WAITING, HistoryStatus.RUNNING);
        assertThat(row.sends()).isEqualTo(1);
        assertThat(stack.history.snapshot()).hasSize(1);
        assertThat(stack.gate.state(vault.id())).isEqualTo(VaultGate.State.TASK_ACTIVE);
        assertThat(account.sim.syncTasksPerVault(started)).containsEntry(vault.id(), 1L);
    }

    @Test
    void aGatewayErrorThatCreatedNoTaskIsSentAgainOnceInTheSameRow() {
        Vault vault = account.syncableVaults().get(3);
        account.sim.knobs().failNextSyncs(SyncFault.HTML_502);

        SyncResult result = stack.syncNow(vault, true);

        assertThat(account.sim.requests().syncs()).hasSize(2);
        assertThat(result.started()).isTrue();
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.sends()).isEqualTo(2);
        assertThat(stack.history.snapshot()).hasSize(1);
        assertThat(account.sim.syncTasksPerVault(started)).containsEntry(vault.id(), 1L);
        // Two looks at the task list (it may lag) before concluding that no task was created.
        assertThat(account.sim.requests().matching(r -> r.path().endsWith("/operation-logs"))).hasSize(2);
    }

    @Test
    void aServerErrorIsCheckedNotJustReported() {
        Vault vault = account.syncableVaults().get(4);
        account.sim.knobs().failNextSyncs(SyncFault.SERVER_ERROR);

        SyncResult result = stack.syncNow(vault, false);

        assertThat(result.started()).isTrue();
        assertThat(result.entry().orElseThrow().sends()).isEqualTo(2);
    }

    @Test
    void aTaskListThatLagsIsReadAgainBeforeAnythingIsResent() throws Exception {
        Vault vault = account.syncableVaults().get(5);
        account.sim.knobs().failNextSyncs(SyncFault.LOST_ANSWER).taskListLag(Duration.ofMillis(300));
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor();
        try {
            TaskHistory history = new TaskHistory();
            SyncService patient = new SyncService(account.api, new VaultGate(), history, stack.follower,
                    new SyncChecks(checks, new ReconcilePolicy(List.of(Duration.ZERO, Duration.ofMillis(600)), 3,
                            Duration.ofSeconds(5), Duration.ofMillis(100))), Clock.systemUTC(),
                    HistoryEntry.Origin.THIS_APP);

            SyncResult result = patient.sync(SyncOrder.of(vault, false)).get(10, TimeUnit.SECONDS);

            // The first look may come before the list shows the task; the second, later, finds it: adopted.
            assertThat(result.started()).isTrue();
            assertThat(result.entry().orElseThrow().sends()).isEqualTo(1);
            assertThat(account.sim.requests().syncs()).hasSize(1);
            assertThat(account.sim.syncTasksPerVault(started)).containsEntry(vault.id(), 1L);
        } finally {
            checks.shutdownNow();
        }
    }

    @Test
    void whenTheTaskListStaysUnreachableTheOutcomeIsUnknownAndNothingIsResent() {
        Vault vault = account.syncableVaults().get(6);
        account.sim.knobs().failNextSyncs(SyncFault.HTML_502).taskListDown(true);

        SyncResult result = stack.syncNow(vault, false);

        assertThat(account.sim.requests().syncs()).hasSize(1);
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.status()).isEqualTo(HistoryStatus.OUTCOME_UNKNOWN);
        assertThat(row.endedAt()).isPresent();
        assertThat(stack.gate.state(vault.id())).isEqualTo(VaultGate.State.IDLE);
    }

    @Test
    void resendsStopAtTheAllowanceAndTheRowSaysSo() {
        Vault vault = account.syncableVaults().get(7);
        account.sim.knobs().failNextSyncs(SyncFault.HTML_502, SyncFault.HTML_502, SyncFault.HTML_502);

        SyncResult result = stack.syncNow(vault, false);

        assertThat(account.sim.requests().syncs()).hasSize(3);
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.status()).isEqualTo(HistoryStatus.REQUEST_FAILED);
        assertThat(row.sends()).isEqualTo(3);
        assertThat(row.error().orElseThrow().message()).contains("No task was created after 3 requests");
        assertThat(account.sim.syncTasksPerVault(started)).doesNotContainKey(vault.id());
    }

    /** A vault the app believes in but the server does not know. */
    static Vault ghostVault() {
        return new Vault("00000000-0000-0000-0000-000000000000", "ghost", "", "available", "hybrid", "backup",
                "server", "", new VaultUsage(0, 0), List.of(), Optional.empty());
    }
}
