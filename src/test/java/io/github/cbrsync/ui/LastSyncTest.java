package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.TaskFilter;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.testing.InMemoryVaultPreferences;
import io.github.cbrsync.testing.MutableClock;
import io.github.cbrsync.testing.ServiceStack;
import io.github.cbrsync.testing.SimulatedAccount;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.vaults.LastSync;
import io.github.cbrsync.ui.vaults.LastSyncs;
import io.github.cbrsync.ui.vaults.VaultListViewModel;
import io.github.cbrsync.ui.vaults.VaultRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vault list's Last sync column and its "not synced in N days" filter, without a toolkit: history rows are
 * recorded by hand on a clock the test moves, and the server's own tasks come from the simulator's catch-up.
 */
class LastSyncTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
    private SimulatedAccount account;
    private ServiceStack stack;
    private VaultListViewModel model;
    private LastSyncs lastSyncs;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofMillis(300), 0);
        stack = ServiceStack.over(account.api);
        model = new VaultListViewModel(new VaultDirectory(account.api), stack.sync, items -> null,
                new InMemoryVaultPreferences(), BackgroundRunner.DIRECT, new UiUpdateQueue(Runnable::run));
        lastSyncs = model.lastSyncs();
        lastSyncs.follow(stack.history, new UiUpdateQueue(Runnable::run), clock);
        model.refresh();
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void aVaultNeverSyncedSaysSoAndCountsAsNotSynced() {
        VaultRow row = row(0);
        assertThat(row.lastSync().text()).isEqualTo("Never synced");
        assertThat(row.lastSync().stale()).isTrue();
        assertThat(lastSyncs.staleCountProperty().get()).isEqualTo(model.visibleRows().size());
    }

    @Test
    void showsTheAgeAndOutcomeAndAgesOnlyOnTheTick() {
        VaultRow row = row(0);
        stack.history.record(ended(row.id(), clock.instant().minus(Duration.ofMinutes(90)), TaskStatus.SUCCESS));
        assertThat(row.lastSync().text()).isEqualTo("1 h ago \u00b7 succeeded");
        assertThat(row.lastSync().styleClass()).isEqualTo("status-ok");

        clock.advance(Duration.ofHours(1));
        assertThat(row.lastSync().text()).as("no timer per row: unchanged until the tick").contains("1 h ago");
        lastSyncs.tick();
        assertThat(row.lastSync().text()).isEqualTo("2 h ago \u00b7 succeeded");

        clock.advance(Duration.ofDays(3));
        lastSyncs.tick();
        assertThat(row.lastSync().text()).isEqualTo("3 days ago \u00b7 succeeded");
    }

    @Test
    void aHistoryChangeRemakesOnlyThatVaultsRow() {
        VaultRow synced = row(0);
        VaultRow other = row(1);
        LastSync otherBefore = other.lastSync();
        HistoryEntry requested = HistoryEntry.requested(UUID.randomUUID().toString(), synced.id(), "", false,
                clock.instant());
        stack.history.record(requested);
        assertThat(synced.lastSync().text()).isEqualTo("just now \u00b7 requesting");
        assertThat(synced.lastSync().stale()).as("a sync under way counts").isFalse();

        stack.history.update(requested.localId(), e -> e.withTask(task(synced.id(), clock.instant(),
                TaskStatus.FAILED)));
        assertThat(synced.lastSync().text()).isEqualTo("just now \u00b7 failed");
        assertThat(synced.lastSync().styleClass()).isEqualTo("status-bad");
        assertThat(synced.lastSync().stale()).as("a failed sync is not a sync").isTrue();
        assertThat(other.lastSync()).isSameAs(otherBefore);
    }

    @Test
    void theLatestSyncIsShownButTheLastGoodOneDecidesStaleness() {
        VaultRow row = row(0);
        stack.history.record(ended(row.id(), clock.instant().minus(Duration.ofHours(20)), TaskStatus.SUCCESS));
        stack.history.record(ended(row.id(), clock.instant().minus(Duration.ofHours(2)), TaskStatus.TIMEOUT));
        // An older row that ends late does not hide the newer one.
        stack.history.record(ended(row.id(), clock.instant().minus(Duration.ofHours(30)), TaskStatus.FAILED));

        assertThat(row.lastSync().text()).isEqualTo("2 h ago \u00b7 timed out");
        assertThat(row.lastSync().stale()).isFalse();
        clock.advance(Duration.ofHours(5));
        lastSyncs.tick();
        assertThat(row.lastSync().stale()).as("the success is now 25 h old").isTrue();
        lastSyncs.staleDaysProperty().set(2);
        assertThat(row.lastSync().stale()).isFalse();
    }

    @Test
    void aChangedLastSyncTellsASortedTableToSortAgainAndAnUnchangedOneDoesNot() {
        VaultRow row = row(0);
        int before = lastSyncs.changedBatchesProperty().get();
        HistoryEntry success = ended(row.id(), clock.instant().minus(Duration.ofHours(2)), TaskStatus.SUCCESS);
        stack.history.record(success);
        assertThat(lastSyncs.changedBatchesProperty().get()).isEqualTo(before + 1);

        // An older sync ending later changes nothing the column shows: no new sort.
        stack.history.record(ended(row.id(), clock.instant().minus(Duration.ofHours(30)), TaskStatus.SUCCESS));
        assertThat(lastSyncs.changedBatchesProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void theFilterShowsTheVaultsNotSyncedAndTheCountFollows() {
        int all = model.visibleRows().size();
        VaultRow fresh = row(0);
        stack.history.record(ended(fresh.id(), clock.instant().minus(Duration.ofHours(3)), TaskStatus.SUCCESS));
        assertThat(lastSyncs.staleCountProperty().get()).isEqualTo(all - 1);

        lastSyncs.staleOnlyProperty().set(true);
        assertThat(model.visibleRows()).hasSize(all - 1).doesNotContain(fresh);

        clock.advance(Duration.ofDays(1));
        lastSyncs.tick();
        assertThat(model.visibleRows()).as("crossed the threshold: back in the filtered list").hasSize(all)
                .contains(fresh);
        assertThat(lastSyncs.staleCountProperty().get()).isEqualTo(all);

        List.copyOf(model.visibleRows()).forEach(r -> stack.history.record(ended(r.id(), clock.instant(), TaskStatus.SUCCESS)));
        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.emptyMessageProperty().get()).isEqualTo("Every vault was synced in the last day.");
        lastSyncs.staleOnlyProperty().set(false);
        assertThat(model.visibleRows()).hasSize(all);
    }

    @Test
    void theServersTasksFoundByTheCatchUpAreLastSyncsToo() {
        // The simulator's console history: finished syncs of a few vaults, hours to days ago.
        Map<String, List<SyncTask>> onServer;
        try (SimulatedAccount.Client other = SimulatedAccount.client(account.sim)) {
            onServer = other.api().listTasks(TaskFilter.syncTasks()).tasks().stream()
                    .collect(Collectors.groupingBy(SyncTask::vaultId));
        }
        assertThat(onServer).isNotEmpty();

        stack.catchUp.run(model.vaultIds(), Duration.ofDays(30));

        for (VaultRow row : model.visibleRows()) {
            Optional<SyncTask> newest = onServer.getOrDefault(row.id(), List.of()).stream()
                    .max(Comparator.comparing(t -> t.createdAt().orElseThrow()));
            assertThat(row.lastSync().status()).as(row.vault().name())
                    .isEqualTo(newest.map(t -> HistoryStatus.of(t.status())));
            assertThat(row.lastSync().at()).isEqualTo(newest.flatMap(SyncTask::createdAt));
        }
        assertThat(model.visibleRows()).filteredOn(r -> r.lastSync().status().isPresent())
                .hasSize(onServer.size());
    }

    @Test
    void sortingByAgeKeepsVaultsNeverSyncedLast() {
        VaultRow old = row(0);
        VaultRow recent = row(1);
        VaultRow never = row(2);
        stack.history.record(ended(old.id(), clock.instant().minus(Duration.ofDays(4)), TaskStatus.SUCCESS));
        stack.history.record(ended(recent.id(), clock.instant().minus(Duration.ofMinutes(5)), TaskStatus.SUCCESS));

        List<VaultRow> byAge = List.of(never, old, recent).stream()
                .sorted(Comparator.comparing(VaultRow::lastSync, LastSync.BY_AGE)).toList();

        assertThat(byAge).containsExactly(recent, old, never);
    }

    private VaultRow row(int index) {
        return model.visibleRows().stream().sorted(Comparator.comparing(VaultRow::id)).toList().get(index);
    }

    private static HistoryEntry ended(String vaultId, Instant requestedAt, TaskStatus status) {
        return HistoryEntry.requested(UUID.randomUUID().toString(), vaultId, "", false, requestedAt)
                .withTask(task(vaultId, requestedAt, status));
    }

    private static SyncTask task(String vaultId, Instant createdAt, TaskStatus status) {
        boolean ended = status != TaskStatus.WAITING && status != TaskStatus.RUNNING;
        return new SyncTask(UUID.randomUUID().toString(), vaultId, "", "sync", status, ended ? 100 : 10,
                SyncCounters.NONE, Optional.empty(), Optional.of(createdAt), Optional.of(createdAt),
                ended ? Optional.of(createdAt.plusSeconds(60)) : Optional.empty(), Optional.empty());
    }
}
