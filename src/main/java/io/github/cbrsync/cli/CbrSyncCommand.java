package io.github.cbrsync.cli;

import io.github.cbrsync.app.LaunchOptions;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code cbr-sync}: the global options, which every command accepts before or after its name (they are
 * inherited), and the commands. Texts come from the app's bundle (keys {@code cli.*} and picocli's
 * {@code usage.*}), so the help reads in the user's language.
 */
@Command(name = "cbr-sync", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true, sortOptions = false,
        subcommands = {ConnectionsCommand.class, VaultsCommand.class, SyncCommand.class, TasksCommand.class,
            ScheduleCommand.class})
final class CbrSyncCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--connection", paramLabel = "NAME", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.connection")
    String connection;

    @Option(names = "--region", paramLabel = "ID", scope = ScopeType.INHERIT, descriptionKey = "cli.option.region")
    String region;

    @Option(names = "--project-id", paramLabel = "ID", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.projectId")
    String projectId;

    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.endpoint")
    String endpoint;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            defaultValue = "table", descriptionKey = "cli.option.output")
    OutputFormat output;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, descriptionKey = "cli.option.quiet")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, descriptionKey = "cli.option.verbose")
    boolean verbose;

    CbrSyncCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    /** The connection overrides for this run, as the window takes them from its own options. */
    LaunchOptions launchOptions() {
        return new LaunchOptions(Optional.ofNullable(connection), Optional.ofNullable(region),
                Optional.ofNullable(projectId), Optional.ofNullable(endpoint), false);
    }

    /** Where this run prints, as its options ask. */
    CliOutput output() {
        return new CliOutput(spec.commandLine().getOut(), spec.commandLine().getErr(), output, quiet, verbose,
                context.terminal());
    }

    @Override
    public void run() {
        // No command named: the usage, and the exit code of a usage error (scripts must not take it for success).
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                io.github.cbrsync.i18n.Messages.get("cli.error.noCommand"));
    }
}
