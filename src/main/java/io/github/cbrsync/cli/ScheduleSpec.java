package io.github.cbrsync.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A recurring sync as every platform's scheduler needs it: its name, when it runs, the exact command line
 * ({@code cbr-sync … sync … --wait}), the log file its output goes to (in the app's log folder) and the
 * environment it needs (the app's home folder when one is set).
 */
record ScheduleSpec(String name, Trigger trigger, List<String> command, Path logFile,
                    Map<String, String> environment) {

    /** When a schedule runs. */
    sealed interface Trigger permits Daily, Every {
        /** For the marker line and {@code schedule show}: {@code daily 02:30}, {@code every 6h}. */
        String describe();
    }

    /** Every day at a local time. */
    record Daily(LocalTime at) implements Trigger {
        @Override
        public String describe() {
            return String.format("daily %02d:%02d", at.getHour(), at.getMinute());
        }
    }

    /** Every interval, counted from when the schedule was enabled (and from each start). */
    record Every(Duration interval) implements Trigger {
        @Override
        public String describe() {
            return "every " + DurationConverter.format(interval);
        }
    }

    /** The marker lines each written file carries, so {@code schedule show} reads any platform's files alike. */
    static final String TRIGGER_MARKER = "cbr-sync-schedule:";
    static final String COMMAND_MARKER = "cbr-sync-command:";

    String triggerMarker() {
        return TRIGGER_MARKER + " " + trigger.describe();
    }

    String commandMarker() {
        return COMMAND_MARKER + " " + commandLine();
    }

    String commandLine() {
        return String.join(" ", command.stream().map(a -> a.isEmpty() || a.matches(".*[\\s\"'*?\\[\\]].*")
                ? "'" + a.replace("'", "'\\''") + "'" : a).toList());
    }
}
