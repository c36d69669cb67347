package io.github.cbrsync.ui.main;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Themes;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableIntegerValue;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A desktop notification when syncs end. Ends that arrive close together become one summary instead of a
 * stack of popups; ends that arrive while other syncs still run (a bulk sync, followed poll after poll) are
 * held for the run's end, so a run of a thousand vaults says once how it went. A long run still reports: an
 * end is never held longer than {@link #LONGEST_HOLD}.
 */
final class TaskEndNotifier {
    /** Ends this close together are one notification. */
    static final Duration GATHER = Duration.millis(800);
    /** While syncs still run, held ends are summed up at least this often. */
    static final Duration LONGEST_HOLD = Duration.minutes(1);

    private final Window owner;
    private final ObservableIntegerValue running;
    private final List<HistoryEntry> pending = new ArrayList<>();
    private final PauseTransition gather;
    private final PauseTransition hold;

    /** {@code running}: how many syncs are still running (the history's active rows). */
    TaskEndNotifier(Window owner, ObservableIntegerValue running) {
        this(owner, running, GATHER, LONGEST_HOLD);
    }

    TaskEndNotifier(Window owner, ObservableIntegerValue running, Duration gatherFor, Duration holdAtMost) {
        this.owner = owner;
        this.running = running;
        gather = new PauseTransition(gatherFor);
        hold = new PauseTransition(holdAtMost);
        gather.setOnFinished(e -> {
            if (running.get() == 0) {
                show();
            }
        });
        hold.setOnFinished(e -> show());
        // A run can end without a last "ended" (a sync that was never accepted): its held ends go out then.
        running.addListener((obs, was, now) -> {
            if (now.intValue() == 0 && !pending.isEmpty()) {
                gather.playFromStart();
            }
        });
    }

    /** Called on the FX thread. */
    void taskEnded(HistoryEntry entry) {
        if (pending.isEmpty()) {
            hold.playFromStart();
        }
        pending.add(entry);
        gather.playFromStart();
    }

    private void show() {
        gather.stop();
        hold.stop();
        if (pending.isEmpty() || owner == null || !owner.isShowing()) {
            pending.clear();
            return;
        }
        Notifications n = Notifications.create().owner(owner).hideAfter(Duration.seconds(6));
        if (Themes.isDark()) {
            // ControlsFX styles its popups itself; its dark variant fits the dark theme.
            n.darkStyle();
        }
        if (pending.size() == 1) {
            HistoryEntry e = pending.get(0);
            boolean ok = e.status() == HistoryStatus.SUCCESS || e.status() == HistoryStatus.SKIPPED;
            n.title(ok ? Messages.format("notify.ended.success", e.vaultName())
                    : Messages.format("notify.ended.failure", e.vaultName(),
                            Messages.get("history.status." + e.status().name())))
                    .text(Messages.format("notify.ended.detail", e.counters().synced(), e.counters().deleted(),
                            e.counters().failed()) + e.error().map(err -> "\n" + err.message()).orElse(""));
            if (ok) {
                n.showInformation();
            } else {
                n.showError();
            }
        } else {
            long failed = pending.stream().filter(e -> e.status().isProblem()).count();
            n.title(Messages.format("notify.ended.many", pending.size()))
                    .text(Messages.format("notify.ended.manyDetail", pending.size() - failed, failed));
            if (failed == 0) {
                n.showInformation();
            } else {
                n.showWarning();
            }
        }
        pending.clear();
    }
}
