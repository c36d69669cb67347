package io.github.cbrsync.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * macOS: a launchd agent ({@code ~/Library/LaunchAgents/io.github.cbrsync.cbr-sync.NAME.plist}) loaded with
 * {@code launchctl load -w}; its output goes to a log file in the app's log folder.
 */
record LaunchdSchedule(Path folder) implements SchedulePlatform {
    private static final String LABEL = "io.github.cbrsync.cbr-sync.";

    @Override
    public List<Path> files(String name) {
        return List.of(folder.resolve(LABEL + name + ".plist"));
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public Map<Path, String> render(ScheduleSpec spec) {
        StringBuilder arguments = new StringBuilder();
        spec.command().forEach(a -> arguments.append("    ").append(Xml.element("string", a)).append('\n'));
        StringBuilder environment = new StringBuilder();
        if (!spec.environment().isEmpty()) {
            environment.append("  ").append(Xml.element("key", "EnvironmentVariables")).append("\n  <dict>\n");
            spec.environment().forEach((k, v) -> environment.append("    ").append(Xml.element("key", k))
                    .append(Xml.element("string", v)).append('\n'));
            environment.append("  </dict>\n");
        }
        StringBuilder when = new StringBuilder();
        if (spec.trigger() instanceof ScheduleSpec.Daily daily) {
            when.append("  ").append(Xml.element("key", "StartCalendarInterval")).append("\n  <dict>\n")
                    .append("    ").append(Xml.element("key", "Hour")).append(Xml.element("integer",
                            daily.at().getHour())).append('\n')
                    .append("    ").append(Xml.element("key", "Minute")).append(Xml.element("integer",
                            daily.at().getMinute())).append('\n')
                    .append("  </dict>\n");
        } else if (spec.trigger() instanceof ScheduleSpec.Every every) {
            when.append("  ").append(Xml.element("key", "StartInterval"))
                    .append(Xml.element("integer", every.interval().toSeconds())).append('\n');
        }
        String plist = Xml.fill("launchd-agent.plist", Map.of(
                "TRIGGER_MARKER", Xml.comment(spec.triggerMarker()),
                "COMMAND_MARKER", Xml.comment(spec.commandMarker()),
                "LABEL", Xml.escape(LABEL + spec.name()),
                "ARGUMENTS", arguments.toString(),
                "ENVIRONMENT", environment.toString(),
                "WHEN", when.toString(),
                "LOG", Xml.escape(spec.logFile().toString())));
        return Map.of(files(spec.name()).get(0), plist);
    }

    @Override
    public List<List<String>> enable(ScheduleSpec spec) {
        return List.of(List.of("launchctl", "load", "-w", files(spec.name()).get(0).toString()));
    }

    @Override
    public List<List<String>> disable(String name) {
        return List.of(List.of("launchctl", "unload", "-w", files(name).get(0).toString()));
    }

    @Override
    public boolean reachable(CommandRunner commands) {
        return commands.available("launchctl");
    }

    @Override
    public Optional<String> nameOf(Path file) {
        return SchedulePlatform.nameBetween(file, LABEL, ".plist");
    }

    @Override
    public String markerText(String written) {
        return Xml.uncomment(written);
    }
}
