package io.github.cbrsync.ui.main;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Themes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A desktop notification when syncs end. Ends that arrive close together become one summary instead of a
 * stack of popups; ends that arrive while the window still follows other tasks (a bulk sync, followed poll after
 * poll) are held for the run's end, so a run of a thousand vaults says once how it went. In a long run no end
 * waits longer than {@link #LONGEST_HOLD}: each summary then counts the ends since the last one. Ends are shown
 * in the window whose content this is, and dropped once that content has left its window (another connection).
 */
final class TaskEndNotifier {
    /** Ends this close together are one notification. */
    static final Duration GATHER = Duration.millis(800);
    /** While tasks are still followed, held ends are summed up at least this often. */
    static final Duration LONGEST_HOLD = Duration.minutes(1);

    private final Node content;
    private final IntSupplier followed;
    private final List<HistoryEntry> pending = new ArrayList<>();
    private final PauseTransition gather;
    private final PauseTransition hold;

    /** {@code followed}: how many tasks the window still follows (the task follower's count, any thread). */
    TaskEndNotifier(Node content, IntSupplier followed) {
        this(content, followed, GATHER, LONGEST_HOLD);
    }

    TaskEndNotifier(Node content, IntSupplier followed, Duration gatherFor, Duration holdAtMost) {
        this.content = content;
        this.followed = followed;
        gather = new PauseTransition(gatherFor);
        hold = new PauseTransition(holdAtMost);
        // The run's last end finds nothing followed any more. Ends held when no further end comes (a task that
        // vanished without one) go out with the hold; looking again meanwhile would keep the FX pulse running.
        gather.setOnFinished(e -> {
            if (followed.getAsInt() == 0) {
                show();
            }
        });
        hold.setOnFinished(e -> show());
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
        Window owner = content.getScene() == null ? null : content.getScene().getWindow();
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
