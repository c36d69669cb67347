package io.github.cbrsync.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.TaskError;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** One history entry as one line of JSON, and back. Field names are the journal's format: keep them stable. */
final class HistoryCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads one line strictly: two rows glued by a lost line break are damage, not the first row alone. */
    private static final ObjectReader LINE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private HistoryCodec() {
    }

    static String toLine(HistoryEntry e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.localId());
        e.operationLogId().ifPresent(v -> o.put("op", v));
        o.put("vaultId", e.vaultId());
        o.put("vault", e.vaultName());
        o.put("auto", e.autoTrigger());
        o.put("requested", e.requestedAt().toString());
        o.put("status", e.status().name());
        o.put("progress", e.progress());
        o.put("synced", e.counters().synced());
        o.put("deleted", e.counters().deleted());
        o.put("failed", e.counters().failed());
        e.error().ifPresent(err -> o.put("errCode", err.code()).put("errMsg", err.message()));
        e.requestId().ifPresent(v -> o.put("requestId", v));
        e.endedAt().ifPresent(v -> o.put("ended", v.toString()));
        o.put("origin", e.origin().name());
        o.put("sends", e.sends());
        e.jobId().ifPresent(v -> o.put("job", v));
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Parses a line; any problem (torn JSON, missing field, unknown enum) is an IllegalArgumentException. */
    static HistoryEntry fromLine(String line) {
        return fromLine(line, new StringPool());
    }

    /**
     * Parses a line, taking the strings that repeat across rows (vault IDs and names, error codes and messages,
     * job IDs) from {@code pool}: 100,000 rows of 60 vaults hold 60 names, not 100,000 copies.
     */
    static HistoryEntry fromLine(String line, StringPool pool) {
        try {
            JsonNode o = LINE.readTree(line);
            if (o == null || !o.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            HistoryEntry.Origin origin = HistoryEntry.Origin.valueOf(o.path("origin").asText("THIS_APP"));
            Optional<TaskError> error = o.hasNonNull("errCode") || o.hasNonNull("errMsg")
                    ? Optional.of(pool.error(o.path("errCode").asText(""), o.path("errMsg").asText("")))
                    : Optional.empty();
            int synced = o.path("synced").asInt(0);
            int deleted = o.path("deleted").asInt(0);
            int failed = o.path("failed").asInt(0);
            SyncCounters counters = synced == 0 && deleted == 0 && failed == 0 ? SyncCounters.NONE
                    : new SyncCounters(synced, deleted, failed);
            return new HistoryEntry(required(o, "id"), text(o, "op"), pool.of(required(o, "vaultId")),
                    pool.of(o.path("vault").asText("")), o.path("auto").asBoolean(false),
                    Instants.parse(required(o, "requested")), HistoryStatus.valueOf(required(o, "status")),
                    o.path("progress").asInt(0), counters, error, text(o, "requestId"),
                    text(o, "ended").map(Instants::parse), origin,
                    o.path("sends").asInt(origin.isThisWorkstation() ? 1 : 0), text(o, "job").map(pool::of));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable history line: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode o, String field) {
        String v = o.path(field).asText("");
        if (v.isEmpty()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v;
    }

    private static Optional<String> text(JsonNode o, String field) {
        return o.hasNonNull(field) ? Optional.of(o.get(field).asText()) : Optional.empty();
    }
}
