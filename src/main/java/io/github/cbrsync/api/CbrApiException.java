package io.github.cbrsync.api;

import java.util.Optional;

/**
 * Every failure of a CBR call. The message is a plain sentence meant for people and never contains a
 * secret; the details (status, code, request id) are kept apart so the UI can show and copy them.
 */
public class CbrApiException extends RuntimeException {

    /** What kind of failure, which decides what the app does next. */
    public enum Kind {
        /** Bad or expired credentials, signature or clock skew (401). Never retried: the AK locks. */
        AUTH,
        /** Authenticated but not allowed (403). */
        FORBIDDEN,
        /** The vault, task or API does not exist (404, or CBR's BackupService.6105 on 400). */
        NOT_FOUND,
        /** The server refused the request as invalid (other 4xx). */
        INVALID_REQUEST,
        /** Rate limited by the gateway (429 / APIGW.0308). */
        THROTTLED,
        /** The server failed (5xx). */
        SERVER,
        /** No answer: DNS, connect, TLS, timeout on a safe call. */
        NETWORK,
        /** A non-idempotent request may or may not have taken effect; look it up rather than re-send. */
        OUTCOME_UNKNOWN,
        /** The answer was not what the API documents (unparseable 200, missing fields). */
        PROTOCOL,
        /** This app stopped waiting (the user cancelled, or the connection was closed): not a network fault. */
        CANCELLED
    }

    private final Kind kind;
    private final int httpStatus;
    private final String errorCode;
    private final String requestId;
    private final java.time.Instant serverTime;

    public CbrApiException(Kind kind, int httpStatus, String errorCode, String message, String requestId,
                           Throwable cause) {
        this(kind, httpStatus, errorCode, message, requestId, null, cause);
    }

    public CbrApiException(Kind kind, int httpStatus, String errorCode, String message, String requestId,
                           java.time.Instant serverTime, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.serverTime = serverTime;
    }

    public CbrApiException(Kind kind, String message, Throwable cause) {
        this(kind, 0, null, message, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when no response was received. */
    public int httpStatus() {
        return httpStatus;
    }

    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The server's clock (its Date header), when the answer had one: tells a clock skew apart. */
    public Optional<java.time.Instant> serverTime() {
        return Optional.ofNullable(serverTime);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CbrApiException[").append(kind);
        if (httpStatus > 0) {
            sb.append(", HTTP ").append(httpStatus);
        }
        errorCode().ifPresent(c -> sb.append(", ").append(c));
        requestId().ifPresent(r -> sb.append(", request ").append(r));
        return sb.append("]: ").append(getMessage()).toString();
    }
}
