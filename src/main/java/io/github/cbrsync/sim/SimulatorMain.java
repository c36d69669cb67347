package io.github.cbrsync.sim;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own for manual testing with other tools (curl with a signing proxy, the
 * official SDK pointed at it through HUAWEICLOUD_SDK_REGION_CBR_..., a second app instance).
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        SimulatorConfig config = SimulatorConfig.demo().withPort(8790);
        SimulatorKnobs knobs = new SimulatorKnobs();
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            if (arg.equals("--simulator")) {
                continue;
            }
            if (!it.hasNext()) {
                usage("missing value after " + arg);
            }
            String value = it.next();
            switch (arg) {
                case "--port" -> config = config.withPort(Integer.parseInt(value));
                case "--task-seconds" -> config = config.withTaskDuration(Duration.ofSeconds(Long.parseLong(value)));
                case "--failure-rate" -> config = config.withTaskFailureRate(Double.parseDouble(value));
                case "--latency-ms" -> knobs.latency(Duration.ofMillis(Long.parseLong(value)));
                case "--error-rate" -> knobs.serverErrorRate(Double.parseDouble(value));
                case "--reset-rate" -> knobs.connectionResetRate(Double.parseDouble(value));
                case "--html502-rate" -> knobs.html502Rate(Double.parseDouble(value));
                case "--rate-limit" -> knobs.gatewayRateLimitPerSecond(Integer.parseInt(value));
                default -> usage("unknown option " + arg);
            }
        }
        CbrSimulator sim = CbrSimulator.start(config);
        sim.knobs().latency(knobs.latency()).serverErrorRate(knobs.serverErrorRate())
                .connectionResetRate(knobs.connectionResetRate()).html502Rate(knobs.html502Rate())
                .gatewayRateLimitPerSecond(knobs.gatewayRateLimitPerSecond());
        System.out.println("CBR simulator listening on " + sim.baseUri());
        System.out.println("  project ID  " + config.projectId() + " (region " + config.region() + ")");
        System.out.println("  access key  " + config.accessKey()
                + " (demo keys: the secret key is SimulatorConfig.DEMO_SECRET_KEY, see the README)");
        System.out.println("Press Ctrl+C to stop.");
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close));
        new CountDownLatch(1).await();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("options: --port N --task-seconds N --failure-rate 0..1 --latency-ms N --error-rate 0..1"
                + " --reset-rate 0..1 --html502-rate 0..1 --rate-limit N");
        System.exit(2);
    }
}
