package io.github.cbrsync.testing;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.HistoryCatchUp;
import io.github.cbrsync.service.HistorySink;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.service.SyncChecks;
import io.github.cbrsync.service.SyncOrder;
import io.github.cbrsync.service.SyncResult;
import io.github.cbrsync.service.SyncService;
import io.github.cbrsync.service.TaskFollower;
import io.github.cbrsync.service.TaskHistory;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.domain.Vault;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service layer of one connection for a test: history, follower on a fake clock (ticked by hand), and a
 * sync service whose checks run at once on the calling thread, so a sync's fate is known when it returns.
 */
public final class ServiceStack {
    /** Look twice (the list may lag), send at most three times, decide "unknown" at the first failure. */
    public static final ReconcilePolicy FAST_CHECKS = new ReconcilePolicy(List.of(Duration.ZERO, Duration.ZERO), 3,
            Duration.ZERO, Duration.ZERO);

    public final AtomicLong nanos = new AtomicLong();
    public final TaskHistory history;
    public final VaultGate gate = new VaultGate();
    public final TaskFollower follower;
    public final SyncService sync;
    public final HistoryCatchUp catchUp;
    public final ImmediateScheduler checks = new ImmediateScheduler();

    private ServiceStack(CbrApi api, HistorySink sink, PollTiming timing, ReconcilePolicy policy) {
        history = new TaskHistory(sink);
        follower = new TaskFollower(api, timing, nanos::get, Clock.systemUTC(), history::inBatch);
        sync = new SyncService(api, gate, history, follower, new SyncChecks(checks, policy), Clock.systemUTC(),
                HistoryEntry.Origin.THIS_APP);
        catchUp = new HistoryCatchUp(api, history, sync, Clock.systemUTC());
    }

    public static ServiceStack over(CbrApi api) {
        return new ServiceStack(api, HistorySink.NONE, PollTiming.DEFAULT, FAST_CHECKS);
    }

    public static ServiceStack over(CbrApi api, HistorySink sink) {
        return new ServiceStack(api, sink, PollTiming.DEFAULT, FAST_CHECKS);
    }

    public static ServiceStack over(CbrApi api, ReconcilePolicy policy) {
        return new ServiceStack(api, HistorySink.NONE, PollTiming.DEFAULT, policy);
    }

    /** Syncs one vault as a click does and waits for the request's fate. */
    public SyncResult syncNow(Vault vault, boolean autoTrigger) {
        return sync.sync(SyncOrder.of(vault, autoTrigger)).join();
    }

    /** Lets {@code d} pass on the follower's clock and runs a cycle if one is due. */
    public void advanceAndTick(Duration d) {
        nanos.addAndGet(d.toNanos());
        follower.tick();
    }
}
