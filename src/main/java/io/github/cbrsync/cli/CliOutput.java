package io.github.cbrsync.cli;

import java.io.PrintWriter;

/**
 * Everything the command line prints goes through here: results on stdout in the chosen format; notes, progress
 * and errors on stderr, so a script's pipe gets only the data. {@code --quiet} keeps notes and progress back (and
 * the table, whose meaning the exit code carries); {@code --verbose} adds details to errors and notes.
 */
final class CliOutput {
    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputFormat format;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean terminal;
    private int progressWidth;

    CliOutput(PrintWriter out, PrintWriter err, OutputFormat format, boolean quiet, boolean verbose,
              boolean terminal) {
        this.out = out;
        this.err = err;
        this.format = format == null ? OutputFormat.TABLE : format;
        this.quiet = quiet;
        this.verbose = verbose;
        this.terminal = terminal;
    }

    OutputFormat format() {
        return format;
    }

    boolean quiet() {
        return quiet;
    }

    boolean verbose() {
        return verbose;
    }

    /** Whether a person watches: progress then redraws one line instead of writing one line per step. */
    boolean terminal() {
        return terminal;
    }

    <T> void report(Report<T> report, ExitCode exitCode) {
        endProgress();
        switch (format) {
            case JSON -> JsonFormat.write(report, exitCode, out);
            case CSV -> TextFormats.csv(report, out);
            case TABLE -> {
                if (!quiet) {
                    TextFormats.table(report, out, true);
                }
            }
        }
    }

    /** A line for the person at the terminal (stderr); --quiet keeps it back. */
    void note(String line) {
        if (!quiet) {
            endProgress();
            err.println(line);
            err.flush();
        }
    }

    /** A line only --verbose shows. */
    void detail(String line) {
        if (verbose) {
            endProgress();
            err.println(line);
            err.flush();
        }
    }

    /** The one line that says what to fix; always shown, even with --quiet. */
    void error(String line) {
        endProgress();
        err.println(line);
        err.flush();
    }

    /** On a terminal, redraws the progress line in place; elsewhere, writes it as a line of its own. */
    void progress(String line) {
        if (quiet) {
            return;
        }
        if (terminal) {
            int width = TextFormats.width(line);
            err.print("\r" + line + " ".repeat(Math.max(0, progressWidth - width)));
            progressWidth = width;
        } else {
            err.println(line);
        }
        err.flush();
    }

    private void endProgress() {
        if (progressWidth > 0) {
            err.println();
            progressWidth = 0;
        }
    }
}
