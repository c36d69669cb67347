package io.github.cbrsync.app;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.ui.main.MainViewModel;
import io.github.cbrsync.ui.vaults.VaultRow;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * {@code --smoke}: the packaged app proves it works. With the real window on the connection that opened, it
 * waits for the vault list, syncs the first vault that can sync through the same view-model call the Sync
 * button makes, follows the task to its end, prints one line and exits 0 only if all of that worked.
 */
final class SmokeRun {
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final MainViewModel main;
    private final String connection;
    private final Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private final AtomicBoolean finished = new AtomicBoolean();
    private long vaultsShownMs;
    private Instant syncStart;
    private VaultRow chosen;

    private SmokeRun(MainViewModel main, String connection) {
        this.main = main;
        this.connection = connection;
    }

    static void start(MainViewModel main, TaskHistory history, String connection) {
        SmokeRun run = new SmokeRun(main, connection);
        PauseTransition timeout = new PauseTransition(javafx.util.Duration.millis(TIMEOUT.toMillis()));
        timeout.setOnFinished(e -> run.finish(false, "timed out after " + TIMEOUT.toMinutes() + " minutes"
                + main.vaults().loadError().map(err -> " (vault list: " + err.message() + ")").orElse("")));
        timeout.play();
        main.vaults().addOnLoaded(vaults -> run.vaultsLoaded(vaults.size()));
        main.vaults().setErrorSink(error -> run.finish(false, "sync failed: " + error.headline() + ": "
                + error.message()));
        history.addListener(entry -> Platform.runLater(() -> run.historyChanged(entry)));
    }

    private void vaultsLoaded(int count) {
        if (chosen != null) {
            return;
        }
        vaultsShownMs = Duration.between(processStart, Instant.now()).toMillis();
        chosen = main.vaults().visibleRows().stream().filter(VaultRow::canSync).findFirst().orElse(null);
        if (chosen == null) {
            finish(false, count + " vaults listed but none can sync");
            return;
        }
        syncStart = Instant.now();
        main.vaults().sync(chosen);
    }

    private void historyChanged(HistoryEntry entry) {
        if (chosen == null || !entry.vaultId().equals(chosen.id()) || entry.origin() != HistoryEntry.Origin.THIS_APP
                || !entry.status().isFinal()) {
            return;
        }
        long syncMs = Duration.between(syncStart, Instant.now()).toMillis();
        boolean ok = entry.status() == HistoryStatus.SUCCESS || entry.status() == HistoryStatus.SKIPPED;
        finish(ok, "synced " + entry.vaultName() + " (task " + entry.operationLogId().orElse("none") + ") "
                + entry.status().name().toLowerCase() + " in " + syncMs + " ms"
                + entry.error().map(e -> ": " + e.code() + " " + e.message()).orElse(""));
    }

    private void finish(boolean ok, String what) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        System.out.println("SMOKE " + (ok ? "OK" : "FAILED") + ": connection " + connection + "; vaults shown "
                + vaultsShownMs + " ms after process start; " + what);
        System.out.flush();
        System.exit(ok ? 0 : 1);
    }
}
