package io.github.cbrsync.ui.main;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.Themes;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A desktop notification when syncs end. Ends that arrive close together (a bulk sync) become one summary
 * instead of a stack of popups.
 */
final class TaskEndNotifier {
    private final Window owner;
    private final List<HistoryEntry> pending = new ArrayList<>();
    private final PauseTransition gather = new PauseTransition(Duration.millis(800));

    TaskEndNotifier(Window owner) {
        this.owner = owner;
        gather.setOnFinished(e -> show());
    }

    /** Called on the FX thread. */
    void taskEnded(HistoryEntry entry) {
        pending.add(entry);
        gather.playFromStart();
    }

    private void show() {
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
