package io.github.cbrsync.cli;

import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.MemorySecretStore;
import io.github.cbrsync.store.SecretStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs {@code cbr-sync} in this JVM, as picocli's {@code CommandLine.execute} does for the launcher, with the
 * output captured and everything the machine would give replaced: a home folder of its own (the window's files
 * would be under it), an environment, a secret store, a demo simulator with short tasks, fast polling, a
 * recorded command runner (no test enables a timer on the build machine) and a launcher file.
 */
final class CliHarness {
    static final PollTiming FAST = new PollTiming(Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofMillis(500), 1.5, Duration.ofSeconds(2), 5);

    final Path home;
    final Map<String, String> environment = new HashMap<>();
    final List<List<String>> commandsRun = new ArrayList<>();
    SimulatorConfig demo = SimulatorConfig.demoForChecks().withTaskDuration(Duration.ofMillis(600));
    Supplier<SecretStore> secrets = () -> new MemorySecretStore("test");
    String osName = "Linux";
    boolean schedulerReachable;
    Optional<Path> launcher;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    CliHarness(Path home) throws IOException {
        this.home = home;
        Path bin = Files.createDirectories(home.resolve("opt/bin"));
        Path fake = bin.resolve("cbr-sync");
        Files.writeString(fake, "#!/bin/sh\nexit 0\n");
        fake.toFile().setExecutable(true);
        this.launcher = Optional.of(fake);
        environment.put("XDG_CONFIG_HOME", home.resolve("xdg-config").toString());
    }

    AppPaths paths() {
        return AppPaths.under(home.resolve("app"));
    }

    CliContext context() {
        CommandRunner recording = new CommandRunner() {
            @Override
            public Result run(List<String> command) {
                commandsRun.add(command);
                return new Result(0, "");
            }

            @Override
            public boolean available(String executable) {
                return schedulerReachable;
            }
        };
        return new CliContext(paths(), Map.copyOf(environment), home.resolve("user"), secrets, demo, FAST, false,
                osName, launcher, recording, false);
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CbrSyncCli.run(context(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
