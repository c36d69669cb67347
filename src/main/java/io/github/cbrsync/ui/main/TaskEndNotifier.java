package io.github.cbrsync.ui.main;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.NoticeStack;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * A notice in the window's corner when syncs end. Ends that arrive close together become one summary instead of a
 * stack of popups; ends that arrive while the window still follows other tasks (a bulk sync, followed poll after
 * poll) are held for the run's end, so a run of a thousand vaults says once how it went. In a long run no end
 * waits longer than {@link #LONGEST_HOLD}: each summary then counts the ends since the last one. Ends are shown
 * in the notices of the window's content, and dropped once that content has left its window (another connection).
 */
final class TaskEndNotifier {
    /** Ends this close together are one notification. */
    static final Duration GATHER = Duration.millis(800);
    /** While tasks are still followed, held ends are summed up at least this often. */
    static final Duration LONGEST_HOLD = Duration.minutes(1);

    private final NoticeStack notices;
    private final IntSupplier followed;
    private final List<HistoryEntry> pending = new ArrayList<>();
    private final PauseTransition gather;
    private final PauseTransition hold;

    /** {@code followed}: how many tasks the window still follows (the task follower's count, any thread). */
    TaskEndNotifier(NoticeStack notices, IntSupplier followed) {
        this(notices, followed, GATHER, LONGEST_HOLD);
    }

    TaskEndNotifier(NoticeStack notices, IntSupplier followed, Duration gatherFor, Duration holdAtMost) {
        this.notices = notices;
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

    /** Ends held for the next notice (tests). */
    int heldEnds() {
        return pending.size();
    }

    private void show() {
        gather.stop();
        hold.stop();
        // A window no longer on screen (another connection) gets no notice: NoticeStack drops it.
        if (pending.isEmpty()) {
            return;
        }
        if (pending.size() == 1) {
            HistoryEntry e = pending.get(0);
            boolean ok = e.status() == HistoryStatus.SUCCESS || e.status() == HistoryStatus.SKIPPED;
            String title = ok ? Messages.format("notify.ended.success", e.vaultName())
                    : Messages.format("notify.ended.failure", e.vaultName(),
                            Messages.get("history.status." + e.status().name()));
            String detail = Messages.format("notify.ended.detail", e.counters().synced(), e.counters().deleted(),
                    e.counters().failed()) + e.error().map(err -> "\n" + err.message()).orElse("");
            notices.show(ok ? NoticeStack.Kind.SUCCESS : NoticeStack.Kind.PROBLEM, title + "\n" + detail);
        } else {
            long failed = pending.stream().filter(e -> e.status().isProblem()).count();
            notices.show(failed == 0 ? NoticeStack.Kind.SUCCESS : NoticeStack.Kind.WARNING,
                    Messages.format("notify.ended.many", pending.size()) + "\n"
                            + Messages.format("notify.ended.manyDetail", pending.size() - failed, failed));
        }
        pending.clear();
    }
}
