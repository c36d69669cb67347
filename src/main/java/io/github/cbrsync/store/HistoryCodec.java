package io.github.cbrsync.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.SyncCounters;
import io.github.cbrsync.domain.TaskError;
import java.io.IOException;
import java.util.Optional;

/** One history entry as one line of JSON, and back. Field names are the journal's format: keep them stable. */
final class HistoryCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

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
     * job IDs) and the counters from {@code pool}: 100,000 rows of 60 vaults hold 60 names, not 100,000 copies.
     * It reads the line's tokens as they come, without building a JSON tree: a restore of 100,000 rows then
     * leaves far less garbage behind it (and a smaller heap after it).
     */
    static HistoryEntry fromLine(String line, StringPool pool) {
        return parse(() -> JSON.getFactory().createParser(line), pool);
    }

    /** The same, from the line's UTF-8 bytes as they are in the file (see {@link JournalLines}). */
    static HistoryEntry fromLine(byte[] bytes, int offset, int length, StringPool pool) {
        return parse(() -> JSON.getFactory().createParser(bytes, offset, length), pool);
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static HistoryEntry parse(ParserSource source, StringPool pool) {
        try (JsonParser p = source.open()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            LineFields f = new LineFields();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                f.read(name, p);
                p.skipChildren();
            }
            // Strict: two rows glued by a lost line break are damage, not the first row alone.
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value on the line");
            }
            return f.entry(pool);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable history line: " + e.getMessage(), e);
        }
    }

    /** The fields of one line as read (the last one wins when a name repeats); null when absent or null. */
    private static final class LineFields {
        private String id;
        private String op;
        private String vaultId;
        private String vault;
        private boolean auto;
        private String requested;
        private String status;
        private int progress;
        private int synced;
        private int deleted;
        private int failed;
        private String errCode;
        private String errMsg;
        private String requestId;
        private String ended;
        private String origin;
        private Integer sends;
        private String job;

        void read(String name, JsonParser p) throws IOException {
            switch (name) {
                case "id" -> id = text(p);
                case "op" -> op = text(p);
                case "vaultId" -> vaultId = text(p);
                case "vault" -> vault = text(p);
                case "auto" -> auto = p.getValueAsBoolean(false);
                case "requested" -> requested = text(p);
                case "status" -> status = text(p);
                case "progress" -> progress = p.getValueAsInt(0);
                case "synced" -> synced = p.getValueAsInt(0);
                case "deleted" -> deleted = p.getValueAsInt(0);
                case "failed" -> failed = p.getValueAsInt(0);
                case "errCode" -> errCode = text(p);
                case "errMsg" -> errMsg = text(p);
                case "requestId" -> requestId = text(p);
                case "ended" -> ended = text(p);
                case "origin" -> origin = text(p);
                case "sends" -> sends = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsInt(0);
                case "job" -> job = text(p);
                default -> { }
            }
        }

        HistoryEntry entry(StringPool pool) {
            HistoryEntry.Origin from = HistoryEntry.Origin.valueOf(origin == null ? "THIS_APP" : origin);
            Optional<TaskError> error = errCode != null || errMsg != null
                    ? Optional.of(pool.error(orEmpty(errCode), orEmpty(errMsg)))
                    : Optional.empty();
            SyncCounters counters = pool.counters(synced, deleted, failed);
            return new HistoryEntry(required(id, "id"), Optional.ofNullable(op), pool.of(required(vaultId, "vaultId")),
                    pool.of(orEmpty(vault)), auto, Instants.parse(required(requested, "requested")),
                    HistoryStatus.valueOf(required(status, "status")), progress, counters, error,
                    Optional.ofNullable(requestId), Optional.ofNullable(ended).map(Instants::parse), from,
                    sends != null ? sends : from.isThisWorkstation() ? 1 : 0, Optional.ofNullable(job).map(pool::of));
        }

        /** A value's text (a number's digits too); null for JSON null, and "" for an object or an array. */
        private static String text(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            return t.isScalarValue() ? p.getText() : "";
        }

        private static String orEmpty(String v) {
            return v == null ? "" : v;
        }

        private static String required(String v, String field) {
            if (v == null || v.isEmpty()) {
                throw new IllegalArgumentException("missing " + field);
            }
            return v;
        }
    }
}
