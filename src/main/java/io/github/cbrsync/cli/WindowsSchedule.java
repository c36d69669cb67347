package io.github.cbrsync.cli;

import io.github.cbrsync.domain.ProductInfo;
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
record WindowsSchedule(Path folder) implements SchedulePlatform {

    @Override
    public List<Path> files(String name) {
        return List.of(folder.resolve("cbr-sync-" + name + ".xml"));
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_16LE;
    }

    static String taskName(String name) {
        return ProductInfo.NAME + "\\cbr-sync-" + name;
    }

    @Override
    public Map<Path, String> render(ScheduleSpec spec) {
        String start = LocalDate.now() + "T";
        StringBuilder trigger = new StringBuilder();
        if (spec.trigger() instanceof ScheduleSpec.Daily daily) {
            trigger.append("    <CalendarTrigger>\n      ").append(Xml.element("StartBoundary", start
                            + String.format("%02d:%02d:00", daily.at().getHour(), daily.at().getMinute())))
                    .append("\n      <ScheduleByDay>").append(Xml.element("DaysInterval", 1))
                    .append("</ScheduleByDay>\n    </CalendarTrigger>\n");
        } else if (spec.trigger() instanceof ScheduleSpec.Every every) {
            trigger.append("    <TimeTrigger>\n      ").append(Xml.element("StartBoundary", start + "00:00:00"))
                    .append("\n      <Repetition>").append(Xml.element("Interval", every.interval()))
                    .append("</Repetition>\n    </TimeTrigger>\n");
        }
        String arguments = String.join(" ", spec.command().subList(1, spec.command().size()).stream()
                .map(WindowsSchedule::quote).toList());
        String xml = Xml.fill("windows-task.xml", Map.of(
                "TRIGGER_MARKER", Xml.comment(spec.triggerMarker()),
                "COMMAND_MARKER", Xml.comment(spec.commandMarker()),
                "DESCRIPTION", Xml.escape(Messages.format("cli.schedule.description", spec.name())),
                "TRIGGER", trigger.toString(),
                "COMMAND", Xml.escape(spec.command().get(0)),
                "ARGUMENTS", Xml.escape(arguments)));
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
        return SchedulePlatform.nameBetween(file, "cbr-sync-", ".xml");
    }

    /** One argument as the C runtime splits a Windows command line. */
    static String quote(String arg) {
        if (!arg.isEmpty() && !arg.matches(".*[\\s\"].*")) {
            return arg;
        }
        return "\"" + arg.replaceAll("(\\\\*)\"", "$1$1\\\\\"").replaceAll("(\\\\+)$", "$1$1") + "\"";
    }

    @Override
    public String markerText(String written) {
        return Xml.uncomment(written);
    }
}
