package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.OperationLogPoller;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.SyncService;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.store.InMemoryVaultPreferences;
import io.github.cbrsync.testing.SimulatedAccount;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.vaults.VaultListViewModel;
import io.github.cbrsync.ui.vaults.VaultRow;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vault list's logic without a JavaFX toolkit: work and UI updates run on the test thread. */
class VaultListViewModelTest {
    private SimulatedAccount account;
    private final TaskHistory history = new TaskHistory();
    private final InMemoryVaultPreferences preferences = new InMemoryVaultPreferences();
    private final List<ErrorDetails> errors = new ArrayList<>();
    private VaultListViewModel model;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofSeconds(20), 0);
        OperationLogPoller poller = new OperationLogPoller(account.api, PollTiming.DEFAULT, System::nanoTime);
        SyncService sync = new SyncService(account.api, new VaultGate(), history, poller, Clock.systemUTC());
        model = new VaultListViewModel(account.api, sync, preferences, BackgroundRunner.DIRECT,
                new UiUpdateQueue(Runnable::run));
        model.setErrorSink(errors::add);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void explainsAnEmptyListBeforeAndAfterLoading() {
        assertThat(model.emptyMessageProperty().get()).contains("Not connected yet");
        model.refresh();
        assertThat(model.visibleRows()).hasSize(account.sim.hybridVaultIds().size());
        assertThat(model.vaultCountProperty().get()).isEqualTo(account.sim.hybridVaultIds().size());
        assertThat(model.loadingProperty().get()).isFalse();

        model.searchTextProperty().set("no-such-vault");
        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.emptyMessageProperty().get()).contains("No vault matches").contains("no-such-vault");
    }

    @Test
    void searchMatchesNameOrIdIgnoringCase() {
        model.refresh();
        model.searchTextProperty().set("BRANCH");
        assertThat(model.visibleRows()).extracting(r -> r.vault().name()).allMatch(n -> n.startsWith("branch-"))
                .hasSize(4);
        String id = account.sim.hybridVaultIds().get(5);
        model.searchTextProperty().set(id.substring(0, 13));
        assertThat(model.visibleRows()).extracting(VaultRow::id).containsExactly(id);
        model.searchTextProperty().set("  ");
        assertThat(model.visibleRows()).hasSize(account.sim.hybridVaultIds().size());
    }

    @Test
    void aLoadFailureIsTheEmptyStateWithTheReason() {
        account.sim.knobs().html502Rate(1);
        model.refresh();
        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.loadError()).isPresent();
        assertThat(model.emptyMessageProperty().get()).contains("Could not load the vaults").contains("502");
    }

    @Test
    void syncSendsTheRowsAutoTriggerAndMarksTheRowSyncing() {
        model.refresh();
        VaultRow row = rowOf(account.sim.syncableVaultIds().get(0));
        model.setAutoTrigger(row, true);

        model.sync(row);
        model.sync(row);

        assertThat(account.sim.requests().syncs()).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).contains("\"auto_trigger\":true"));
        assertThat(preferences.autoTrigger(row.id())).isTrue();
        assertThat(row.syncStateProperty().get()).isEqualTo(VaultGate.State.TASK_ACTIVE);
        assertThat(row.canSync()).isFalse();
        assertThat(history.snapshot()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(HistoryStatus.WAITING));
        assertThat(errors).isEmpty();
    }

    @Test
    void autoTriggerChoiceSurvivesARefresh() {
        model.refresh();
        String id = account.sim.syncableVaultIds().get(1);
        model.setAutoTrigger(rowOf(id), true);
        model.refresh();
        assertThat(rowOf(id).isAutoTrigger()).isTrue();
    }

    @Test
    void aFailedSyncReachesTheErrorSinkWithItsDetails() {
        model.refresh();
        VaultRow row = rowOf(account.sim.syncableVaultIds().get(2));
        account.sim.removeVault(row.id());

        model.sync(row);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.headline()).isEqualTo("Not found");
            assertThat(e.errorCode()).contains("BackupService.6105");
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.requestId()).isPresent();
            assertThat(e.copyText()).contains("BackupService.6105").contains(e.requestId().get());
        });
        assertThat(row.syncStateProperty().get()).isEqualTo(VaultGate.State.IDLE);
    }

    @Test
    void bulkSyncSkipsBusyAndUnavailableVaultsAndReportsFailuresTogether() {
        model.refresh();
        List<VaultRow> all = List.copyOf(model.visibleRows());
        VaultRow busy = rowOf(account.sim.syncableVaultIds().get(0));
        model.sync(busy);
        VaultRow deleted = rowOf(account.sim.syncableVaultIds().get(3));
        account.sim.removeVault(deleted.id());

        model.syncAll(all);

        int syncable = account.sim.syncableVaultIds().size() + 1;
        assertThat(account.sim.requests().syncs()).hasSize(syncable);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.headline()).isEqualTo("1 of " + (syncable - 1) + " syncs could not be started");
            assertThat(e.message()).contains(deleted.vault().name());
        });
    }

    private VaultRow rowOf(String id) {
        return model.visibleRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
