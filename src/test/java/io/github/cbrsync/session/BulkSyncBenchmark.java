package io.github.cbrsync.session;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.api.http.OkHttpCbrApi;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.service.BulkSyncJob;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.RecordedRequest;
import io.github.cbrsync.sim.SimulatorConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk path measured in one run, side by side: the app's engine (a real connection scope with its threads,
 * journal and follower) against the simulator with 50 ms latency and a per-user gateway limit, and the same
 * syncs sent one after another as a script does. Prints figures; asserts nothing about time.
 * Run: {@code mvn -Pbenchmark verify -Dtest=BulkSyncBenchmark}.
 */
@Tag("benchmark")
class BulkSyncBenchmark {
    private static final int N = 1000;
    private static final Duration LATENCY = Duration.ofMillis(50);

    @TempDir
    Path dir;

    @Test
    void printsTheBulkFigures() throws Exception {
        line("bulk sync benchmark: N = %d vaults, latency %d ms, tasks take about 30 s on the server", N,
                LATENCY.toMillis());
        Run cold = appRun("cold (nothing learned)", 50, RatePlan.DEFAULT, N, Duration.ofSeconds(30), false, true);
        cold.print(50);
        Run warm = appRun("warm (rate learned by the cold run)", 50, RatePlan.DEFAULT.withLearned(cold.learnedRate),
                N, Duration.ofSeconds(30), false, true);
        warm.print(50);

        Run app100 = appRun("app, gateway 100/s", 100, RatePlan.DEFAULT, N, Duration.ofSeconds(30), false, false);
        app100.print(100);
        Optional<Double> sdk = sdkLoop(100, N);
        double loop = scriptLoop(100, N);
        sdk.ifPresent(t -> line("  official SDK in a script-style loop, gateway 100/s: %.1f s for %d syncs (%.0f ms a "
                + "sync); the app is %.1fx faster (limit N/R = %.1f s)", t, N, t * 1000 / N, t / app100.firstToLast,
                N / 100.0));
        line("  this app's own client in the same loop: %.1f s (%.0f ms a sync); the app is %.1fx faster", loop,
                loop * 1000 / N, loop / app100.firstToLast);

        Run faults = appRun("fault run (5% 5xx, 2% resets, 1% HTML 502, 3% lost answers)", 20, RatePlan.DEFAULT,
                300, Duration.ofSeconds(8), true, true);
        faults.print(20);
    }

    private Run appRun(String name, int gatewayLimit, RatePlan plan, int n, Duration taskDuration, boolean faults,
                       boolean waitForEnds) throws Exception {
        try (CbrSimulator sim = CbrSimulator.start(SimulatorConfig.demo().withTaskDuration(taskDuration)
                .withTaskFailureRate(0).withExtraHybridVaults(n))) {
            sim.knobs().latency(LATENCY).gatewayRateLimitPerSecond(gatewayLimit);
            Connection connection = new Connection(new io.github.cbrsync.domain.ConnectionId("benchmark"), "benchmark", sim.config().region(), settings(sim).withRate(plan),
                    Optional.empty());
            ConnectionScope scope = new ConnectionScope(connection, new ScopeOptions(dir, "bench-" + System.nanoTime(),
                    PollTiming.DEFAULT, ReconcilePolicy.DEFAULT, HistoryEntry.Origin.THIS_APP, Clock.systemUTC()));
            try {
                List<JobPlan.Item> items = new ArrayList<>();
                for (Vault v : new VaultDirectory(scope.api()).hybridVaults()) {
                    if (v.name().startsWith("site-")) {
                        items.add(new JobPlan.Item(v.id(), v.name(), false));
                    }
                }
                Map<String, Instant> rowEnded = new ConcurrentHashMap<>();
                scope.history().addListener(e -> {
                    if (e.status().isFinal()) {
                        rowEnded.putIfAbsent(e.localId(), Instant.now());
                    }
                });
                if (faults) {
                    sim.knobs().serverErrorRate(0.05).connectionResetRate(0.02).html502Rate(0.01)
                            .lostSyncAnswerRate(0.03);
                }
                sim.requests().clear();
                Instant start = Instant.now();
                BulkSyncJob job = scope.startBulk(items);
                int maxCycle = 0;
                int cyclesSampled = 0;
                while (!(waitForEnds ? job.finished() : job.sendingDone()).isDone()) {
                    Thread.sleep(100);
                    if (scope.follower().followingCount() >= items.size() * 9 / 10) {
                        maxCycle = Math.max(maxCycle, scope.follower().lastCycleRequests());
                        cyclesSampled++;
                    }
                    if (Duration.between(start, Instant.now()).toMinutes() > 10) {
                        throw new IllegalStateException(name + ": did not finish in 10 minutes");
                    }
                }
                sim.knobs().reset();
                return new Run(name, n, sim, scope, start, rowEnded, maxCycle, cyclesSampled > 0,
                        scope.api().budget().learnedRate(), waitForEnds);
            } finally {
                scope.close();
            }
        }
    }

    /** One request after another, each waited for: what a plain loop over the SDK does. */
    private double scriptLoop(int gatewayLimit, int n) throws Exception {
        try (CbrSimulator sim = CbrSimulator.start(SimulatorConfig.demo().withTaskDuration(Duration.ofSeconds(30))
                .withTaskFailureRate(0).withExtraHybridVaults(n))) {
            sim.knobs().latency(LATENCY).gatewayRateLimitPerSecond(gatewayLimit);
            try (OkHttpCbrApi api = new OkHttpCbrApi(settings(sim).withRate(new RatePlan(1000, 1000, true)))) {
                List<String> ids = api.listVaults(io.github.cbrsync.api.VaultFilter.all()).stream()
                        .filter(v -> v.name().startsWith("site-")).map(Vault::id).toList();
                long t0 = System.nanoTime();
                for (String id : ids) {
                    api.sync(id, false);
                }
                return (System.nanoTime() - t0) / 1e9;
            }
        }
    }

