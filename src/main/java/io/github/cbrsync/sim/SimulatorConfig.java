package io.github.cbrsync.sim;

import java.time.Clock;
import java.time.Duration;

/**
 * Fixed settings of a simulator instance. The demo credentials are not secret: they exist only inside this
 * process and open nothing but the simulator.
 *
 * @param taskDuration how long a sync task takes from waiting to its end (each task varies around it)
 * @param seed         seeds the generated vaults and task outcomes, so runs are reproducible
 * @param extraHybridVaults more generated hybrid vaults ("site-001"...) for load tests and benchmarks
 */
public record SimulatorConfig(int port, String accessKey, String secretKey, String projectId, String region,
                              Duration taskDuration, double taskFailureRate, long seed, int extraHybridVaults,
                              Clock clock) {

    public static final String DEMO_ACCESS_KEY = "DEMOACCESSKEY0000001";
    public static final String DEMO_SECRET_KEY = "demo-secret-key-for-the-embedded-simulator";
    public static final String DEMO_PROJECT_ID = "0d5e1f2a3b4c4d6e8f901a2b3c4d5e6f";
    public static final String DEMO_REGION = "cn-north-4";

    public static SimulatorConfig demo() {
        return new SimulatorConfig(0, DEMO_ACCESS_KEY, DEMO_SECRET_KEY, DEMO_PROJECT_ID, DEMO_REGION,
                Duration.ofSeconds(8), 0.12, 20261128L, 0, Clock.systemUTC());
    }

    /**
     * The demo without simulated task failures and with short tasks, for runs that want a verdict on the app
     * rather than on the simulator's dice: the packaged smoke test, and the command line (whose exit codes
     * scripts and CI read).
     */
    public static SimulatorConfig demoForChecks() {
        return demo().withTaskFailureRate(0).withTaskDuration(Duration.ofSeconds(3));
    }

    public SimulatorConfig withPort(int newPort) {
        return new SimulatorConfig(newPort, accessKey, secretKey, projectId, region, taskDuration, taskFailureRate,
                seed, extraHybridVaults, clock);
    }

    public SimulatorConfig withKeys(String ak, String sk) {
        return new SimulatorConfig(port, ak, sk, projectId, region, taskDuration, taskFailureRate, seed, extraHybridVaults,
                clock);
    }

    public SimulatorConfig withTaskDuration(Duration d) {
        return new SimulatorConfig(port, accessKey, secretKey, projectId, region, d, taskFailureRate, seed, extraHybridVaults,
                clock);
    }

    public SimulatorConfig withTaskFailureRate(double rate) {
        return new SimulatorConfig(port, accessKey, secretKey, projectId, region, taskDuration, rate, seed, extraHybridVaults,
                clock);
    }

    /** The simulator's clock: task progress, signature skew and the gateway's per-second windows follow it. */
    public SimulatorConfig withClock(Clock newClock) {
        return new SimulatorConfig(port, accessKey, secretKey, projectId, region, taskDuration, taskFailureRate,
                seed, extraHybridVaults, newClock);
    }

    public SimulatorConfig withExtraHybridVaults(int count) {
        return new SimulatorConfig(port, accessKey, secretKey, projectId, region, taskDuration, taskFailureRate,
                seed, count, clock);
    }
}
