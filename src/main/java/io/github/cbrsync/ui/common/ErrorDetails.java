package io.github.cbrsync.ui.common;

import io.github.cbrsync.i18n.Messages;

import io.github.cbrsync.api.CbrApiException;
import java.util.Optional;

/**
 * What the user is told about a failed action: a short headline for the kind of failure, the sentence from
 * the API layer, and the details support asks for. Built from exceptions that never carry secrets.
 */
public record ErrorDetails(String headline, String message, Optional<String> errorCode, int httpStatus,
                           Optional<String> requestId) {

    public static ErrorDetails of(Throwable error) {
        if (error instanceof CbrApiException e) {
            return new ErrorDetails(Messages.get("error.headline." + e.kind().name()), e.getMessage(),
                    e.errorCode(), e.httpStatus(), e.requestId());
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new ErrorDetails(Messages.get("error.headline.UNEXPECTED"), message, Optional.empty(), 0,
                Optional.empty());
    }

    /** Plain text for the clipboard: everything support needs, nothing secret. */
    public String copyText() {
        StringBuilder sb = new StringBuilder(headline).append('\n').append(message).append('\n');
        errorCode.ifPresent(c -> sb.append(labelled("error.code", c)));
        if (httpStatus > 0) {
            sb.append(labelled("error.httpStatus", Integer.toString(httpStatus)));
        }
        requestId.ifPresent(r -> sb.append(labelled("error.requestId", r)));
        return sb.toString();
    }

    /** The headline and the sentence on one line ("Permission denied: ..."), for a label or a notice. */
    public String oneLine() {
        return Messages.format("join.colon", headline, message);
    }

    private static String labelled(String labelKey, String value) {
        return Messages.format("join.colon", Messages.get(labelKey), value) + "\n";
    }
}
