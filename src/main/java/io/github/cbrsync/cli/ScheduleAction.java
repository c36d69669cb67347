package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import java.util.List;

/**
 * One step of {@code schedule install} or {@code remove}: a file written or deleted, a command run (with its
 * exit status), or a command for the user to run where the scheduler could not be reached from here.
 */
record ScheduleAction(Label action, String target, Integer exitStatus) {

    static ScheduleAction of(String action, String target, Integer exitStatus) {
        return new ScheduleAction(new Label(action, Messages.get("cli.action." + action)), target, exitStatus);
    }

    static List<Column<ScheduleAction>> columns() {
        return List.of(Column.of("action", ScheduleAction::action), Column.of("target", ScheduleAction::target),
                Column.of("exit_status", ScheduleAction::exitStatus));
    }

    /** A command as a person would type it. */
    static String shown(List<String> command) {
        return String.join(" ", command.stream().map(a -> a.matches(".*[\\s\"'\\\\].*") ? "'" + a + "'" : a)
                .toList());
    }
}
