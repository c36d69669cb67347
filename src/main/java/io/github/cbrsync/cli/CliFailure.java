package io.github.cbrsync.cli;

import java.util.Optional;

/**
 * A command that cannot go on: one line for stderr that says what to fix (already in the user's language), the
 * exit code, and the detail --verbose adds (never a secret: messages of this app's exceptions hold none).
 */
final class CliFailure extends RuntimeException {
    private final ExitCode exitCode;
    private final String detail;

    CliFailure(ExitCode exitCode, String message) {
        this(exitCode, message, null);
    }

    CliFailure(ExitCode exitCode, String message, String detail) {
        super(message, null, false, false);
        this.exitCode = exitCode;
        this.detail = detail;
    }

    ExitCode exitCode() {
        return exitCode;
    }

    Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
