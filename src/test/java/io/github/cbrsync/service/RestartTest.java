package io.github.cbrsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.store.HistoryJournal;
import io.github.cbrsync.testing.ServiceStack;
import io.github.cbrsync.testing.SimulatedAccount;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the app mid-sync and starting it again: same history, unfinished work settled, nothing twice. */
class RestartTest {
    @TempDir
    Path dir;
    private SimulatedAccount account;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofMillis(800), 0);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    private record Session(HistoryJournal journal, ServiceStack stack) {
        TaskHistory history() {
            return stack.history;
        }

        SyncService sync() {
            return stack.sync;
        }

        /** What a start does with the journal: restore, follow what runs, settle what never got an answer. */
        void restore() throws Exception {
            HistoryJournal.Loaded loaded = journal.load();
            stack.history.restore(loaded.entries());
            for (HistoryEntry row : loaded.entries()) {
                if (!row.status().isFinal()) {
                    if (row.operationLogId().isPresent()) {
                        stack.sync.resume(row);
                    } else {
                        stack.sync.recover(row);
                    }
                }
            }
        }
    }

    private Session open() {
        HistoryJournal journal = new HistoryJournal(dir.resolve("history/demo.jsonl"));
        return new Session(journal, ServiceStack.over(account.api, journal));
    }

    @Test
    void anUnfinishedSyncIsFollowedToItsEndAfterARestart() throws Exception {
        Session first = open();
        first.journal().load();
        Vault vault = account.syncableVaults().get(0);
        HistoryEntry started = first.stack().syncNow(vault, true).entry().orElseThrow();
        first.stack().syncNow(account.syncableVaults().get(1), false);
        first.journal().close();

        Session second = open();
        second.restore();

        assertThat(second.history().snapshot()).extracting(HistoryEntry::localId).hasSize(2)
                .first().isEqualTo(started.localId());
        assertThat(second.sync().gate().state(vault.id())).isEqualTo(VaultGate.State.TASK_ACTIVE);
        Thread.sleep(1300);
        second.stack().advanceAndTick(Duration.ofMinutes(1));
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
    void aRowLeftRequestingIsAdoptedIfItsTaskExistsAndMarkedNotSentOtherwise() throws Exception {
        Vault sent = account.syncableVaults().get(2);
        Vault neverSent = account.syncableVaults().get(3);
        Instant before = Instant.now().minusSeconds(1);
        Session first = open();
        first.journal().load();
        // The app died after recording both rows; only the first request reached the server.
        HistoryEntry a = HistoryEntry.requested("row-a", sent.id(), sent.name(), true, Instant.now());
        HistoryEntry b = HistoryEntry.requested("row-b", neverSent.id(), neverSent.name(), false, Instant.now());
        first.history().record(a);
        first.history().record(b);
        String task = account.api.sync(sent.id(), true).operationLogId();
        first.journal().close();

        Session second = open();
        second.restore();

        HistoryEntry adopted = second.history().get("row-a").orElseThrow();
        assertThat(adopted.operationLogId()).contains(task);
        assertThat(adopted.origin()).isEqualTo(HistoryEntry.Origin.THIS_APP);
        assertThat(second.sync().gate().state(sent.id())).isEqualTo(VaultGate.State.TASK_ACTIVE);
        HistoryEntry notSent = second.history().get("row-b").orElseThrow();
        assertThat(notSent.status()).isEqualTo(HistoryStatus.NOT_SENT);
        assertThat(second.sync().gate().state(neverSent.id())).isEqualTo(VaultGate.State.IDLE);
        // Recovery never sends by itself.
        assertThat(account.sim.requests().syncs()).hasSize(1);
        assertThat(account.sim.syncTasksPerVault(before)).containsOnlyKeys(sent.id());

        Set<String> ids = account.syncableVaults().stream().map(Vault::id).collect(Collectors.toSet());
        second.stack().catchUp.run(ids, Duration.ofDays(30));
        assertThat(second.history().snapshot()).filteredOn(e -> e.operationLogId().filter(task::equals).isPresent())
                .singleElement().satisfies(e -> assertThat(e.localId()).isEqualTo("row-a"));
        second.journal().close();
    }

    @Test
    void catchUpAdoptsTheTaskOfARowThatNeverLearnedItInsteadOfCallingItElsewhere() throws Exception {
        Vault vault = account.syncableVaults().get(4);
        Session session = open();
        session.journal().load();
        HistoryEntry waiting = HistoryEntry.requested("row-w", vault.id(), vault.name(), false, Instant.now());
        session.history().record(waiting);
        String task = account.api.sync(vault.id(), false).operationLogId();

        HistoryCatchUp.Result result = session.stack().catchUp.run(Set.of(vault.id()), Duration.ofDays(30));

        assertThat(result.added()).isZero();
        assertThat(session.history().findByTask(task)).hasValueSatisfying(e -> {
            assertThat(e.localId()).isEqualTo("row-w");
            assertThat(e.origin()).isEqualTo(HistoryEntry.Origin.THIS_APP);
        });
        session.journal().close();
    }

    @Test
    void catchingUpAddsSyncsStartedElsewhereOnceAndUpdatesKnownOnes() throws Exception {
        Session session = open();
        session.journal().load();
        HistoryEntry ours = session.stack().syncNow(account.syncableVaults().get(2), false).entry().orElseThrow();
        Set<String> vaultIds = account.syncableVaults().stream().map(Vault::id).collect(Collectors.toSet());
        // A sync started from "the console": straight through the API, not through this app.
        String elsewhere = account.api.sync(account.syncableVaults().get(3).id(), false).operationLogId();

        HistoryCatchUp.Result result = session.stack().catchUp.run(vaultIds, Duration.ofDays(30));
        HistoryCatchUp.Result again = session.stack().catchUp.run(vaultIds, Duration.ofDays(30));

        assertThat(result.added()).isGreaterThanOrEqualTo(1);
        assertThat(again.added()).isZero();
        assertThat(session.history().findByTask(elsewhere)).hasValueSatisfying(e -> {
            assertThat(e.origin()).isEqualTo(HistoryEntry.Origin.ELSEWHERE);
            assertThat(e.vaultName()).isEqualTo(account.syncableVaults().get(3).name());
        });
        assertThat(session.history().snapshot()).filteredOn(e -> e.localId().equals(ours.localId())).hasSize(1);
        assertThat(session.stack().follower.isFollowing(elsewhere)).isTrue();
        session.journal().close();
    }
}
