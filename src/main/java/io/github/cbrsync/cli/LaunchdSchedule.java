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
final class LaunchdSchedule implements SchedulePlatform {
    private static final String LABEL = "io.github.cbrsync.cbr-sync.";
    private final Path folder;

    LaunchdSchedule(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

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
        StringBuilder p = new StringBuilder();
        p.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" ")
                .append("\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
                .append("<!-- ").append(Xml.escape(spec.triggerMarker())).append(" -->\n")
                .append("<!-- ").append(Xml.escape(spec.commandMarker()).replace("--", "- -")).append(" -->\n")
                .append("<plist version=\"1.0\">\n<dict>\n")
                .append("  <key>Label</key><string>").append(LABEL).append(spec.name()).append("</string>\n")
                .append("  <key>ProgramArguments</key>\n  <array>\n");
        spec.command().forEach(a -> p.append("    <string>").append(Xml.escape(a)).append("</string>\n"));
        p.append("  </array>\n");
        if (!spec.environment().isEmpty()) {
            p.append("  <key>EnvironmentVariables</key>\n  <dict>\n");
            spec.environment().forEach((k, v) -> p.append("    <key>").append(Xml.escape(k)).append("</key><string>")
                    .append(Xml.escape(v)).append("</string>\n"));
            p.append("  </dict>\n");
        }
        if (spec.trigger() instanceof ScheduleSpec.Daily daily) {
            p.append("  <key>StartCalendarInterval</key>\n  <dict>\n")
                    .append("    <key>Hour</key><integer>").append(daily.at().getHour()).append("</integer>\n")
                    .append("    <key>Minute</key><integer>").append(daily.at().getMinute()).append("</integer>\n")
                    .append("  </dict>\n");
        } else if (spec.trigger() instanceof ScheduleSpec.Every every) {
            p.append("  <key>StartInterval</key><integer>").append(every.interval().toSeconds())
                    .append("</integer>\n");
        }
        String log = Xml.escape(spec.logFile().toString());
        p.append("  <key>StandardOutPath</key><string>").append(log).append("</string>\n")
                .append("  <key>StandardErrorPath</key><string>").append(log).append("</string>\n")
                .append("</dict>\n</plist>\n");
        return Map.of(files(spec.name()).get(0), p.toString());
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
        String f = file.getFileName().toString();
        return f.startsWith(LABEL) && f.endsWith(".plist")
                ? Optional.of(f.substring(LABEL.length(), f.length() - ".plist".length())) : Optional.empty();
    }
}
