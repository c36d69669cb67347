package io.github.cbrsync.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an outside command (systemctl, schtasks, launchctl) and says how it ended; tests record instead, so no
 * test ever enables a timer on the machine that builds.
 */
public interface CommandRunner {

    /** How a command ended: its exit status and what it printed (both streams). */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command}; an executable that is not there ends with exit status 127, as in a shell. */
    Result run(List<String> command);

    /** Whether {@code executable} can be found on the PATH. */
    boolean available(String executable);

    CommandRunner PROCESSES = new CommandRunner() {
        @Override
        public Result run(List<String> command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(124, out);
                }
                return new Result(p.exitValue(), out.strip());
            } catch (IOException e) {
                return new Result(127, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(130, "");
            }
        }

        @Override
        public boolean available(String executable) {
            return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(dir -> !dir.isBlank() && (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir,
                            executable)) || java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir,
                            executable + ".exe"))));
        }
    };
}
