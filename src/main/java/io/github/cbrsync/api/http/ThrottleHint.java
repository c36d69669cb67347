package io.github.cbrsync.api.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the limit the API gateway names when it throttles: "policy user over ratelimit,limit:50,time:1
 * second" (APIGW.0308). The number is not published anywhere else and differs by account.
 */
final class ThrottleHint {
    private static final Pattern LIMIT = Pattern.compile(
            "limit\\s*:\\s*(\\d{1,7})\\s*,\\s*time\\s*:\\s*(\\d{1,5})\\s*(second|minute|hour)", Pattern.CASE_INSENSITIVE);

    private ThrottleHint() {
    }

    /** Requests per second the message allows, if it names a limit. */
    static Optional<Double> perSecond(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = LIMIT.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        double limit = Double.parseDouble(m.group(1));
        double span = Double.parseDouble(m.group(2)) * switch (m.group(3).toLowerCase(java.util.Locale.ROOT)) {
            case "minute" -> 60;
            case "hour" -> 3600;
            default -> 1;
        };
        return limit > 0 && span > 0 ? Optional.of(limit / span) : Optional.empty();
    }
}
