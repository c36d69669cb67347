package io.github.cbrsync.api.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * CBR timestamps come as "2020-02-23T01:00:32Z", "2020-02-05T10:38:34.209782" (no zone, microseconds) or
 * with an offset. Without a zone they are UTC. Anything unreadable becomes empty rather than an error, and so
 * does a time outside the years 1 to 9999: ISO dates go up to the year 999,999,999, and such an instant
 * cannot even be turned into a local date-time for the window in some time zones (DateTimeException).
 */
final class Timestamps {
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Timestamps() {
    }

    static Optional<Instant> parse(String text) {
        return readable(text).filter(t -> !t.isBefore(EARLIEST) && !t.isAfter(LATEST));
    }

    private static Optional<Instant> readable(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
