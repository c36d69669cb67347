package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.store.HistoryJournal;
import io.github.cbrsync.testing.SimulatedAccount;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the app mid-sync and starting it again: same history, the unfinished task followed to its end. */
class RestartTest {
    @TempDir
    Path dir;
    private SimulatedAccount account;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofMillis(800), 0);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    private record Session(HistoryJournal journal, TaskHistory history, OperationLogPoller poller,
                           SyncService sync, HistoryCatchUp catchUp) {
    }

    private Session open() {
        HistoryJournal journal = new HistoryJournal(dir.resolve("history/demo.jsonl"));
        TaskHistory history = new TaskHistory(journal);
        OperationLogPoller poller = new OperationLogPoller(account.api, PollTiming.DEFAULT, nanos::get);
        SyncService sync = new SyncService(account.api, new VaultGate(), history, poller, Clock.systemUTC());
        return new Session(journal, history, poller, sync, new HistoryCatchUp(account.api, history, sync,
                Clock.systemUTC()));
    }

    @Test
    void anUnfinishedSyncIsFollowedToItsEndAfterARestart() throws Exception {
        Session first = open();
        first.journal().load();
        Vault vault = account.syncableVaults().get(0);
        HistoryEntry started = first.sync().sync(vault, true).entry().orElseThrow();
        first.sync().sync(account.syncableVaults().get(1), false);
        first.journal().close();

        Session second = open();
        HistoryJournal.Loaded loaded = second.journal().load();
        second.history().restore(loaded.entries());
        loaded.entries().stream().filter(e -> !e.status().isFinal()).forEach(second.sync()::resume);

        assertThat(second.history().snapshot()).extracting(HistoryEntry::localId).hasSize(2)
                .first().isEqualTo(started.localId());
        assertThat(second.sync().gate().state(vault.id())).isEqualTo(VaultGate.State.TASK_ACTIVE);
        Thread.sleep(1300);
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        second.poller().tick();
        HistoryEntry done = second.history().get(started.localId()).orElseThrow();
        assertThat(done.status()).isEqualTo(HistoryStatus.SUCCESS);
        assertThat(done.autoTrigger()).isTrue();
        assertThat(second.sync().gate().state(vault.id())).isEqualTo(VaultGate.State.IDLE);
        second.journal().close();

        Session third = open();
        assertThat(third.journal().load().entries()).filteredOn(e -> e.localId().equals(started.localId()))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(HistoryStatus.SUCCESS));
        third.journal().close();
    }

    @Test
    void catchingUpAddsSyncsStartedElsewhereOnceAndUpdatesKnownOnes() throws Exception {
        Session session = open();
        session.journal().load();
        HistoryEntry ours = session.sync().sync(account.syncableVaults().get(2), false).entry().orElseThrow();
        Set<String> vaultIds = account.syncableVaults().stream().map(Vault::id).collect(Collectors.toSet());
        // A sync started from "the console": straight through the API, not through this app.
        String elsewhere = account.api.sync(account.syncableVaults().get(3).id(), false).operationLogId();

        HistoryCatchUp.Result result = session.catchUp().run(vaultIds, Duration.ofDays(30));
        HistoryCatchUp.Result again = session.catchUp().run(vaultIds, Duration.ofDays(30));

        assertThat(result.added()).isGreaterThanOrEqualTo(1);
        assertThat(again.added()).isZero();
        assertThat(session.history().findByTask(elsewhere)).hasValueSatisfying(e -> {
            assertThat(e.origin()).isEqualTo(HistoryEntry.Origin.ELSEWHERE);
            assertThat(e.vaultName()).isEqualTo(account.syncableVaults().get(3).name());
        });
        assertThat(session.history().snapshot()).filteredOn(e -> e.localId().equals(ours.localId())).hasSize(1);
        assertThat(session.poller().isFollowing(elsewhere)).isTrue();
        session.journal().close();
    }
}
