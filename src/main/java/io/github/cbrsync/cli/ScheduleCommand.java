package io.github.cbrsync.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cbr-sync schedule show}: the recurring syncs this user has, on any platform, read from the files the
 * install wrote (each carries its schedule and command line in marker lines). {@code install} and
 * {@code remove} are its subcommands.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = {ScheduleCommand.Show.class, ScheduleInstall.class, ScheduleRemove.class})
final class ScheduleCommand implements Runnable {
    @ParentCommand
    CbrSyncCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                io.github.cbrsync.i18n.Messages.get("cli.error.noCommand"));
    }

    /** One schedule found on disk. */
    record Installed(String name, String trigger, String command, Path file) {
    }

    static List<Installed> installed(SchedulePlatform platform) {
        List<Installed> found = new ArrayList<>();
        if (!Files.isDirectory(platform.folder())) {
            return found;
        }
        try (Stream<Path> files = Files.list(platform.folder())) {
            for (Path file : files.sorted().toList()) {
                Optional<String> name = platform.nameOf(file);
                if (name.isPresent()) {
                    List<Path> all = platform.files(name.get());
                    String text = read(all.get(0), platform);
                    found.add(new Installed(name.get(), marker(text, ScheduleSpec.TRIGGER_MARKER, platform),
                            marker(text, ScheduleSpec.COMMAND_MARKER, platform), all.get(0)));
                }
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, e.toString());
        }
        return found;
    }

    private static String read(Path file, SchedulePlatform platform) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), platform.charset()).replace("\uFEFF", "") : "";
    }

    private static String marker(String text, String marker, SchedulePlatform platform) {
        return text.lines().filter(l -> l.contains(marker)).findFirst()
                .map(l -> platform.markerText(l.substring(l.indexOf(marker) + marker.length()).replace("-->", "")
                        .strip()))
                .orElse("");
    }

    static List<Column<Installed>> columns() {
        return List.of(Column.of("name", Installed::name), Column.of("schedule", Installed::trigger),
                Column.of("command", Installed::command), Column.dataOnly("file", i -> i.file().toString()));
    }

    /** {@code schedule show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ScheduleCommand schedule;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.option.scheduleName")
        String name;

        @Override
        public Integer call() {
            CliOutput output = schedule.root.output();
            List<Installed> all = installed(SchedulePlatform.of(schedule.root.context()));
            List<Installed> shown = name == null ? all : all.stream().filter(i -> i.name().equals(name)).toList();
            ExitCode code = name != null && shown.isEmpty() ? ExitCode.NOTHING_MATCHED : ExitCode.OK;
            output.report(Report.of("schedule show", Optional.empty(), columns(), shown), code);
            return code.code();
        }
    }
}
