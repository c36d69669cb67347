package io.github.cbrsync.cli;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.app.MissingSecretException;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.i18n.Texts;
import io.github.cbrsync.service.ConnectionTester;
import io.github.cbrsync.service.ConnectionTester.Problem;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** Turns what went wrong into the one line that says what to fix, and the exit code scripts branch on. */
final class Failures {
    /** Problems the user fixes in the connection (keys, clock, endpoint, proxy, permissions): exit code 3. */
    private static final Set<Problem> CONFIGURATION = EnumSet.of(Problem.BAD_KEYS, Problem.WRONG_PASSWORD,
            Problem.TOKEN_REFUSED, Problem.CLOCK_SKEW, Problem.PERMISSION, Problem.HOST_NOT_FOUND,
            Problem.CONNECTION_REFUSED, Problem.TLS, Problem.PROXY, Problem.WRONG_ENDPOINT, Problem.NO_PROJECT);

    private Failures() {
    }

    /** A failed call, diagnosed as Test connection does it. */
    static CliFailure of(CbrApiException e, boolean tokenLogin) {
        ConnectionTester.Outcome outcome = ConnectionTester.diagnose(e, Clock.systemUTC(), tokenLogin);
        ExitCode code = CONFIGURATION.contains(outcome.problem()) ? ExitCode.CONFIGURATION : ExitCode.UNAVAILABLE;
        return new CliFailure(code, Texts.testOutcome(outcome), e.toString());
    }

    /**
     * A secret the connection needs is not where the command line can read it: in the OS keyring there is none,
     * or there is no keyring and the window holds it in memory only. Says how to provide it.
     */
    static CliFailure missingSecret(MissingSecretException missing, boolean keyringAnswers) {
        String kind = Messages.get("secret.kind." + missing.kind().name());
        return new CliFailure(ExitCode.CONFIGURATION, Messages.format(keyringAnswers
                ? "cli.error.secretNotInKeyring" : "cli.error.secretMemoryOnly", kind, missing.label()));
    }
}
