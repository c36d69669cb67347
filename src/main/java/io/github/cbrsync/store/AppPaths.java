package io.github.cbrsync.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files, per operating system. The system property {@code cbrsync.home} or the
 * environment variable {@code CBR_SYNC_DESK_HOME} puts everything under one folder instead (tests, portable
 * installs).
 *
 * <p>At start, {@link #forThisMachine()} also takes group and other permissions away from whatever an older
 * version left readable in these folders; everything the app creates there is owner-only from the start (see
 * {@link OwnerOnlyFiles}).
 *
 * @param config settings and connection profiles (never secrets)
 * @param data   the task-history journals
 * @param logs   the rotating log files
 */
public record AppPaths(Path config, Path data, Path logs) {
    public static final String HOME_PROPERTY = "cbrsync.home";
    public static final String HOME_VARIABLE = "CBR_SYNC_DESK_HOME";
    private static final String APP_DIR = "cbr-sync-desk";
    private static final String TITLE = "CBR Sync Desk"; // (a folder name, not shown) on Windows and macOS

    /** The folders of this user on this machine, with existing ones made owner-only (called once, at start). */
    public static AppPaths forThisMachine() {
        AppPaths paths = locate();
        paths.tightenExisting();
        return paths;
    }

    /** Where the folders of this user on this machine are, without touching them. */
    public static AppPaths locate() {
        String override = System.getProperty(HOME_PROPERTY, System.getenv(HOME_VARIABLE));
        return resolve(override, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                System.getenv());
    }

    /** Makes the app's existing folders, and every file in them, owner-only (POSIX; nothing on Windows). */
    public void tightenExisting() {
        OwnerOnlyFiles.tighten(config);
        if (!data.equals(config)) {
            OwnerOnlyFiles.tighten(data);
        }
        OwnerOnlyFiles.tighten(logs);
    }

    static AppPaths resolve(String override, String osName, Path userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return under(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path base = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA")) : userHome.resolve("AppData/Roaming");
            Path local = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA"))
                    : userHome.resolve("AppData/Local");
            return new AppPaths(base.resolve(TITLE), base.resolve(TITLE), local.resolve(TITLE).resolve("logs"));
        }
        if (os.contains("mac")) {
            Path support = userHome.resolve("Library/Application Support").resolve(TITLE); // (a folder name, not shown)
            return new AppPaths(support, support, userHome.resolve("Library/Logs").resolve(TITLE));
        }
        Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve(APP_DIR);
        Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share")).resolve(APP_DIR);
        Path state = xdg(env, "XDG_STATE_HOME", userHome.resolve(".local/state")).resolve(APP_DIR);
        return new AppPaths(config, data, state.resolve("logs"));
    }

    public static AppPaths under(Path root) {
        return new AppPaths(root.resolve("config"), root.resolve("data"), root.resolve("logs"));
    }

    public Path historyFolder() {
        return data.resolve("history");
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }
}
