package io.github.cbrsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --help everywhere with the exit codes listed; usage errors are one line, a pointer to --help and exit 2. */
class CliHelpAndUsageTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelpThatListsTheExitCodes() throws Exception {
        CliHarness cli = new CliHarness(dir);
        for (String[] command : new String[][] {{}, {"connections"}, {"vaults"}, {"sync"}, {"tasks"}, {"schedule"},
            {"schedule", "show"}, {"schedule", "install"}, {"schedule", "remove"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliHarness.Run run = cli.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage:").contains("--connection")
                    .contains("Exit codes:").contains("4   Nothing matched").doesNotContain("cli.option");
        }
        CliHarness.Run sync = cli.run("sync", "--help");
        assertThat(sync.out()).contains("--all", "--match=GLOB", "--vault=ID", "--from-file=FILE", "--wait",
                "--timeout=DURATION", "--dry-run", "--auto-trigger=on|off|remembered",
                "This workstation (command line)");
    }

    @Test
    void usageErrorsSayWhatIsWrongInOneLineAndExitTwo() throws Exception {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Run unknown = cli.run("sync", "--all", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--bogus").contains("cbr-sync sync --help").doesNotContain("at io.");
        assertThat(unknown.out()).isEmpty();

        assertThat(cli.run("sync").exitCode()).as("no selection").isEqualTo(2);
        assertThat(cli.run("sync", "--all", "--vault", "x").exitCode()).as("two selections").isEqualTo(2);
        assertThat(cli.run("sync", "--all", "--timeout", "5m").err()).contains("--timeout needs --wait");
        assertThat(cli.run("sync", "--all", "--wait", "--timeout", "soon").err()).contains("\"soon\" is not a duration");
        assertThat(cli.run("vaults", "--output", "xml").exitCode()).isEqualTo(2);
        CliHarness.Run none = cli.run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Name a command");
    }
}
