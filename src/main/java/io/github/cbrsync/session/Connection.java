package io.github.cbrsync.session;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.sim.CbrSimulator;
import java.util.Optional;

/** A connection the window works on: a name, the client settings, and the simulator it owns in demo mode. */
public record Connection(String name, String region, ClientSettings settings, Optional<CbrSimulator> simulator,
                         String sourceLabel) {

    public Connection(String name, String region, ClientSettings settings, Optional<CbrSimulator> simulator) {
        this(name, region, settings, simulator, "");
    }

    public boolean isDemo() {
        return simulator.isPresent();
    }
}
