package io.github.cbrsync.session;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.ReconcilePolicy;
import java.nio.file.Path;
import java.time.Clock;

/**
 * How a connection scope is set up: where its journal lives (by the connection's stable ID, never its label),
 * how tasks are followed and unclear answers settled, and whose syncs its rows record (the window's or the
 * command line's).
 */
public record ScopeOptions(Path historyFolder, String journalName, PollTiming pollTiming, ReconcilePolicy reconcile,
                           HistoryEntry.Origin origin, Clock clock) {

    public ScopeOptions withPollTiming(PollTiming timing) {
        return new ScopeOptions(historyFolder, journalName, timing, reconcile, origin, clock);
    }

    public ScopeOptions withReconcile(ReconcilePolicy policy) {
        return new ScopeOptions(historyFolder, journalName, pollTiming, policy, origin, clock);
    }
}
