package io.github.cbrsync.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark look. JavaFX 21 cannot tell (its platform preferences arrive in 22), so
 * this asks the desktop the way its own tools do: GNOME's color-scheme and GTK theme name (gsettings), GTK_THEME,
 * the Windows registry, macOS's AppleInterfaceStyle. Runs a short process: never on the FX thread. Light when
 * nothing answers.
 */
final class SystemTheme {
    private static final System.Logger LOG = System.getLogger(SystemTheme.class.getName());
    private static final long TIMEOUT_MS = 2000;

    private SystemTheme() {
    }

    static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(SystemTheme::windowsSaysDark).orElse(false);
        }
        if (os.contains("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        return linuxPrefersDark(System.getenv(), SystemTheme::run);
    }

    /** GTK_THEME (set by hand, wins), then GNOME's color-scheme, then the GTK theme's name ("Adwaita-dark"). */
    static boolean linuxPrefersDark(Map<String, String> env, Command command) {
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        }
        Optional<String> scheme = command.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return false;
        }
        return command.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(name -> name.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    /** "AppsUseLightTheme    REG_DWORD    0x0" means dark. */
    static boolean windowsSaysDark(String regOutput) {
        return regOutput.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*");
    }

    /** A command's standard output, if it ran and exited 0 in time. */
    interface Command {
        Optional<String> run(List<String> command);
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = p.getInputStream()) {
                String text = new String(out.readNBytes(4096), StandardCharsets.UTF_8);
                return p.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            // Not a GNOME desktop (no gsettings), or no registry tool: the light theme.
            LOG.log(Level.DEBUG, "cannot ask the desktop for its theme: {0}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
