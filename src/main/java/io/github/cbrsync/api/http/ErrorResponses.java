package io.github.cbrsync.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.CbrApiException.Kind;
import io.github.cbrsync.api.SecretShapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an error response into a {@link CbrApiException}. Bodies come in several shapes: CBR's
 * {error_code, error_msg}, the gateway's APIGW./APIG. bodies with request_id, {code, message}, the same one
 * level down ({"error": {...}}), and HTML or plain text from proxies. None of them may crash the parser.
 */
final class ErrorResponses {
    static final String VAULT_NOT_FOUND = "BackupService.6105";
    static final int MAX_SERVER_MESSAGE = 300;
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    static CbrApiException toException(int status, byte[] body, String requestIdHeader) {
        return toException(status, body, requestIdHeader, null);
    }

    static CbrApiException toException(int status, byte[] body, String requestIdHeader,
                                       java.time.Instant serverTime) {
        ParsedError parsed = parse(body);
        String requestId = parsed.requestId.filter(s -> !s.isBlank())
                .orElse(requestIdHeader == null || requestIdHeader.isBlank() ? null : requestIdHeader);
        String code = parsed.code.orElse(null);
        Kind kind = kindOf(status, code);
        String message = sentence(kind, status, code, parsed.message.orElse(null));
        return new CbrApiException(kind, status, code, message, requestId, serverTime, null);
    }

    static Kind kindOf(int status, String code) {
        if (code != null && code.endsWith(".0308") || status == 429) {
            return Kind.THROTTLED;
        }
        if (VAULT_NOT_FOUND.equals(code) || status == 404) {
            return Kind.NOT_FOUND;
        }
        if (status == 401 || code != null && code.endsWith(".0301")) {
            return Kind.AUTH;
        }
        if (status == 403) {
            return Kind.FORBIDDEN;
        }
        if (status >= 500) {
            return Kind.SERVER;
        }
        return Kind.INVALID_REQUEST;
    }

    private static String sentence(Kind kind, int status, String code, String serverMessage) {
        String lead = switch (kind) {
            case THROTTLED -> "The API gateway is throttling requests; wait a moment and try again";
            case NOT_FOUND -> VAULT_NOT_FOUND.equals(code) ? "Vault not found" : "Not found";
            case AUTH -> "Authentication failed: check the access key, secret key, token and the computer clock";
            case FORBIDDEN -> "Permission denied: the IAM user lacks a CBR permission";
            case SERVER -> "The service failed (HTTP " + status + ")";
            default -> "The request was refused (HTTP " + status + ")";
        };
        if (serverMessage == null || serverMessage.isBlank()) {
            return lead + ".";
        }
        return lead + ". Server says: " + shortened(SecretShapes.redact(serverMessage.strip()));
    }

    /** A server message goes into a dialog and the clipboard: a few lines at most, whatever the server sent. */
    private static String shortened(String message) {
        return message.length() <= MAX_SERVER_MESSAGE ? message : message.substring(0, MAX_SERVER_MESSAGE) + "…";
    }

    private record ParsedError(Optional<String> code, Optional<String> message, Optional<String> requestId) {
        static final ParsedError NONE = new ParsedError(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ParsedError parse(byte[] body) {
        if (body == null || body.length == 0) {
            return ParsedError.NONE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException notJson) {
            return new ParsedError(Optional.empty(), plainTextSummary(body), Optional.empty());
        }
        if (root == null || !root.isObject()) {
            return ParsedError.NONE;
        }
        Optional<ParsedError> direct = fromObject(root);
        if (direct.isPresent()) {
            return direct.get();
        }
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            JsonNode child = it.next();
            if (child.isObject()) {
                Optional<ParsedError> nested = fromObject(child)
                        .map(e -> e.requestId.isPresent() ? e
                                : new ParsedError(e.code, e.message, text(root, "request_id")));
                if (nested.isPresent()) {
                    return nested.get();
                }
            }
        }
        return ParsedError.NONE;
    }

    private static Optional<ParsedError> fromObject(JsonNode node) {
        Optional<String> code = text(node, "error_code").or(() -> text(node, "code"));
        Optional<String> message = text(node, "error_msg").or(() -> text(node, "message"))
                .or(() -> text(node, "error_message"));
        if (code.isEmpty() && message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParsedError(code, message, text(node, "request_id")));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        String s = v.asText();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** For HTML or text bodies: the page title or the first line, short, so the user gets a hint. */
    private static Optional<String> plainTextSummary(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
        // Matched on the text itself: lower-casing first shifts indexes ("İ" becomes two chars).
        Matcher title = TITLE.matcher(text);
        if (title.find()) {
            text = title.group(1);
        }
        text = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text.length() > 160 ? text.substring(0, 160) + "…" : text);
    }
}
