package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linux: a systemd user timer and the oneshot service it starts, in the user's unit folder
 * ({@code $XDG_CONFIG_HOME/systemd/user}), enabled with {@code systemctl --user}. The service's output goes to
 * a log file in the app's log folder as well as to the user's journal.
 */
record SystemdSchedule(Path folder) implements SchedulePlatform {
    private static final String PREFIX = "cbr-sync-";

    @Override
    public List<Path> files(String name) {
        return List.of(folder.resolve(PREFIX + name + ".service"), folder.resolve(PREFIX + name + ".timer"));
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public Map<Path, String> render(ScheduleSpec spec) {
        List<Path> files = files(spec.name());
        StringBuilder service = new StringBuilder();
        service.append("# ").append(spec.triggerMarker()).append('\n')
                .append("# ").append(spec.commandMarker()).append('\n')
                .append("[Unit]\n")
                .append("Description=").append(escape(Messages.format("cli.schedule.description", spec.name())))
                .append('\n')
                .append("\n[Service]\nType=oneshot\n");
        spec.environment().forEach((k, v) -> service.append("Environment=").append(quote(k + "=" + v)).append('\n'));
        service.append("ExecStart=").append(String.join(" ", spec.command().stream().map(SystemdSchedule::quote)
                        .toList())).append('\n')
                .append("StandardOutput=append:").append(escape(spec.logFile().toString())).append('\n')
                .append("StandardError=append:").append(escape(spec.logFile().toString())).append('\n');
        StringBuilder timer = new StringBuilder();
        timer.append("# ").append(spec.triggerMarker()).append('\n')
                .append("[Unit]\n")
                .append("Description=").append(escape(Messages.format("cli.schedule.description", spec.name())))
                .append('\n')
                .append("\n[Timer]\n");
        if (spec.trigger() instanceof ScheduleSpec.Daily daily) {
            timer.append(String.format("OnCalendar=*-*-* %02d:%02d:00\n", daily.at().getHour(), daily.at().getMinute()))
                    .append("Persistent=true\n");
        } else if (spec.trigger() instanceof ScheduleSpec.Every every) {
            long seconds = every.interval().toSeconds();
            timer.append("OnActiveSec=").append(seconds).append("s\n")
                    .append("OnUnitActiveSec=").append(seconds).append("s\n");
        }
        timer.append("AccuracySec=1min\n\n[Install]\nWantedBy=timers.target\n");
        Map<Path, String> out = new LinkedHashMap<>();
        out.put(files.get(0), service.toString());
        out.put(files.get(1), timer.toString());
        return out;
    }

    @Override
    public List<List<String>> enable(ScheduleSpec spec) {
        return List.of(List.of("systemctl", "--user", "daemon-reload"),
                List.of("systemctl", "--user", "enable", "--now", PREFIX + spec.name() + ".timer"));
    }

    @Override
    public List<List<String>> disable(String name) {
        return List.of(List.of("systemctl", "--user", "disable", "--now", PREFIX + name + ".timer"));
    }

    @Override
    public List<List<String>> afterRemoval() {
        return List.of(List.of("systemctl", "--user", "daemon-reload"));
    }

    @Override
    public boolean reachable(CommandRunner commands) {
        // Without a user manager (a container, a session without systemd) systemctl --user cannot enable anything.
        return commands.available("systemctl")
                && commands.run(List.of("systemctl", "--user", "show-environment")).ok();
    }

    @Override
    public Optional<String> nameOf(Path file) {
        return SchedulePlatform.nameBetween(file, PREFIX, ".timer");
    }

    /** One word of ExecStart: quoted when it has blanks or quotes; systemd's own % and $ escaped. */
    static String quote(String arg) {
        String escaped = escape(arg).replace("$", "$$");
        if (!escaped.isEmpty() && !escaped.matches(".*[\\s\"'\\\\;].*")) {
            return escaped;
        }
        return "\"" + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Specifiers: a literal % is %% in a unit file. */
    private static String escape(String text) {
        return text.replace("%", "%%");
    }
}
