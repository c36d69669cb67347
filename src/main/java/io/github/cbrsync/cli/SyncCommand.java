package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cbr-sync sync}: a bulk sync of the selected vaults through the window's engine (adaptive send rate,
 * settling of unclear answers, never a second task for a vault already syncing), each request a row in the
 * shared history marked as the command line's. With {@code --wait} every task is followed to its end.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false)
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    CbrSyncCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    VaultSelection selection;

    @Option(names = "--auto-trigger", paramLabel = "on|off|remembered", defaultValue = "remembered",
            descriptionKey = "cli.option.autoTrigger")
    AutoTrigger autoTrigger;

    @Option(names = "--wait", descriptionKey = "cli.option.wait")
    boolean wait;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            descriptionKey = "cli.option.timeout")
    Duration timeout;

    @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
    boolean dryRun;

    @Override
    public Integer call() {
        if (timeout != null && !wait) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.error.timeoutWithoutWait"));
        }
        CliOutput output = root.output();
        try (Workspace workspace = Workspace.open(root, output)) {
            return new SyncRun(workspace.openScope(), workspace.settings(), output, this).run().code();
        }
    }
}
