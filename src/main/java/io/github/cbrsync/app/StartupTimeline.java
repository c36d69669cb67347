package io.github.cbrsync.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * When each phase of start-up was reached, counted from the process start: logged once the vaults are shown,
 * and printed as {@code STARTUP first-frame-ms=N} / {@code STARTUP vaults-shown-ms=N} when the app runs with
 * {@code -Dcbrsync.startupReport=true} (what scripts/startup-bench.sh reads).
 * <p>
 * "first-frame" and "vaults-shown" are what the user sees: the pulse that has laid out the opening view, and the
 * pulse that has laid out the vault table holding the first list, measured as the benchmark's bare window
 * measures its first frame (after the layout of a pulse, just before it is drawn).
 */
final class StartupTimeline {
    private static final System.Logger LOG = System.getLogger(StartupTimeline.class.getName());

    private final Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final boolean report = Boolean.getBoolean("cbrsync.startupReport");

    /** FX thread: records a phase when the next pulse of {@code scene} has laid it out (once only). */
    void reachedAtNextFrame(String phase, Scene scene) {
        synchronized (this) {
            if (phases.containsKey(phase)) {
                return;
            }
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            reached(phase);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Records a phase the first time it is reached. */
    synchronized void reached(String phase) {
        if (phases.putIfAbsent(phase, Duration.between(processStart, Instant.now()).toMillis()) == null) {
            if (report && (phase.equals("first-frame") || phase.equals("vaults-shown"))) {
                SmokeRun.printStartup(phase, phases.get(phase));
            }
            if (phase.equals("vaults-shown")) {
                LOG.log(Level.INFO, "start-up (ms after process start): {0}", phases);
            }
        }
    }
}
