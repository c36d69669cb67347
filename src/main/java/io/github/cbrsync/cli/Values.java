package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How one value reads in each format: words and local time for people, codes and UTC ISO-8601 for scripts. */
final class Values {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Values() {
    }

    /** The value itself, with an empty Optional as null. */
    static Object plain(Object value) {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        return v instanceof Optional<?> ? plain(v) : v;
    }

    static String forTable(Object value) {
        Object v = plain(value);
        if (v == null) {
            return "";
        }
        if (v instanceof Instant at) {
            return LOCAL.format(at);
        }
        if (v instanceof Label label) {
            return label.text();
        }
        if (v instanceof Boolean b) {
            return Messages.get(b ? "cli.value.yes" : "cli.value.no");
        }
        if (v instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.1f", d);
        }
        return v.toString();
    }

    /** CSV and anything else a script reads as text. */
    static String forData(Object value) {
        Object v = plain(value);
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.1f", d);
        }
        return v.toString();
    }
}
