package io.github.cbrsync.app;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.SyncResult;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.ui.main.MainViewModel;
import io.github.cbrsync.ui.vaults.VaultRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The packaged app proving it works, with the real window: once the vaults are shown, it syncs the first vault
 * that can sync through the same view-model call the Sync button makes, then follows exactly the row that
 * request created (by its local ID) until it ends, and checks that the row's task is the one the server
 * returned and that the server was asked about it. A row of an earlier run can never stand in for this one.
 */
final class SmokeCheck {
    /** The verdict: whether all of it worked, and one line that says what happened. */
    record Verdict(boolean ok, String line) {
    }

    private final MainViewModel main;
    private final ConnectionScope scope;
    private final Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private final CompletableFuture<Verdict> verdict = new CompletableFuture<>();
    private long vaultsListedMs = -1;
    private Instant syncStart;
    private VaultRow chosen;
    private String localId;
    private String taskId;

    private SmokeCheck(MainViewModel main, ConnectionScope scope) {
        this.main = main;
        this.scope = scope;
    }

    /** Starts the check on the FX thread; the verdict completes on the FX thread. */
    static CompletableFuture<Verdict> start(MainViewModel main, ConnectionScope scope) {
        SmokeCheck check = new SmokeCheck(main, scope);
        main.vaults().addOnLoaded(vaults -> check.vaultsLoaded(vaults.size()));
        main.vaults().setErrorSink(error -> check.finish(false, "sync failed: " + error.headline() + ": "
                + error.message()));
        Consumer<HistoryEntry> rows = entry -> Platform.runLater(() -> check.rowChanged(entry));
        scope.history().addListener(rows);
        check.verdict.whenComplete((v, e) -> scope.history().removeListener(rows));
        return check.verdict;
    }

    long vaultsListedMs() {
        return vaultsListedMs;
    }

    private void vaultsLoaded(int count) {
        if (chosen != null) {
            return;
        }
        vaultsListedMs = Duration.between(processStart, Instant.now()).toMillis();
        chosen = main.vaults().visibleRows().stream().filter(VaultRow::canSync).findFirst().orElse(null);
        if (chosen == null) {
            finish(false, count + " vaults listed but none can sync");
            return;
        }
        syncStart = Instant.now();
        main.vaults().sync(chosen).thenAccept(this::requested);
    }

    private void requested(SyncResult result) {
        if (!result.started()) {
            finish(false, "the sync of " + chosen.vault().name() + " started no task"
                    + result.error().map(e -> ": " + e.getMessage()).orElse(""));
            return;
        }
        HistoryEntry row = result.entry().orElseThrow();
        localId = row.localId();
        taskId = row.operationLogId().orElseThrow();
        scope.history().get(localId).ifPresent(this::rowChanged);
    }

    private void rowChanged(HistoryEntry entry) {
        if (localId == null || !entry.localId().equals(localId) || !entry.status().isFinal()) {
            return;
        }
        long syncMs = Duration.between(syncStart, Instant.now()).toMillis();
        Optional<String> followed = entry.operationLogId();
        if (!followed.equals(Optional.of(taskId))) {
            finish(false, "the row of this sync ended with task " + followed.orElse("none") + ", but the server "
                    + "returned task " + taskId);
            return;
        }
        long reads = serverReadsAfter(syncStart);
        boolean ok = (entry.status() == HistoryStatus.SUCCESS || entry.status() == HistoryStatus.SKIPPED)
                && reads != 0;
        finish(ok, "synced " + entry.vaultName() + " (task " + taskId + ") " + entry.status().name()
                .toLowerCase(Locale.ROOT) + " in " + syncMs + " ms, followed with " + (reads < 0 ? "?" : reads)
                + " task reads" + entry.error().map(e -> ": " + e.code() + " " + e.message()).orElse(""));
    }

    /** Task reads the simulator saw since the sync (demo mode); -1 when the server cannot be asked. */
    private long serverReadsAfter(Instant since) {
        Optional<CbrSimulator> sim = scope.connection().simulator();
        return sim.map(s -> (long) s.requests().matching(r -> r.method().equals("GET")
                && r.path().contains("/operation-logs") && !r.receivedAt().isBefore(since)).size()).orElse(-1L);
    }

    private void finish(boolean ok, String what) {
        verdict.complete(new Verdict(ok, "connection " + scope.connection().name() + "; vaults listed "
                + vaultsListedMs + " ms after process start; " + what));
    }
}
