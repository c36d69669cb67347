package io.github.cbrsync.app;

import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.sim.SimulatorConfig;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Connection set-up runs in init(), off the FX thread. */
public final class CbrSyncDeskApp extends Application {
    private AppContext context;

    @Override
    public void init() throws Exception {
        // No connection is configured yet in this version: start in demo mode against the embedded simulator.
        context = new AppContext(Connections.demo(SimulatorConfig.demo()), PollTiming.DEFAULT);
    }

    @Override
    public void start(Stage stage) throws Exception {
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        context.showMainWindow(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
