package io.github.cbrsync.cli;

import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cbr-sync schedule install}: a recurring {@code cbr-sync sync … --wait} of a selection on this
 * connection, written for the platform's scheduler and enabled when the scheduler answers here; otherwise the
 * commands that enable it are printed for the user to run.
 */
@Command(name = "install", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false)
final class ScheduleInstall implements Callable<Integer> {
    @ParentCommand
    ScheduleCommand schedule;

    @Spec
    CommandSpec spec;

    /** When: exactly one of the two. */
    static final class When {
        @Option(names = "--daily", paramLabel = "HH:MM", required = true, descriptionKey = "cli.option.daily")
        LocalTime daily;

        @Option(names = "--every", paramLabel = "DURATION", required = true, converter = DurationConverter.class,
                descriptionKey = "cli.option.every")
        Duration every;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    @ArgGroup(exclusive = true, multiplicity = "1")
    VaultSelection selection;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.option.scheduleName")
    String name;

    @Option(names = "--auto-trigger", paramLabel = "on|off|remembered", defaultValue = "remembered",
            descriptionKey = "cli.option.autoTrigger")
    AutoTrigger autoTrigger;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            descriptionKey = "cli.option.timeout")
    Duration timeout;

    @Override
    public Integer call() {
        CbrSyncCommand root = schedule.root;
        CliContext context = root.context();
        CliOutput output = root.output();
        if (when.every != null && when.every.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new ParameterException(spec.commandLine(), Messages.get("cli.error.everyTooShort"));
        }
        Path launcher = context.launcher().orElseThrow(() -> new CliFailure(ExitCode.CONFIGURATION,
                Messages.get("cli.error.noLauncher")));
        ConnectionId connection;
        try (Workspace workspace = Workspace.open(root, output)) {
            connection = workspace.chosen();
        }
        String scheduleName = name == null ? connection.value() : name;
        if (!scheduleName.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new ParameterException(spec.commandLine(), Messages.format("cli.error.scheduleName", scheduleName));
        }
        SchedulePlatform platform = SchedulePlatform.of(context);
        ScheduleSpec scheduleSpec = new ScheduleSpec(scheduleName,
                when.daily != null ? new ScheduleSpec.Daily(when.daily) : new ScheduleSpec.Every(when.every),
                command(launcher, root, connection), context.paths().logs().resolve("schedule-" + scheduleName + ".log"),
                environment(context));
        List<ScheduleAction> actions = new ArrayList<>();
        try {
            Files.createDirectories(platform.folder());
            OwnerOnlyFiles.createDirectories(context.paths().logs());
            for (Map.Entry<Path, String> file : platform.render(scheduleSpec).entrySet()) {
                Files.write(file.getKey(), file.getValue().getBytes(platform.charset()));
                actions.add(ScheduleAction.of("wrote", file.getKey().toString(), null));
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, Messages.format("cli.error.scheduleWrite", platform.folder(),
                    e.getMessage()), e.toString());
        }
        ExitCode code = ScheduleRemove.runOrShow(platform.enable(scheduleSpec), platform, context, actions, output);
        output.report(Report.of("schedule install", Optional.empty(), ScheduleAction.columns(), actions), code);
        return code.code();
    }

    /** {@code cbr-sync --connection ID [overrides] --quiet sync SELECTION --auto-trigger X --wait [--timeout D]}. */
    private List<String> command(Path launcher, CbrSyncCommand root, ConnectionId connection) {
        List<String> args = new ArrayList<>(List.of(launcher.toString(), "--connection", connection.value()));
        Optional.ofNullable(root.region).ifPresent(r -> args.addAll(List.of("--region", r)));
        Optional.ofNullable(root.projectId).ifPresent(p -> args.addAll(List.of("--project-id", p)));
        Optional.ofNullable(root.endpoint).ifPresent(e -> args.addAll(List.of("--endpoint", e)));
        args.addAll(List.of("--quiet", "sync"));
        args.addAll(selection.asArguments());
        args.addAll(List.of("--auto-trigger", autoTrigger.name().toLowerCase(java.util.Locale.ROOT), "--wait"));
        if (timeout != null) {
            args.addAll(List.of("--timeout", DurationConverter.format(timeout)));
        }
        return args;
    }

    /** The app's home folder, when this run has one set: the schedule must find the same settings and history. */
    private static Map<String, String> environment(CliContext context) {
        Map<String, String> env = new LinkedHashMap<>();
        String home = context.environment().get(AppPaths.HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            env.put(AppPaths.HOME_VARIABLE, Path.of(home).toAbsolutePath().toString());
        }
        return env;
    }
}
