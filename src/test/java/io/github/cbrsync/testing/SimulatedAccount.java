package io.github.cbrsync.testing;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.RetryPolicy;
import io.github.cbrsync.api.VaultFilter;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** A simulator plus a real client signed with its keys: what service and UI tests stand on. */
public final class SimulatedAccount implements AutoCloseable {
    public final CbrSimulator sim;
    public final OkHttpCbrApi api;

    private SimulatedAccount(CbrSimulator sim, OkHttpCbrApi api) {
        this.sim = sim;
        this.api = api;
    }

    /** Tasks take about {@code taskDuration}; none fail unless a test asks. */
    public static SimulatedAccount start(Duration taskDuration, int extraVaults) throws IOException {
        CbrSimulator sim = CbrSimulator.start(SimulatorConfig.demo().withTaskDuration(taskDuration)
                .withTaskFailureRate(0).withExtraHybridVaults(extraVaults));
        return new SimulatedAccount(sim, new OkHttpCbrApi(settings(sim)));
    }

    public static ClientSettings settings(CbrSimulator sim) {
        return ClientSettings.of(Endpoints.single(sim.baseUri()), sim.config().projectId(),
                        new Credentials.AkSk(sim.config().accessKey(), sim.config().secretKey()))
                .withRateLimit(500)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)));
    }

    /** A client of an already running simulator (for tests that only need to look something up). */
    public record Client(OkHttpCbrApi api) implements AutoCloseable {
        @Override
        public void close() {
            api.close();
        }
    }

    public static Client client(CbrSimulator sim) {
        return new Client(new OkHttpCbrApi(settings(sim)));
    }

    public Vault vault(String id) {
        return api.listVaults(VaultFilter.all()).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    public List<Vault> syncableVaults() {
        return api.listVaults(VaultFilter.all()).stream().filter(v -> sim.syncableVaultIds().contains(v.id()))
                .toList();
    }

    @Override
    public void close() {
        api.close();
        sim.close();
    }
}
