package io.github.cbrsync.service;

import io.github.cbrsync.api.CbrApi;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.TaskFilter;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Clock;
import java.time.Duration;

import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * "Test connection": one cheap signed call, and what went wrong, as a typed {@link Problem} with the details its
 * sentence needs (the window and the command line word it from the bundle, key {@code tester.<PROBLEM>}). The
 * client given must not retry (an authentication failure counts towards the AK lock).
 */
public final class ConnectionTester {
    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final String IAM_WRONG_PASSWORD = "username or password"; // IAM's words (matched, not shown)

    /** What the test found. */
    public enum Problem {
        NONE, BAD_KEYS, WRONG_PASSWORD, TOKEN_REFUSED, CLOCK_SKEW, PERMISSION, HOST_NOT_FOUND, CONNECTION_REFUSED,
        TIMEOUT, TLS, PROXY, WRONG_ENDPOINT, NO_PROJECT, THROTTLED, SERVICE
    }

    /**
     * The verdict and the details its sentence needs: the task count (NONE); "ahead"/"behind" and the minutes,
     * or "off" (CLOCK_SKEW); the host (HOST_NOT_FOUND); "none" and the region, "choose" and the count of
     * candidates, or "message" and the server's words (NO_PROJECT); the server's own words (SERVICE). A detail
     * named first picks the sentence: {@code tester.CLOCK_SKEW.ahead}.
     */
    public record Outcome(Problem problem, List<String> details) {
        public Outcome {
            details = List.copyOf(details);
        }

        public static Outcome of(Problem problem, Object... details) {
            return new Outcome(problem, java.util.Arrays.stream(details).map(String::valueOf).toList());
        }

        public boolean ok() {
            return problem == Problem.NONE;
        }
    }

    private ConnectionTester() {
    }

    public static Outcome test(CbrApi api, Clock localClock) {
        return test(api, localClock, false);
    }

    /** {@code tokenLogin}: the connection signs in with a token or password rather than AK/SK. */
    public static Outcome test(CbrApi api, Clock localClock, boolean tokenLogin) {
        try {
            int tasks = api.listTasks(TaskFilter.syncTasks().page(1, 0)).total();
            return Outcome.of(Problem.NONE, tasks);
        } catch (CbrApiException e) {
            return diagnose(e, localClock, tokenLogin);
        }
    }

    /** Maps a failure to its cause; {@code tokenLogin} says whether the connection signs in with a password. */
    public static Outcome diagnose(CbrApiException e, Clock localClock, boolean tokenLogin) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        if (e.httpStatus() == 407 || lower.contains("proxy")) {
            return Outcome.of(Problem.PROXY);
        }
        if (e.kind() == Kind.AUTH || e.kind() == Kind.FORBIDDEN) {
            if (e.serverTime().isPresent()) {
                Duration skew = Duration.between(e.serverTime().get(), localClock.instant());
                if (skew.abs().compareTo(MAX_SKEW) > 0) {
                    return Outcome.of(Problem.CLOCK_SKEW, skew.isNegative() ? "behind" : "ahead",
                            Math.abs(skew.toMinutes()));
                }
            }
            if (lower.contains("x-sdk-date") || lower.contains("15 minutes")) {
                return Outcome.of(Problem.CLOCK_SKEW, "off");
            }
            if (e.kind() == Kind.FORBIDDEN) {
                return Outcome.of(Problem.PERMISSION);
            }
            if (lower.contains(IAM_WRONG_PASSWORD) || e.errorCode().filter(c -> c.startsWith("IAM.")).isPresent()) {
                return Outcome.of(Problem.WRONG_PASSWORD);
            }
            int said = lower.indexOf("server says:");
            if (tokenLogin || said >= 0 && lower.substring(said).contains("token")) {
                return Outcome.of(Problem.TOKEN_REFUSED);
            }
            return Outcome.of(Problem.BAD_KEYS);
        }
        if (e.kind() == Kind.NETWORK || e.kind() == Kind.OUTCOME_UNKNOWN) {
            Throwable cause = rootOf(e);
            if (cause instanceof UnknownHostException) {
                return Outcome.of(Problem.HOST_NOT_FOUND, cause.getMessage());
            }
            if (cause instanceof SSLException || cause instanceof CertificateException
                    || lower.contains("certificat") || lower.contains("pkix")) {
                return tls(e);
            }
            if (cause instanceof ConnectException) {
                return Outcome.of(Problem.CONNECTION_REFUSED);
            }
            if (cause instanceof SocketTimeoutException) {
                return Outcome.of(Problem.TIMEOUT);
            }
        }
        if (e.kind() == Kind.NOT_FOUND) {
            return Outcome.of(Problem.WRONG_ENDPOINT);
        }
        if (e.kind() == Kind.INVALID_REQUEST && lower.contains("project")) {
            return Outcome.of(Problem.NO_PROJECT, "message", msg);
        }
        if (e.kind() == Kind.THROTTLED) {
            return Outcome.of(Problem.THROTTLED);
        }
        return Outcome.of(Problem.SERVICE, msg);
    }

    /**
     * Which certificate problem: each needs a different fix (the clock or the server for an expired one, the
     * address for a wrong host, the CA file for an untrusted issuer). Certificate checks are never relaxed.
     */
    private static Outcome tls(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CertificateExpiredException || c instanceof CertificateNotYetValidException) {
                return Outcome.of(Problem.TLS, "expired");
            }
            if (c instanceof SSLPeerUnverifiedException && String.valueOf(c.getMessage()).contains("not verified")) {
                return Outcome.of(Problem.TLS, "wrongHost");
            }
        }
        return Outcome.of(Problem.TLS, "untrusted");
    }

    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

}
