package io.github.cbrsync.app;

import io.github.cbrsync.sim.SimulatorMain;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Entry point. {@code --simulator} runs only the embedded CBR simulator (no window), for manual testing;
 * anything else opens the desktop app.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--simulator")) {
            SimulatorMain.main(args);
            return;
        }
        Application.launch(CbrSyncDeskApp.class, args);
    }
}
