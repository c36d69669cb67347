package io.github.cbrsync.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cbrsync.session.Connection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one JSON document every command prints with {@code --output json} (schema {@value #SCHEMA}, documented
 * in the README): {@code schema}, {@code command}, {@code connection} (or null), {@code items} (one object per
 * item, the command's columns by their machine names), {@code summary} and {@code exit_code}. Non-ASCII
 * characters are escaped, so the document survives any console encoding.
 */
final class JsonFormat {
    static final String SCHEMA = "cbr-sync/1";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private JsonFormat() {
    }

    static <T> void write(Report<T> report, ExitCode exitCode, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("command", report.command());
        if (report.connection().isPresent()) {
            Connection c = report.connection().get();
            ObjectNode connection = root.putObject("connection");
            connection.put("id", c.id().value());
            connection.put("name", c.name());
            connection.put("region", c.region());
            connection.put("project_id", c.settings().projectId());
        } else {
            root.putNull("connection");
        }
        ArrayNode items = root.putArray("items");
        for (T item : report.items()) {
            ObjectNode node = items.addObject();
            report.columns().forEach(c -> put(node, c.key(), c.value().apply(item)));
        }
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<String, Object> e : report.summary().entrySet()) {
            put(summary, e.getKey(), e.getValue());
        }
        root.put("exit_code", exitCode.code());
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static void put(ObjectNode node, String key, Object value) {
        Object v = Values.plain(value);
        if (v == null) {
            node.putNull(key);
        } else if (v instanceof Boolean b) {
            node.put(key, b);
        } else if (v instanceof Integer i) {
            node.put(key, i);
        } else if (v instanceof Long l) {
            node.put(key, l);
        } else if (v instanceof Double d) {
            node.put(key, Math.round(d * 10) / 10.0);
        } else {
            node.put(key, Values.forData(v));
        }
    }
}
