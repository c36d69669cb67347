package io.github.cbrsync.api;

import io.github.cbrsync.domain.ProxyMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How requests leave the workstation: the system's proxy settings by default, no proxy, or a manual proxy
 * (with optional authentication); and TLS verified against the system trust store plus, optionally, one
 * more CA certificate file (a corporate TLS inspection proxy). There is deliberately no way to turn
 * certificate verification off.
 */
public record NetworkSettings(ProxyMode proxyMode, String proxyHost, int proxyPort, Optional<String> proxyUser,
                              Optional<String> proxyPassword, Optional<Path> extraCaFile) {

    public static final NetworkSettings SYSTEM = new NetworkSettings(ProxyMode.SYSTEM, "", 0, Optional.empty(),
            Optional.empty(), Optional.empty());

    public NetworkSettings {
        proxyHost = proxyHost == null ? "" : proxyHost.trim();
        if (proxyMode == ProxyMode.MANUAL && (proxyHost.isEmpty() || proxyPort < 1 || proxyPort > 65535)) {
            throw new IllegalArgumentException("A manual proxy needs a host and a port between 1 and 65535");
        }
    }

    @Override
    public String toString() {
        return "NetworkSettings[" + proxyMode + (proxyMode == ProxyMode.MANUAL ? " " + proxyHost + ":" + proxyPort
                + proxyUser.map(u -> " as " + u + " (password ***)").orElse("") : "")
                + extraCaFile.map(f -> ", extra CA " + f).orElse("") + "]";
    }
}
