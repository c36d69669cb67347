package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxFollowsXdg() {
        AppPaths p = AppPaths.resolve(null, "Linux", HOME, Map.of());
        assertThat(p.config()).isEqualTo(Path.of("/home/ann/.config/cbr-sync-desk"));
        assertThat(p.historyFolder()).isEqualTo(Path.of("/home/ann/.local/share/cbr-sync-desk/history"));
        assertThat(p.logs()).isEqualTo(Path.of("/home/ann/.local/state/cbr-sync-desk/logs"));
        assertThat(AppPaths.resolve(null, "Linux", HOME, Map.of("XDG_CONFIG_HOME", "/cfg")).config())
                .isEqualTo(Path.of("/cfg/cbr-sync-desk"));
    }

    @Test
    void windowsAndMacUseTheirConventions() {
        AppPaths win = AppPaths.resolve(null, "Windows 11", HOME, Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"));
        assertThat(win.config()).isEqualTo(Path.of("/r/CBR Sync Desk"));
        assertThat(win.logs()).isEqualTo(Path.of("/l/CBR Sync Desk/logs"));
        assertThat(AppPaths.resolve(null, "Mac OS X", HOME, Map.of()).logs())
                .isEqualTo(Path.of("/home/ann/Library/Logs/CBR Sync Desk"));
    }

    @Test
    void anOverridePutsEverythingUnderOneFolder() {
        AppPaths p = AppPaths.resolve("/portable", "Linux", HOME, Map.of());
        assertThat(p).isEqualTo(new AppPaths(Path.of("/portable/config"), Path.of("/portable/data"),
                Path.of("/portable/logs")));
    }
}
