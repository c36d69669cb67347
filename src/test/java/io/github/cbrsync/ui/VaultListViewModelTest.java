package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.JobStore;
import io.github.cbrsync.service.JobSummary;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.testing.InMemoryVaultPreferences;
import io.github.cbrsync.testing.ServiceStack;
import io.github.cbrsync.testing.SimulatedAccount;
import io.github.cbrsync.testing.Waits;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.ErrorDetails;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.vaults.VaultListViewModel;
import io.github.cbrsync.ui.vaults.VaultRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vault list's logic without a JavaFX toolkit: work and UI updates run in place, on the test thread, or on
 * a bulk sync's threads for the updates they post. A post made while another thread runs a trip joins that trip,
 * so what a bulk sync shows is waited for until the queue has settled.
 */
class VaultListViewModelTest {
    private SimulatedAccount account;
    private ServiceStack stack;
    private TaskHistory history;
    private final ExecutorService bulkThreads = Executors.newCachedThreadPool();
    private final List<BulkSyncJob> jobs = new ArrayList<>();
    private final InMemoryVaultPreferences preferences = new InMemoryVaultPreferences();
    private final List<ErrorDetails> errors = new ArrayList<>();
    private final UiUpdateQueue uiQueue = new UiUpdateQueue(Runnable::run);
    private VaultListViewModel model;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Duration.ofMillis(300), 0);
        stack = ServiceStack.over(account.api);
        history = stack.history;
        model = new VaultListViewModel(new VaultDirectory(account.api), stack.sync, this::startJob, preferences,
                BackgroundRunner.DIRECT, uiQueue);
        model.setErrorSink(errors::add);
    }

    private BulkSyncJob startJob(List<JobPlan.Item> items) {
        BulkSyncJob job = new BulkSyncJob(new JobPlan(UUID.randomUUID().toString(), java.time.Instant.now(), items),
                stack.sync, account.api.budget(), JobStore.NONE);
        jobs.add(job);
        job.start(bulkThreads);
        return job;
    }

    @AfterEach
    void stop() {
        bulkThreads.shutdownNow();
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
    void bulkSyncSkipsBusyAndUnavailableVaultsAndSumsUpOnceAtTheEnd() throws Exception {
        model.refresh();
        List<VaultRow> all = List.copyOf(model.visibleRows());
        VaultRow busy = rowOf(account.sim.syncableVaultIds().get(0));
        model.sync(busy);
        VaultRow deleted = rowOf(account.sim.syncableVaultIds().get(3));
        account.sim.removeVault(deleted.id());
        List<JobSummary> summaries = new ArrayList<>();
        model.bulkJob().setSummarySink(summaries::add);

        model.syncAll(all);

        // Only the vaults that could sync were planned: not the busy one, nor those that are not available.
        BulkSyncJob job = jobs.get(0);
        int syncable = account.sim.syncableVaultIds().size() + 1;
        assertThat(job.plan().items()).hasSize(syncable - 1);
        Waits.until(() -> uiQueue.isSettled() && model.bulkJob().visibleProperty().get());
        job.sendingDone().get(20, TimeUnit.SECONDS);
        assertThat(account.sim.requests().syncs()).hasSize(syncable);
        Thread.sleep(700);
        stack.advanceAndTick(Duration.ofMinutes(1));

        JobSummary summary = job.finished().get(20, TimeUnit.SECONDS);
        Waits.until(() -> uiQueue.isSettled() && !model.bulkJob().visibleProperty().get());
        assertThat(summaries).containsExactly(summary);
        assertThat(summary.succeeded()).isEqualTo(syncable - 2);
        assertThat(summary.count(HistoryStatus.REQUEST_FAILED)).isEqualTo(1);
        assertThat(summary.needAttention()).singleElement()
                .satisfies(e -> assertThat(e.vaultName()).isEqualTo(deleted.vault().name()));
        assertThat(errors).isEmpty();
    }

    private VaultRow rowOf(String id) {
        return model.visibleRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
