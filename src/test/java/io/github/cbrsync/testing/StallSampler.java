package io.github.cbrsync.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A benchmark aid: every 10 ms, if the last frame is late (over 100 ms by default), takes the FX thread's stack and counts
 * its top frames. The report shows where the FX thread spends the stalls (a poor man's profiler that needs
 * nothing installed).
 */
final class StallSampler {
    /** How late a frame must be to count as a stall: -Dcbrsync.bench.stalls.ms (default 100). */
    private static final long THRESHOLD_NANOS = Long.getLong("cbrsync.bench.stalls.ms", 100) * 1_000_000L;
    private final Map<String, Integer> samples = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread thread;

    void start(LongSupplier lastPulseNanos) {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                if (System.nanoTime() - lastPulseNanos.getAsLong() > THRESHOLD_NANOS) {
                    sample();
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stall-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void sample() {
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().equals("JavaFX Application Thread")) {
                // The innermost frames, then the app's own frames below them (who asked for the work).
                String top = IntStream.range(0, stack.length)
                        .filter(i -> i < 3 || stack[i].getClassName().startsWith("io.github.cbrsync"))
                        .limit(12).mapToObj(i -> stack[i].getClassName().replaceAll(".*\\.", "") + "."
                                + stack[i].getMethodName() + ":" + stack[i].getLineNumber())
                        .collect(Collectors.joining(" < "));
                samples.merge(top, 1, Integer::sum);
            }
        });
    }

    String report() {
        return "FX thread during stalls (10 ms samples):\n" + samples.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .map(e -> "  " + e.getValue() + " x " + e.getKey()).collect(Collectors.joining("\n"));
    }
}
