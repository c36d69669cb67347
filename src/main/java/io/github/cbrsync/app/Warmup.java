package io.github.cbrsync.app;

import io.github.cbrsync.api.http.HttpWarmup;
import java.lang.System.Logger.Level;

/**
 * While the JavaFX toolkit starts (mostly one thread's work), the second core loads and initialises the
 * libraries the first connection needs next: Jackson (settings, profiles, the journal), the HTTP client,
 * the FXML loader and the collator the tables sort with. Nothing is kept; only class loading and static
 * initialisation (and the JDK's own caches) are moved off the path to the window. {@code -Dcbrsync.warmup=false}
 * turns it off (to measure it).
 * <p>
 * Classes of the window are loaded here but never initialised: the first control class initialised
 * (javafx.scene.control.Control) puts JavaFX's own theme on the app, later, from the FX queue, when no theme is
 * set yet. Initialised here before the FX thread put AtlantaFX's theme on, it replaced that theme once the window
 * was up, on about one start in four: the window in JavaFX's default look with AtlantaFX's colours unresolved
 * (1,277 CSS warnings in the log, and a slower first layout).
 */
final class Warmup {
    private static final System.Logger LOG = System.getLogger(Warmup.class.getName());

    /** Loaded, not initialised (see above). */
    static final java.util.List<String> WINDOW_CLASSES = java.util.List.of("javafx.fxml.FXMLLoader",
            "org.controlsfx.control.StatusBar", "org.controlsfx.control.MaskerPane",
            "io.github.cbrsync.ui.main.MainWindowController");

    private Warmup() {
    }

    static void startInBackground() {
        if (!Boolean.parseBoolean(System.getProperty("cbrsync.warmup", "true"))) {
            return;
        }
        Thread t = new Thread(Warmup::run, "cbr-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** The warm-up itself, on the calling thread; whether it went through to the end. */
    static boolean run() {
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"warm\":[1,\"up\"]}");
            HttpWarmup.run();
            for (String windowClass : WINDOW_CLASSES) {
                Class.forName(windowClass, false, Warmup.class.getClassLoader());
            }
            Class.forName("io.github.cbrsync.session.ConnectionScope");
            // The tables sort with the locale's collator (TableOrder), and the vault table sorts as the window is
            // built: the first instance builds the locale's rule tables (about 50 ms), later ones are copies.
            java.text.Collator.getInstance();
            return true;
        } catch (Exception | LinkageError e) {
            LOG.log(Level.DEBUG, "warm-up stopped early: {0}", e.toString());
            return false;
        }
    }
}
