package io.github.cbrsync.api.http;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends calls with the retry rules of cbr-api.md section 7:
 * <ul>
 *   <li>every attempt waits for the connection's {@link SendRate} in its priority's queue, is signed afresh,
 *       and reports its answer back so the rate adapts (a 429 lowers it, with the gateway's named limit);</li>
 *   <li>safe calls (GET) retry on connection failures, 5xx and 429 with exponential backoff, jitter and
 *       Retry-After, within the policy's count and time bounds;</li>
 *   <li>a non-idempotent call (the sync POST) retries only when the server surely never acted on it: the
 *       request never started (connect/DNS/TLS failure), 429, or 503 with Retry-After. A failure after the
 *       request was written, or a gateway 502/504, is OUTCOME_UNKNOWN and is never re-sent;</li>
 *   <li>authentication failures are never retried: the gateway locks an AK after five;</li>
 *   <li>an interrupted wait is {@link Kind#CANCELLED}, not a network failure; an interrupted POST that may
 *       have reached the server stays OUTCOME_UNKNOWN.</li>
 * </ul>
 */
final class CallExecutor {
    private static final System.Logger LOG = System.getLogger(CallExecutor.class.getName());
    /** How often one request may be throttled and sent again before the throttle is reported. */
    static final int MAX_THROTTLED_RESENDS = 8;

    private final OkHttpClient client;
    private final RequestSigner signer;
    private final SendRate sendRate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;

    CallExecutor(OkHttpClient client, RequestSigner signer, SendRate sendRate, RetryPolicy policy,
                 Sleeper sleeper, LongSupplier nanoClock) {
        this.client = client;
        this.signer = signer;
        this.sendRate = sendRate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
    }

    ApiResponse execute(ApiRequest call) {
        long start = nanoClock.getAsLong();
        int throttles = 0;
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attemptOnce(call);
            if (outcome.response != null) {
                return outcome.response;
            }
            CbrApiException error = outcome.error;
            // A throttled request never reached the service: it is resent within its own, larger allowance
            // (the send rate has already slowed down), not counted against the failures a request may have.
            boolean throttled = error.kind() == Kind.THROTTLED;
            throttles += throttled ? 1 : 0;
            int failures = attempt - throttles;
            Duration delay = throttled ? throttleDelay(outcome.retryAfter) : nextDelay(failures, outcome.retryAfter);
            long elapsedAfterDelay = nanoClock.getAsLong() - start + delay.toNanos();
            boolean allowanceLeft = throttled ? throttles <= MAX_THROTTLED_RESENDS : failures < policy.maxAttempts();
            if (!outcome.retryable || !allowanceLeft || elapsedAfterDelay > policy.maxTotal().toNanos()) {
                // toString carries the kind, HTTP status, error code and request ID that support asks for.
                LOG.log(Level.INFO, "{0} failed after {1} attempt(s): {2}", call.describe(), attempt, error);
                throw error;
            }
            LOG.log(Level.INFO, "{0} failed ({1}), attempt {2} of {3}; retrying in {4} ms", call.describe(),
                    error.kind(), attempt, policy.maxAttempts(), delay.toMillis());
            sleep(call, delay);
        }
    }

    private Outcome attemptOnce(ApiRequest call) {
        long sentAt = acquirePermit(call);
        SendTracker tracker = new SendTracker();
        Request request = signer.build(call).newBuilder().tag(SendTracker.class, tracker).build();
        Call httpCall = client.newCall(request);
        try (Response response = httpCall.execute()) {
            BodyChunks body = readBody(response);
            Optional<String> requestId = Optional.ofNullable(response.header("X-Request-Id"));
            if (response.isSuccessful()) {
                sendRate.answered(sentAt, false, Optional.empty(), Optional.empty());
                return Outcome.success(new ApiResponse(response.code(), body, requestId,
                        Optional.ofNullable(response.header("X-Subject-Token"))));
            }
            Outcome failed = classifyStatus(call, response, body.bytes());
            boolean throttled = failed.error.kind() == Kind.THROTTLED;
            sendRate.answered(sentAt, throttled, throttled ? ThrottleHint.perSecond(failed.error.getMessage())
                    : Optional.empty(), failed.retryAfter);
            return failed;
        } catch (IOException e) {
            return classifyIo(call, tracker, e);
        }
    }

    private Outcome classifyStatus(ApiRequest call, Response response, byte[] body) {
        int status = response.code();
        Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"));
        java.util.Date date = response.headers().getDate("Date");
        CbrApiException error = ErrorResponses.toException(status, body, response.header("X-Request-Id"),
                date == null ? null : date.toInstant());
        if (error.kind() == Kind.AUTH || error.kind() == Kind.FORBIDDEN) {
            return Outcome.fail(error, false, retryAfter);
        }
        boolean throttled = status == 429 || error.kind() == Kind.THROTTLED;
        if (call.idempotent()) {
            return Outcome.fail(error, throttled || status >= 500, retryAfter);
        }
        if (throttled || status == 503 && retryAfter.isPresent()) {
            return Outcome.fail(error, true, retryAfter);
        }
        if (status == 502 || status == 504) {
            // A gateway error says nothing about whether the backend acted on the request.
            return Outcome.fail(new CbrApiException(Kind.OUTCOME_UNKNOWN, status, error.errorCode().orElse(null),
                    "The gateway answered HTTP " + status + " to " + call.describe()
                            + "; the request may or may not have been carried out. Check the task list before "
                            + "trying again.", error.requestId().orElse(null), null), false, retryAfter);
        }
        return Outcome.fail(error, false, retryAfter);
    }

    private Outcome classifyIo(ApiRequest call, SendTracker tracker, IOException e) {
        if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
            throw new CbrApiException(call.idempotent() || !tracker.requestMayHaveReachedServer()
                    ? Kind.CANCELLED : Kind.OUTCOME_UNKNOWN, "Cancelled: " + call.describe(), e);
        }
        if (!call.idempotent() && tracker.requestMayHaveReachedServer()) {
            return Outcome.fail(new CbrApiException(Kind.OUTCOME_UNKNOWN,
                    "No complete answer to " + call.describe() + " (" + describe(e) + "). The request may or may "
                            + "not have been carried out; it was not sent again.", e), false, Optional.empty());
        }
        return Outcome.fail(new CbrApiException(Kind.NETWORK,
                "Could not reach the service for " + call.describe() + ": " + describe(e), e), true, Optional.empty());
    }

    private static String describe(IOException e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
    }

    private static BodyChunks readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? BodyChunks.EMPTY : BoundedBody.read(body);
    }

    /** A throttled request waits what the gateway asked for, else a short random pause, then queues again. */
    private static Duration throttleDelay(Optional<Duration> retryAfter) {
        return retryAfter.orElse(Duration.ofMillis(ThreadLocalRandom.current().nextLong(50, 250)));
    }

    private Duration nextDelay(int attempt, Optional<Duration> retryAfter) {
        long ceiling = policy.backoffCeiling(attempt + 1).toMillis();
        long jittered = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        Duration backoff = Duration.ofMillis(jittered);
        return retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff);
    }

    /** Waits for the request's turn in the send budget, then for its permit; returns when it was let go. */
    private long acquirePermit(ApiRequest call) {
        try {
            sendRate.acquire(call.priority());
            if (!call.permit().awaitPermission()) {
                throw new CbrApiException(Kind.CANCELLED, "Not sent: cancelled before it went out (" + call.describe()
                        + ")", null);
            }
            return nanoClock.getAsLong();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CbrApiException(Kind.CANCELLED, "Cancelled before it was sent: " + call.describe(), e);
        }
    }

    private void sleep(ApiRequest call, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CbrApiException(Kind.CANCELLED, "Cancelled while waiting to retry: " + call.describe(), e);
        }
    }

    private record Outcome(ApiResponse response, CbrApiException error, boolean retryable,
                           Optional<Duration> retryAfter) {
        static Outcome success(ApiResponse r) {
            return new Outcome(r, null, false, Optional.empty());
        }

        static Outcome fail(CbrApiException e, boolean retryable, Optional<Duration> retryAfter) {
            return new Outcome(null, e, retryable, retryAfter);
        }
    }
}
