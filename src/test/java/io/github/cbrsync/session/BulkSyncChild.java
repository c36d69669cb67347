package io.github.cbrsync.session;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.store.Retention;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Run in a child JVM by {@link BulkKillTest}: opens a connection scope on a simulator the parent runs, starts a
 * bulk sync of the first N generated vaults and keeps going until the parent kills it with SIGKILL.
 * Arguments: simulator URI, access key, secret key, project ID, history folder, journal name, N.
 */
public final class BulkSyncChild {
    private BulkSyncChild() {
    }

    public static void main(String[] args) throws Exception {
        ClientSettings settings = ClientSettings.of(Endpoints.single(URI.create(args[0])), args[3],
                new Credentials.AkSk(args[1], args[2])).withRate(new RatePlan(15, 15, true));
        ConnectionScope scope = BulkKillTest.scope(new Connection(new io.github.cbrsync.domain.ConnectionId("kill-test"), "kill-test", "cn-north-4", settings,
                Optional.empty()), Path.of(args[4]), args[5]);
        scope.restore(Retention.DEFAULT);
        List<JobPlan.Item> items = new VaultDirectory(scope.api()).hybridVaults().stream()
                .filter(v -> v.name().startsWith("site-")).limit(Integer.parseInt(args[6]))
                .map(v -> new JobPlan.Item(v.id(), v.name(), false)).toList();
        scope.startBulk(items);
        System.out.println("started " + items.size());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static PollTiming timing() {
        return PollTiming.DEFAULT;
    }

    static ReconcilePolicy policy() {
        return ReconcilePolicy.DEFAULT;
    }

    static HistoryEntry.Origin origin() {
        return HistoryEntry.Origin.THIS_APP;
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
