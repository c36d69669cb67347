package io.github.cbrsync.session;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.sim.CbrSimulator;
import java.util.Optional;

/**
 * A connection opened for work: its identity (which names its journal), the label shown for it, the client
 * settings, and the simulator it owns in demo mode.
 */
public record Connection(ConnectionId id, String name, String region, ClientSettings settings,
                         Optional<CbrSimulator> simulator, String sourceLabel) {

    public Connection(ConnectionId id, String name, String region, ClientSettings settings,
                      Optional<CbrSimulator> simulator) {
        this(id, name, region, settings, simulator, "");
    }

    public boolean isDemo() {
        return simulator.isPresent();
    }

    public Connection withSettings(ClientSettings newSettings) {
        return new Connection(id, name, region, newSettings, simulator, sourceLabel);
    }
}
