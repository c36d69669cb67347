package io.github.cbrsync.cli;

import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.KeyringSecretStore;
import io.github.cbrsync.store.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the command line takes from the machine it runs on, in one place so tests can give their own: the app's
 * folders (the window's, so both share settings, profiles and journals), the environment (the SDK variables),
 * the user's home (the SDK credentials file), the secret store (probed only when a connection needs a secret),
 * the demo simulator's setup, how tasks are followed, whether a person watches a terminal, the operating system
 * (which scheduler to write for), the installed launcher (what a schedule runs) and how outside commands run.
 */
public record CliContext(AppPaths paths, Map<String, String> environment, Path userHome,
                         Supplier<SecretStore> secrets, SimulatorConfig demoSimulator, PollTiming pollTiming,
                         boolean terminal, String osName, Optional<Path> launcher, CommandRunner commands,
                         boolean writeLogFile) {

    /** The launcher jpackage names in this property; running from a build, {@code cbr-sync} on the PATH. */
    static final String APP_PATH_PROPERTY = "jpackage.app-path";

    public static CliContext ofThisMachine() {
        Map<String, String> env = System.getenv();
        return new CliContext(AppPaths.forThisMachine(), env, Path.of(System.getProperty("user.home")),
                KeyringSecretStore::probe, SimulatorConfig.demoForChecks(), PollTiming.DEFAULT,
                System.console() != null, System.getProperty("os.name", ""), installedLauncher(env),
                CommandRunner.PROCESSES, true);
    }

    CliContext withPaths(AppPaths newPaths) {
        return new CliContext(newPaths, environment, userHome, secrets, demoSimulator, pollTiming, terminal, osName,
                launcher, commands, writeLogFile);
    }

    private static Optional<Path> installedLauncher(Map<String, String> env) {
        String packaged = System.getProperty(APP_PATH_PROPERTY);
        if (packaged != null && !packaged.isBlank()) {
            return Optional.of(Path.of(packaged).toAbsolutePath());
        }
        return Arrays.stream(env.getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "cbr-sync"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
