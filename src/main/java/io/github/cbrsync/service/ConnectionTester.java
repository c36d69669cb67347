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

import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * "Test connection": one cheap signed call, and what went wrong in words an administrator can act on. The
 * client given must not retry (an authentication failure counts towards the AK lock).
 */
public final class ConnectionTester {
    static final Duration MAX_SKEW = Duration.ofMinutes(15);

    /** What the test found. */
    public enum Problem {
        NONE, BAD_KEYS, WRONG_PASSWORD, TOKEN_REFUSED, CLOCK_SKEW, PERMISSION, HOST_NOT_FOUND, CONNECTION_REFUSED,
        TIMEOUT, TLS, PROXY, WRONG_ENDPOINT, NO_PROJECT, THROTTLED, SERVICE
    }

    /** The verdict, with a sentence that says what to fix. */
    public record Outcome(Problem problem, String message) {
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
            return new Outcome(Problem.NONE, "Connected: credentials accepted, " + tasks + " sync tasks on record.");
        } catch (CbrApiException e) {
            return diagnose(e, localClock, tokenLogin);
        }
    }

    /** Maps a failure to its cause; {@code tokenLogin} says whether the connection signs in with a password. */
    public static Outcome diagnose(CbrApiException e, Clock localClock, boolean tokenLogin) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        if (e.httpStatus() == 407 || lower.contains("proxy")) {
            return new Outcome(Problem.PROXY, "The proxy refused the connection (HTTP 407 or proxy error): check the "
                    + "proxy address, user and password.");
        }
        if (e.kind() == Kind.AUTH || e.kind() == Kind.FORBIDDEN) {
            if (e.serverTime().isPresent()) {
                Duration skew = Duration.between(e.serverTime().get(), localClock.instant());
                if (skew.abs().compareTo(MAX_SKEW) > 0) {
                    return new Outcome(Problem.CLOCK_SKEW, "This computer's clock is " + describe(skew)
                            + " the server's; the gateway accepts at most 15 minutes. Correct the clock (or its time "
                            + "zone) and try again.");
                }
            }
            if (lower.contains("x-sdk-date") || lower.contains("15 minutes")) {
                return new Outcome(Problem.CLOCK_SKEW, "The gateway says this computer's clock is more than 15 "
                        + "minutes off: correct the clock and try again.");
            }
            if (e.kind() == Kind.FORBIDDEN) {
                return new Outcome(Problem.PERMISSION, "Signed in, but this user may not use CBR: ask for a CBR "
                        + "policy (for example CBR ReadOnlyAccess to list, CBR FullAccess to sync).");
            }
            if (lower.contains("username or password") || e.errorCode().filter(c -> c.startsWith("IAM.")).isPresent()) {
                return new Outcome(Problem.WRONG_PASSWORD, "IAM refused the user name, password or account name.");
            }
            int said = lower.indexOf("server says:");
            if (tokenLogin || said >= 0 && lower.substring(said).contains("token")) {
                return new Outcome(Problem.TOKEN_REFUSED, "The IAM token was refused (expired, or the password or "
                        + "permissions changed): sign in again.");
            }
            return new Outcome(Problem.BAD_KEYS, "The access key or secret key was refused (wrong, deleted or "
                    + "disabled). Not retried: the gateway locks a key after 5 failures.");
        }
        if (e.kind() == Kind.NETWORK || e.kind() == Kind.OUTCOME_UNKNOWN) {
            Throwable cause = rootOf(e);
            if (cause instanceof UnknownHostException) {
                return new Outcome(Problem.HOST_NOT_FOUND, "The host " + cause.getMessage() + " was not found: check "
                        + "the region and the endpoint (and the DNS or proxy settings).");
            }
            if (cause instanceof SSLException || cause instanceof CertificateException
                    || lower.contains("certificat") || lower.contains("pkix")) {
                return tls(e);
            }
            if (cause instanceof ConnectException) {
                return new Outcome(Problem.CONNECTION_REFUSED, "Nothing answers at the endpoint (connection "
                        + "refused): check the endpoint address and port, and the proxy.");
            }
            if (cause instanceof SocketTimeoutException) {
                return new Outcome(Problem.TIMEOUT, "The endpoint did not answer in time: check the network, the "
                        + "proxy and the timeouts.");
            }
        }
        if (e.kind() == Kind.NOT_FOUND) {
            return new Outcome(Problem.WRONG_ENDPOINT, "The endpoint answered but has no CBR API there: check the "
                    + "region and the endpoint address.");
        }
        if (e.kind() == Kind.INVALID_REQUEST && lower.contains("project")) {
            return new Outcome(Problem.NO_PROJECT, msg);
        }
        if (e.kind() == Kind.THROTTLED) {
            return new Outcome(Problem.THROTTLED, "The credentials work, but the gateway is throttling this user "
                    + "right now.");
        }
        return new Outcome(Problem.SERVICE, msg);
    }

    /**
     * Which certificate problem: each needs a different fix (the clock or the server for an expired one, the
     * address for a wrong host, the CA file for an untrusted issuer). Certificate checks are never relaxed.
     */
    private static Outcome tls(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CertificateExpiredException || c instanceof CertificateNotYetValidException) {
                return new Outcome(Problem.TLS, "The server's certificate has expired or is not valid yet. Check this "
                        + "computer's date; if it is right, the server's certificate must be renewed.");
            }
            if (c instanceof SSLPeerUnverifiedException && String.valueOf(c.getMessage()).contains("not verified")) {
                return new Outcome(Problem.TLS, "The server's certificate was issued for another host name: check the "
                        + "endpoint address (something else may be answering at that address).");
            }
        }
        return new Outcome(Problem.TLS, "The server's certificate is not trusted. If your company inspects TLS "
                + "traffic, add its CA certificate file to the connection.");
    }

    private static String describe(Duration skew) {
        long minutes = Math.abs(skew.toMinutes());
        String amount = minutes >= 120 ? (minutes / 60) + " hours " + (minutes % 60) + " minutes" : minutes + " minutes";
        return amount + (skew.isNegative() ? " behind" : " ahead of");
    }

    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

}
