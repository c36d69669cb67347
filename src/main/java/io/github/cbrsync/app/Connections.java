package io.github.cbrsync.app;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import java.io.IOException;
import java.util.Optional;

/** Builds connections. Demo mode starts the embedded simulator on loopback and connects with its keys. */
public final class Connections {
    private Connections() {
    }

    /** Starts a simulator (binds a loopback port: call it off the FX thread) and connects to it. */
    public static Connection demo(SimulatorConfig config, String label) throws IOException {
        CbrSimulator sim = CbrSimulator.start(config);
        ClientSettings settings = ClientSettings.of(Endpoints.single(sim.baseUri()), config.projectId(),
                new Credentials.AkSk(config.accessKey(), config.secretKey()));
        return new Connection(ConnectionId.DEMO, label, config.region(), settings, Optional.of(sim));
    }
}
