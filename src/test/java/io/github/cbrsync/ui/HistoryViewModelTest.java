package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.SyncTask;
import io.github.cbrsync.domain.TaskError;
import io.github.cbrsync.domain.TaskStatus;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.history.HistoryViewModel;
import io.github.cbrsync.ui.history.StatusFilter;
import io.github.cbrsync.ui.history.VaultChoice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest {
    private final TaskHistory history = new TaskHistory();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final HistoryViewModel model = new HistoryViewModel(history, new UiUpdateQueue(uiQueue::add),
            io.github.cbrsync.ui.common.BackgroundRunner.DIRECT);
    private final List<HistoryEntry> ended = new ArrayList<>();

    {
        model.setTaskEndListener(ended::add);
    }

    private void runUi() {
        List<Runnable> batch = new ArrayList<>(uiQueue);
        uiQueue.clear();
        batch.forEach(Runnable::run);
    }

    @Test
    void onlyRowsProvenNeverSentCanBeSentAgain() {
        List<List<HistoryEntry>> resent = new ArrayList<>();
        model.setResender(resent::add);
        HistoryEntry notSent = HistoryEntry.requested("r1", "v1", "vault-a", true, Instant.now())
                .withRequestProblem(HistoryStatus.NOT_SENT, new TaskError("NOT_SENT", "never sent"), Optional.empty(),
                        Instant.now());
        history.record(notSent);
        history.record(HistoryEntry.requested("r2", "v2", "vault-b", false, Instant.now()).withTaskId("op-2"));
        runUi();
        HistoryEntry never = model.visibleRows().stream().filter(r -> r.localId().equals("r1")).findFirst()
                .orElseThrow();
        HistoryEntry running = model.visibleRows().stream().filter(r -> r.localId().equals("r2")).findFirst()
                .orElseThrow();

        assertThat(model.canSendAgain(List.of(never, running))).isFalse();
        model.sendAgain(List.of(never, running));
        assertThat(resent).isEmpty();
        model.sendAgain(List.of(never));
        assertThat(resent).containsExactly(List.of(notSent));
    }

    @Test
    void burstsOfUpdatesReachTheUiAsOneBatchNewestFirst() {
        Instant start = Instant.parse("2026-11-28T12:00:00Z");
        for (int i = 0; i < 50; i++) {
            history.record(HistoryEntry.requested("row-" + i, "v" + i, "vault-" + i, false, start.plusMillis(i)));
        }
        assertThat(uiQueue).hasSize(1);
        runUi();
        assertThat(model.visibleRows()).hasSize(50);
        assertThat(model.visibleRows().get(0).localId()).isEqualTo("row-49");
        assertThat(model.activeCountProperty().get()).isEqualTo(50);
    }

    @Test
    void aTaskReachingItsEndUpdatesItsRowCountsAndTellsTheListener() {
        history.record(HistoryEntry.requested("r1", "v1", "vault-a", true, Instant.now()).withTaskId("op-1"));
        runUi();
        history.update("r1", e -> e.withTask(task("op-1", TaskStatus.RUNNING, 40)));
        runUi();
        assertThat(model.visibleRows()).singleElement().satisfies(r -> assertThat(r.progress()).isEqualTo(40));
        assertThat(ended).isEmpty();

        history.update("r1", e -> e.withTask(task("op-1", TaskStatus.SUCCESS, 100)));
        runUi();
        assertThat(model.visibleRows().get(0).status()).isEqualTo(HistoryStatus.SUCCESS);
        assertThat(model.activeCountProperty().get()).isZero();
        assertThat(ended).singleElement().satisfies(e -> assertThat(e.operationLogId()).contains("op-1"));
    }

    @Test
    void filtersByVaultAndStatusAndFollowRowsThatChange() {
        history.record(HistoryEntry.requested("r1", "v1", "vault-b", false, Instant.now()).withTaskId("op-1"));
        history.record(HistoryEntry.requested("r2", "v2", "vault-a", false, Instant.now()).withTaskId("op-2"));
        history.record(HistoryEntry.requested("r3", "v2", "vault-a", false, Instant.now())
                .withRequestProblem(HistoryStatus.REQUEST_FAILED, new TaskError("X", "refused"), Optional.empty(),
                        Instant.now()));
        runUi();
        assertThat(model.vaultChoices()).as("brought up to date when the user reaches for them")
                .containsExactly(VaultChoice.ALL);
        model.updateVaultChoices();
        assertThat(model.vaultChoices()).containsExactly(VaultChoice.ALL, VaultChoice.of("vault-a"),
                VaultChoice.of("vault-b"));

        model.vaultFilterProperty().set(VaultChoice.of("vault-a"));
        assertThat(model.visibleRows()).extracting(HistoryEntry::localId).containsExactly("r3", "r2");
        model.statusFilterProperty().set(StatusFilter.PROBLEMS);
        assertThat(model.visibleRows()).extracting(HistoryEntry::localId).containsExactly("r3");

        history.update("r2", e -> e.withTask(task("op-2", TaskStatus.FAILED, 50)));
        runUi();
        assertThat(model.visibleRows()).extracting(HistoryEntry::localId).containsExactly("r3", "r2");
        assertThat(model.operationIds(List.copyOf(model.visibleRows()))).isEqualTo("op-2");
    }

    @Test
    void rowsFoundLaterTakeTheirPlaceByRequestTime() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        history.record(HistoryEntry.requested("new", "v", "a", false, now));
        history.record(HistoryEntry.requested("old", "v", "a", false, now.minusSeconds(3600)));
        history.record(HistoryEntry.requested("mid", "v", "a", false, now.minusSeconds(60)));
        runUi();
        assertThat(model.visibleRows()).extracting(HistoryEntry::localId).containsExactly("new", "mid", "old");
    }

    @Test
    void aChosenOrderHoldsAsRowsArriveAndChangeAndNewestFirstBreaksTies() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        history.record(HistoryEntry.requested("r1", "v1", "vault-b", false, now).withTaskId("op-1"));
        history.record(HistoryEntry.requested("r2", "v2", "vault-a", false, now.plusSeconds(1)).withTaskId("op-2"));
        runUi();
        model.setOrder(Comparator.comparing(HistoryEntry::status));
        history.record(HistoryEntry.requested("r3", "v1", "vault-b", false, now.plusSeconds(2)).withTaskId("op-3"));
        runUi();
        assertThat(model.visibleRows()).extracting(HistoryEntry::localId).containsExactly("r3", "r2", "r1");

        history.update("r2", e -> e.withTask(task("op-2", TaskStatus.FAILED, 50)));
        runUi();
        assertThat(model.visibleRows()).extracting(HistoryEntry::localId).containsExactly("r3", "r1", "r2");
        model.setOrder(null);
        assertThat(model.visibleRows()).extracting(HistoryEntry::localId).containsExactly("r3", "r2", "r1");
    }

    private static SyncTask task(String id, TaskStatus status, int progress) {
        return new SyncTask(id, "v1", "vault-a", "sync", status, progress, new SyncCounters(3, 1, 0),
                Optional.empty(), Optional.empty(), Optional.empty(),
                status.isTerminal() ? Optional.of(Instant.now()) : Optional.empty(), Optional.of(Instant.now()));
    }
}
