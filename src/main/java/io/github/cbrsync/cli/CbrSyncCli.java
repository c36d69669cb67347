package io.github.cbrsync.cli;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.i18n.Messages;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code cbr-sync} command line, put together: the commands, the app's bundle for every text, and the
 * handling of what goes wrong: a usage error is one line and a pointer to {@code --help} (exit 2); a failure
 * is the one line that says what to fix, with details only under {@code --verbose}, never a stack trace.
 */
public final class CbrSyncCli {
    private static final System.Logger LOG = System.getLogger(CbrSyncCli.class.getName());

    private CbrSyncCli() {
    }

    /** The command line for {@code context}, printing to {@code out} and {@code err}. */
    public static CommandLine create(CliContext context, PrintWriter out, PrintWriter err) {
        CbrSyncCommand root = new CbrSyncCommand(context);
        CommandLine cli = new CommandLine(root);
        cli.setResourceBundle(Messages.bundle());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(CbrSyncCli::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> failure(e, root, commandLine));
        return cli;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        return create(context, out, err).execute(args);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(e.getMessage());
        err.println(Messages.format("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.USAGE.code();
    }

    private static int failure(Exception e, CbrSyncCommand root, CommandLine commandLine) {
        CliOutput output = root.output();
        if (e instanceof CliFailure f) {
            output.error(f.getMessage());
            f.detail().ifPresent(output::detail);
            LOG.log(Level.WARNING, "command failed: {0} ({1})", f.getMessage(), f.detail().orElse(""));
            return f.exitCode().code();
        }
        if (e instanceof CbrApiException api) {
            CliFailure f = Failures.of(api, false);
            output.error(f.getMessage());
            output.detail(api.toString());
            return f.exitCode().code();
        }
        // A bug: say so in one line; the log and --verbose have the trace.
        LOG.log(Level.ERROR, "command failed unexpectedly", e);
        output.error(Messages.format("cli.error.unexpected", e.toString()));
        if (output.verbose()) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            output.detail(trace.toString());
        }
        return ExitCode.UNAVAILABLE.code();
    }
}
