package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cbr-sync schedule remove --name NAME}: disables the schedule and deletes its files. */
@Command(name = "remove", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ScheduleRemove implements Callable<Integer> {
    @ParentCommand
    ScheduleCommand schedule;

    @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "cli.option.scheduleName")
    String name;

    @Override
    public Integer call() {
        CliContext context = schedule.root.context();
        CliOutput output = schedule.root.output();
        SchedulePlatform platform = SchedulePlatform.of(context);
        List<Path> files = platform.files(name).stream().filter(Files::exists).toList();
        if (files.isEmpty()) {
            output.error(Messages.format("cli.error.noSuchSchedule", name));
            return ExitCode.NOTHING_MATCHED.code();
        }
        List<ScheduleAction> actions = new ArrayList<>();
        ExitCode code = runOrShow(platform.disable(name), platform, context, actions, output);
        try {
            for (Path file : files) {
                Files.delete(file);
                actions.add(ScheduleAction.of("deleted", file.toString(), null));
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, Messages.format("cli.error.scheduleWrite", platform.folder(),
                    e.getMessage()), e.toString());
        }
        if (code == ExitCode.OK) {
            code = runOrShow(platform.afterRemoval(), platform, context, actions, output);
        }
        output.report(Report.of("schedule remove", Optional.empty(), ScheduleAction.columns(), actions), code);
        return code.code();
    }

    /**
     * Runs the scheduler's commands when it answers here; otherwise lists them for the user (and says why). A
     * command that fails makes the result a configuration error, with what the scheduler said.
     */
    static ExitCode runOrShow(List<List<String>> commands, SchedulePlatform platform, CliContext context,
                              List<ScheduleAction> actions, CliOutput output) {
        if (commands.isEmpty()) {
            return ExitCode.OK;
        }
        if (!platform.reachable(context.commands())) {
            commands.forEach(c -> actions.add(ScheduleAction.of("run_yourself", ScheduleAction.shown(c), null)));
            output.note(Messages.get("cli.note.schedulerUnreachable"));
            return ExitCode.OK;
        }
        for (List<String> command : commands) {
            CommandRunner.Result result = context.commands().run(command);
            actions.add(ScheduleAction.of("ran", ScheduleAction.shown(command), result.exitCode()));
            if (!result.ok()) {
                output.error(Messages.format("cli.error.schedulerFailed", ScheduleAction.shown(command),
                        result.output().lines().findFirst().orElse("")));
                return ExitCode.CONFIGURATION;
            }
        }
        return ExitCode.OK;
    }
}
