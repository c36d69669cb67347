package io.github.cbrsync.app;

import io.github.cbrsync.sim.SimulatorMain;
import java.util.Arrays;
import javafx.application.Application;

/**
 * Entry point. {@code --simulator} runs only the embedded CBR simulator (no window), for manual testing;
 * otherwise the desktop app opens, with the options of {@link LaunchOptions}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--simulator")) {
            SimulatorMain.main(args);
            return;
        }
        try {
            LaunchOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException badOption) {
            System.err.println(badOption.getMessage());
            System.exit(2);
        }
        Application.launch(CbrSyncDeskApp.class, args);
    }
}
