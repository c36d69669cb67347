package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** How much history to keep: at most {@code maxRows} rows and nothing older than {@code maxAge}. */
public record Retention(int maxRows, Duration maxAge) {
    public static final Retention DEFAULT = new Retention(100_000, Duration.ofDays(365));

    public Retention {
        if (maxRows < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("Keep at least one row and at least one day of history");
        }
    }

    /** The rows this retention keeps of {@code rows} at {@code now}, oldest first. */
    public List<HistoryEntry> kept(List<HistoryEntry> rows, Instant now) {
        Instant oldest = now.minus(maxAge);
        if (rows.size() <= maxRows && oldestFirstSince(rows, oldest)) {
            // Nothing to drop and already in order (a journal written as things happened): what the sorts give.
            return Collections.unmodifiableList(rows);
        }
        return rows.stream()
                .filter(e -> !e.requestedAt().isBefore(oldest))
                .sorted(Comparator.comparing(HistoryEntry::requestedAt).reversed())
                .limit(maxRows)
                .sorted(Comparator.comparing(HistoryEntry::requestedAt))
                .toList();
    }

    private static boolean oldestFirstSince(List<HistoryEntry> rows, Instant oldest) {
        Instant previous = oldest;
        for (HistoryEntry e : rows) {
            if (e.requestedAt().isBefore(previous)) {
                return false;
            }
            previous = e.requestedAt();
        }
        return true;
    }
}
