package io.github.cbrsync.cli;

/**
 * What the command line's exit status means: scripts and schedules branch on it, so each number is part of the
 * command line's contract (listed by {@code --help}, the README and the JSON output's {@code exit_code}).
 */
enum ExitCode {
    /** Everything ended well (with --wait: every task succeeded or was skipped by the server). */
    OK(0),
    /** At least one sync did not end well: refused, failed or timed out on the server, outcome unknown, not sent. */
    SOME_FAILED(1),
    /** The command line itself is wrong: an unknown option, a missing value, options that exclude each other. */
    USAGE(2),
    /** Authentication or configuration: unknown connection, a secret not available, refused keys, wrong endpoint. */
    CONFIGURATION(3),
    /** The selection matched no vault (or no schedule), so nothing was done. */
    NOTHING_MATCHED(4),
    /** --timeout passed before every task ended; the tasks go on and the window follows them. */
    TIMED_OUT(5),
    /** The service could not be reached or failed (network, throttling, server errors): try again later. */
    UNAVAILABLE(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
