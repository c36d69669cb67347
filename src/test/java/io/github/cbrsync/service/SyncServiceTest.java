package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.domain.VaultUsage;
import io.github.cbrsync.testing.SimulatedAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sync orchestration against the simulator: gate, history rows, lost answers, bulk syncs. */
class SyncServiceTest {
    private SimulatedAccount account;
    private final AtomicLong fakeNanos = new AtomicLong();
    private final TaskHistory history = new TaskHistory();
    private final VaultGate gate = new VaultGate();
    private OperationLogPoller poller;
    private SyncService service;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofMillis(300), 0);
        poller = new OperationLogPoller(account.api, PollTiming.DEFAULT, fakeNanos::get);
        service = new SyncService(account.api, gate, history, poller, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void aSyncIsRecordedFollowedAndReleasesItsVaultWhenItEnds() throws Exception {
        Vault vault = account.syncableVaults().get(0);

        SyncResult result = service.sync(vault, true);

        assertThat(result.started()).isTrue();
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.operationLogId()).isPresent();
        assertThat(row.status()).isEqualTo(HistoryStatus.WAITING);
        assertThat(row.autoTrigger()).isTrue();
        assertThat(gate.state(vault.id())).isEqualTo(VaultGate.State.TASK_ACTIVE);
        assertThat(service.sync(vault, true).refusedByGate()).isTrue();
        assertThat(account.sim.requests().syncs()).hasSize(1);

        Thread.sleep(600);
        fakeNanos.addAndGet(Duration.ofMinutes(1).toNanos());
        poller.tick();

        HistoryEntry done = history.get(row.localId()).orElseThrow();
        assertThat(done.status()).isEqualTo(HistoryStatus.SUCCESS);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.endedAt()).isPresent();
        assertThat(gate.state(vault.id())).isEqualTo(VaultGate.State.IDLE);
        assertThat(poller.followingCount()).isZero();
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
                return service.sync(vault, false);
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
        assertThat(history.snapshot()).hasSize(1);
    }

    @Test
    void aRefusedRequestBecomesARowWithItsErrorAndFreesTheVault() {
        Vault ghost = ghostVault();

        SyncResult result = service.sync(ghost, false);

        assertThat(result.error()).isPresent();
        HistoryEntry row = result.entry().orElseThrow();
        assertThat(row.status()).isEqualTo(HistoryStatus.REQUEST_FAILED);
        assertThat(row.error().orElseThrow().code()).isEqualTo("BackupService.6105");
        assertThat(row.requestId()).isPresent();
        assertThat(gate.state(ghost.id())).isEqualTo(VaultGate.State.IDLE);
    }

    @Test
    void aLostAnswerIsLookedUpNotResent() {
        Vault vault = account.syncableVaults().get(2);
        account.sim.knobs().lostSyncAnswerRate(1);

        SyncResult result = service.sync(vault, false);

        assertThat(account.sim.requests().syncs()).hasSize(1);
        assertThat(result.started()).isTrue();
        assertThat(result.entry().orElseThrow().status()).isEqualTo(HistoryStatus.WAITING);
        assertThat(gate.state(vault.id())).isEqualTo(VaultGate.State.TASK_ACTIVE);
    }

    @Test
    void anAnswerLostWhoseLookupAlsoFailsIsReportedAsUnknown() {
        Vault vault = account.syncableVaults().get(3);
        account.sim.knobs().connectionResetRate(1);

        SyncResult result = service.sync(vault, false);

        assertThat(account.sim.requests().syncs()).hasSize(1);
        assertThat(result.entry().orElseThrow().status()).isEqualTo(HistoryStatus.OUTCOME_UNKNOWN);
        assertThat(gate.state(vault.id())).isEqualTo(VaultGate.State.IDLE);
    }

    @Test
    void bulkSyncCarriesOnPastAFailure() {
        List<Vault> vaults = new ArrayList<>(account.syncableVaults().subList(0, 6));
        vaults.add(2, ghostVault());

        List<SyncResult> results = service.syncAll(vaults, v -> v.name().startsWith("b"), 3);

        assertThat(results).hasSize(7);
        assertThat(results.get(2).error()).isPresent();
        assertThat(results).filteredOn(SyncResult::started).hasSize(6);
        assertThat(account.sim.requests().syncs()).hasSize(7);
        assertThat(account.sim.requests().syncs()).filteredOn(r -> r.bodyText().contains("\"auto_trigger\":true"))
                .hasSize((int) vaults.stream().filter(v -> v.name().startsWith("b")).count());
    }

    /** A vault the app believes in but the server does not know. */
    private static Vault ghostVault() {
        return new Vault("00000000-0000-0000-0000-000000000000", "ghost", "", "available", "hybrid", "backup",
                "server", "", new VaultUsage(0, 0), List.of(), Optional.empty());
    }
}
