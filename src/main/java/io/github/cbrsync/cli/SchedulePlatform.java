package io.github.cbrsync.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One operating system's scheduler: the files a schedule is made of and where they go, the commands that enable
 * and disable it, and the program those commands need. Chosen by the OS the command line runs on.
 */
interface SchedulePlatform {

    /** Where the schedules' files live. */
    Path folder();

    /** The files of a schedule by name (whether they exist or not). */
    List<Path> files(String name);

    /** Each file's content, in the order written. */
    Map<Path, String> render(ScheduleSpec spec);

    Charset charset();

    /** The commands that make the scheduler pick the files up and start the schedule. */
    List<List<String>> enable(ScheduleSpec spec);

    /** The commands that stop a schedule, run before its files are deleted. */
    List<List<String>> disable(String name);

    /** The commands that run once the files are gone (a reload), if any. */
    default List<List<String>> afterRemoval() {
        return List.of();
    }

    /** Whether the enabling commands can run here: the program exists and answers for this user. */
    boolean reachable(CommandRunner commands);

    /** The name of the schedule a file belongs to, if it is one of ours. */
    java.util.Optional<String> nameOf(Path file);

    /** A marker's text as the schedule files hold it, back to what was written (XML files escape it). */
    default String markerText(String written) {
        return written;
    }

    /** The schedule's name in a file named {@code prefix + name + suffix}, or empty for any other file. */
    static java.util.Optional<String> nameBetween(Path file, String prefix, String suffix) {
        String f = file.getFileName().toString();
        return f.startsWith(prefix) && f.endsWith(suffix) && f.length() > prefix.length() + suffix.length()
                ? java.util.Optional.of(f.substring(prefix.length(), f.length() - suffix.length()))
                : java.util.Optional.empty();
    }

    static SchedulePlatform of(CliContext context) {
        String os = context.osName().toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new WindowsSchedule(context.paths().config().resolve("schedules"));
        }
        if (os.contains("mac")) {
            return new LaunchdSchedule(context.userHome().resolve("Library/LaunchAgents"));
        }
        String xdg = context.environment().get("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() ? context.userHome().resolve(".config") : Path.of(xdg);
        return new SystemdSchedule(config.resolve("systemd/user"));
    }
}
