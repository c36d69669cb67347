package io.github.cbrsync.cli;

import io.github.cbrsync.session.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a command found or did, in the one shape every output format is made from: the command, the connection it
 * ran on, one item per vault, task, connection or file, and a summary of counts (JSON {@code summary}; the table
 * shows it under the items).
 */
record Report<T>(String command, Optional<Connection> connection, List<Column<T>> columns, List<T> items,
                 Map<String, Object> summary) {

    Report {
        items = List.copyOf(items);
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    static <T> Report<T> of(String command, Optional<Connection> connection, List<Column<T>> columns, List<T> items) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", items.size());
        return new Report<>(command, connection, columns, items, summary);
    }
}
