package io.github.cbrsync.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

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

    /**
     * FX thread: records a phase when the next pulse has laid out the scene {@code stage} shows then (once only;
     * the listener follows the stage to a new scene, so the phase is recorded even if the scene is replaced first).
     */
    void reachedAtNextFrame(String phase, Stage stage) {
        synchronized (this) {
            if (phases.containsKey(phase)) {
                return;
            }
        }
        Runnable[] laidOut = new Runnable[1];
        ChangeListener<Scene> follow = (o, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(laidOut[0]);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(laidOut[0]);
            }
        };
        laidOut[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(laidOut[0]);
            stage.sceneProperty().removeListener(follow);
            reached(phase);
        };
        stage.getScene().addPostLayoutPulseListener(laidOut[0]);
        stage.sceneProperty().addListener(follow);
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