    /**
     * The official SDK (src/bench/sdk-loop) in a child JVM, one sync after another; empty when its jars were not
     * copied (the benchmark profile does that).
     */
    private Optional<Double> sdkLoop(int gatewayLimit, int n) throws Exception {
        Path lib = Path.of("target/sdk-loop/lib");
        if (!java.nio.file.Files.isDirectory(lib)) {
            line("  (the official SDK's jars are not in %s: run with -Pbenchmark to compare with it)", lib);
            return Optional.empty();
        }
        try (CbrSimulator sim = CbrSimulator.start(SimulatorConfig.demo().withTaskDuration(Duration.ofSeconds(30))
                .withTaskFailureRate(0).withExtraHybridVaults(n));
             OkHttpCbrApi api = new OkHttpCbrApi(settings(sim))) {
            sim.knobs().latency(LATENCY).gatewayRateLimitPerSecond(gatewayLimit);
            Path ids = dir.resolve("vault-ids.txt");
            java.nio.file.Files.write(ids, api.listVaults(io.github.cbrsync.api.VaultFilter.all()).stream()
                    .filter(v -> v.name().startsWith("site-")).map(Vault::id).toList());
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", lib.toAbsolutePath() + java.io.File.separator + "*", "src/bench/sdk-loop/SdkLoop.java",
                    sim.baseUri().toString(), sim.config().accessKey(), sim.config().secretKey(),
                    sim.config().projectId(), ids.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(15, TimeUnit.MINUTES);
            return out.lines().filter(l -> l.startsWith("SDKLOOP ")).findFirst()
                    .map(l -> Double.parseDouble(l.split(" ")[2]))
                    .or(() -> {
                        line("  the SDK loop failed: %s", out.lines().limit(5).toList());
                        return Optional.empty();
                    });
        }
    }

    private static ClientSettings settings(CbrSimulator sim) {
        return ClientSettings.of(Endpoints.single(sim.baseUri()), sim.config().projectId(),
                new Credentials.AkSk(sim.config().accessKey(), sim.config().secretKey()));
    }

    private static final class Run {
        final String name;
        final int n;
        final double firstToLast;
        final long requests;
        final long throttled;
        final int maxCycle;
        final boolean cycleSampled;
        final double learnedRate;
        final Duration worstEndLag;
        final Duration medianEndLag;
        final Map<HistoryStatus, Integer> byStatus = new EnumMap<>(HistoryStatus.class);
        final long vaultsWithTwoTasks;
        final boolean waitedForEnds;

        Run(String name, int n, CbrSimulator sim, ConnectionScope scope, Instant start, Map<String, Instant> rowEnded,
            int maxCycle, boolean cycleSampled, double learnedRate, boolean waitedForEnds) {
            this.name = name;
            this.n = n;
            List<RecordedRequest> all = sim.requests().all();
            List<Instant> syncTimes = all.stream().filter(RecordedRequest::isSync).map(RecordedRequest::receivedAt)
                    .sorted().toList();
            this.firstToLast = Duration.between(syncTimes.get(0), syncTimes.get(syncTimes.size() - 1)).toMillis() / 1e3;
            this.requests = all.size();
            this.throttled = all.stream().filter(r -> r.status() == 429).count();
            this.maxCycle = maxCycle;
            this.cycleSampled = cycleSampled;
            this.learnedRate = learnedRate;
            this.waitedForEnds = waitedForEnds;
            List<Duration> lags = new ArrayList<>();
            for (HistoryEntry e : scope.history().snapshot()) {
                if (e.jobId().isEmpty()) {
                    continue;
                }
                byStatus.merge(e.status(), 1, Integer::sum);
                Instant appEnd = rowEnded.get(e.localId());
                Optional<Instant> serverEnd = e.operationLogId().flatMap(sim::taskEnd);
                if (appEnd != null && serverEnd.isPresent() && e.status().isServerOutcome()) {
                    lags.add(Duration.between(serverEnd.get(), appEnd));
                }
            }
            lags.sort(null);
            this.worstEndLag = lags.isEmpty() ? Duration.ZERO : lags.get(lags.size() - 1);
            this.medianEndLag = lags.isEmpty() ? Duration.ZERO : lags.get(lags.size() / 2);
            this.vaultsWithTwoTasks = sim.syncTasksPerVault(start).values().stream().filter(c -> c > 1).count();
        }

        void print(int gatewayLimit) {
            line("%s, gateway %d/s:", name, gatewayLimit);
            double limit = (double) n / gatewayLimit;
            line("  first to last sync request: %.1f s = %.2f x N/R (N/R = %.1f s)", firstToLast, firstToLast / limit,
                    limit);
            line("  429s: %d of %d requests (%.1f %%); rate learned: %.1f requests/s", throttled, requests,
                    100.0 * throttled / requests, learnedRate);
            if (cycleSampled) {
                line("  requests per polling cycle while %d tasks ran: at most %d (target ceil(N/1000)+1 = %d)",
                        n, maxCycle, (n + 999) / 1000 + 1);
            }
            if (waitedForEnds) {
                line("  task end on the server to row end in the app: median %.1f s, worst %.1f s",
                        medianEndLag.toMillis() / 1e3, worstEndLag.toMillis() / 1e3);
                line("  rows by state: %s; vaults with two tasks: %d", byStatus, vaultsWithTwoTasks);
            }
        }
    }

    private static void line(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    static {
        // Keep the run's own log quiet: thousands of retried 429s and faults are expected here.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        TimeUnit.SECONDS.toString();
    }
}
