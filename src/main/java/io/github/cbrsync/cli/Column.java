package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import java.util.function.Function;

/**
 * One field of a command's items: its stable machine name (the JSON key and the CSV header, part of the
 * documented schema), its heading in the user's language for the table, how to read it from an item, and
 * whether the table shows it (tables keep to what fits a terminal; JSON and CSV carry every field).
 */
record Column<T>(String key, String headingKey, Function<T, Object> value, boolean inTable) {

    static <T> Column<T> of(String key, Function<T, Object> value) {
        return new Column<>(key, "cli.column." + key, value, true);
    }

    static <T> Column<T> dataOnly(String key, Function<T, Object> value) {
        return new Column<>(key, "cli.column." + key, value, false);
    }

    String heading() {
        return Messages.get(headingKey);
    }
}
