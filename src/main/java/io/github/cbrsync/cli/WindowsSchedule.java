package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Windows: a Task Scheduler task ({@code CBR Sync Desk\cbr-sync-NAME}) created with {@code schtasks /Create /XML}
 * from a task definition kept in the app's settings folder (UTF-16, as schtasks reads it). Task Scheduler keeps
 * no output: the command line's own log file in the app's log folder records the run.
 */
final class WindowsSchedule implements SchedulePlatform {
    private final Path folder;

    WindowsSchedule(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<Path> files(String name) {
        return List.of(folder.resolve("cbr-sync-" + name + ".xml"));
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_16LE;
    }

    static String taskName(String name) {
        return "CBR Sync Desk\\cbr-sync-" + name;
    }

    @Override
    public Map<Path, String> render(ScheduleSpec spec) {
        String start = LocalDate.now() + "T";
        String trigger;
        if (spec.trigger() instanceof ScheduleSpec.Daily daily) {
            trigger = "    <CalendarTrigger>\n      <StartBoundary>" + start + String.format("%02d:%02d:00",
                    daily.at().getHour(), daily.at().getMinute()) + "</StartBoundary>\n"
                    + "      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>\n    </CalendarTrigger>\n";
        } else {
            ScheduleSpec.Every every = (ScheduleSpec.Every) spec.trigger();
            trigger = "    <TimeTrigger>\n      <StartBoundary>" + start + "00:00:00</StartBoundary>\n"
                    + "      <Repetition><Interval>" + every.interval() + "</Interval></Repetition>\n"
                    + "    </TimeTrigger>\n";
        }
        String arguments = String.join(" ", spec.command().subList(1, spec.command().size()).stream()
                .map(WindowsSchedule::quote).toList());
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                + "<!-- " + Xml.escape(spec.triggerMarker()) + " -->\n"
                + "<!-- " + Xml.escape(spec.commandMarker()).replace("--", "- -") + " -->\n"
                + "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
                + "  <RegistrationInfo><Description>" + Xml.escape(Messages.format("cli.schedule.description",
                        spec.name())) + "</Description></RegistrationInfo>\n"
                + "  <Triggers>\n" + trigger + "  </Triggers>\n"
                + "  <Settings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>"
                + "<StartWhenAvailable>true</StartWhenAvailable></Settings>\n"
                + "  <Actions>\n    <Exec>\n      <Command>" + Xml.escape(spec.command().get(0)) + "</Command>\n"
                + "      <Arguments>" + Xml.escape(arguments) + "</Arguments>\n    </Exec>\n  </Actions>\n"
                + "</Task>\n";
        return Map.of(files(spec.name()).get(0), "\uFEFF" + xml);
    }

    @Override
    public List<List<String>> enable(ScheduleSpec spec) {
        return List.of(List.of("schtasks", "/Create", "/TN", taskName(spec.name()), "/XML",
                files(spec.name()).get(0).toString(), "/F"));
    }

    @Override
    public List<List<String>> disable(String name) {
        return List.of(List.of("schtasks", "/Delete", "/TN", taskName(name), "/F"));
    }

    @Override
    public boolean reachable(CommandRunner commands) {
        return commands.available("schtasks");
    }

    @Override
    public Optional<String> nameOf(Path file) {
        String f = file.getFileName().toString();
        return f.startsWith("cbr-sync-") && f.endsWith(".xml")
                ? Optional.of(f.substring("cbr-sync-".length(), f.length() - ".xml".length())) : Optional.empty();
    }

    /** One argument as the C runtime splits a Windows command line. */
    static String quote(String arg) {
        if (!arg.isEmpty() && !arg.matches(".*[\\s\"].*")) {
            return arg;
        }
        return "\"" + arg.replaceAll("(\\\\*)\"", "$1$1\\\\\"").replaceAll("(\\\\+)$", "$1$1") + "\"";
    }
}
