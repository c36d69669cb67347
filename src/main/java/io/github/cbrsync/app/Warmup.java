package io.github.cbrsync.app;

import io.github.cbrsync.api.http.HttpWarmup;
import java.lang.System.Logger.Level;

/**
 * While the JavaFX toolkit starts (mostly one thread's work), the second core loads and initialises the
 * libraries the first connection needs next: Jackson (settings, profiles, the journal), the HTTP client and
 * the FXML loader. Nothing is kept; only class loading and static initialisation are moved off the path to the
 * window. {@code -Dcbrsync.warmup=false} turns it off (to measure it).
 */
final class Warmup {
    private static final System.Logger LOG = System.getLogger(Warmup.class.getName());

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

    private static void run() {
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"warm\":[1,\"up\"]}");
            HttpWarmup.run();
            Class.forName("javafx.fxml.FXMLLoader");
            Class.forName("org.controlsfx.control.StatusBar");
            Class.forName("org.controlsfx.control.MaskerPane");
            Class.forName("io.github.cbrsync.ui.main.MainWindowController");
            Class.forName("io.github.cbrsync.session.ConnectionScope");
        } catch (Exception | LinkageError e) {
            LOG.log(Level.DEBUG, "warm-up stopped early: {0}", e.toString());
        }
    }
}
