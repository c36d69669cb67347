package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.TaskError;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * History rows as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled) or as TSV for pasting into a spreadsheet. Times are ISO-8601 UTC so they sort and parse.
 *
 * <p>Vault names and error messages come from the server and from whoever named the vault: a cell that starts
 * with {@code = + - @}, a tab or a carriage return (after any leading spaces) would be run as a formula by a
 * spreadsheet (CSV injection). Such a cell is written with a single quote in front, as OWASP advises; the
 * spreadsheet shows the text as it was.
 */
public final class HistoryExport {
    /** UTF-8 byte order mark: Excel needs it to read UTF-8 (Chinese vault names) correctly. */
    public static final String BOM = "\uFEFF";
    /** What makes a spreadsheet read a cell as a formula (OWASP, CSV injection). */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private static final List<Column> COLUMNS = List.of(
            new Column("requested_at", e -> e.requestedAt().toString()),
            new Column("vault_name", HistoryEntry::vaultName),
            new Column("vault_id", HistoryEntry::vaultId),
            new Column("auto_trigger", e -> Boolean.toString(e.autoTrigger())),
            new Column("operation_log_id", e -> e.operationLogId().orElse("")),
            new Column("status", e -> e.status().name().toLowerCase(java.util.Locale.ROOT)),
            new Column("progress", e -> Integer.toString(e.progress())),
            new Column("synced", e -> Integer.toString(e.counters().synced())),
            new Column("deleted", e -> Integer.toString(e.counters().deleted())),
            new Column("failed", e -> Integer.toString(e.counters().failed())),
            new Column("error_code", e -> e.error().map(TaskError::code).orElse("")),
            new Column("error_message", e -> e.error().map(TaskError::message).orElse("")),
            new Column("request_id", e -> e.requestId().orElse("")),
            new Column("ended_at", e -> e.endedAt().map(Instant::toString).orElse("")),
            new Column("origin", e -> e.origin().code()));

    private record Column(String name, Function<HistoryEntry, String> value) {
    }

    private HistoryExport() {
    }

    public static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    public static void writeCsv(List<HistoryEntry> rows, Writer out, boolean withBom) throws IOException {
        if (withBom) {
            out.write(BOM);
        }
        writeLine(out, header());
        for (HistoryEntry e : rows) {
            writeLine(out, COLUMNS.stream().map(c -> neutralised(c.value().apply(e))).toList());
        }
        out.flush();
    }

    /** Tab-separated, one row per line, with a header; tabs and line breaks inside a value become spaces. */
    public static String toTsv(List<HistoryEntry> rows) {
        StringBuilder sb = new StringBuilder(String.join("\t", header())).append('\n');
        for (HistoryEntry e : rows) {
            sb.append(String.join("\t", COLUMNS.stream()
                    .map(c -> neutralised(c.value().apply(e).replaceAll("[\\t\\r\\n]+", " "))).toList()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static void writeLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** The cell with a single quote in front when a spreadsheet would take it for a formula. */
    static String neutralised(String cell) {
        String c = Optional.ofNullable(cell).orElse("");
        int first = 0;
        while (first < c.length() && c.charAt(first) == ' ') {
            first++;
        }
        return first < c.length() && FORMULA_STARTS.indexOf(c.charAt(first)) >= 0 ? "'" + c : c;
    }

    /** One CSV cell as every export writes it (the window's and the command line's): neutralised, then quoted. */
    public static String csvCell(String value) {
        return quote(neutralised(value));
    }

    static String quote(String field) {
        String f = Optional.ofNullable(field).orElse("");
        if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) {
            return f;
        }
        return '"' + f.replace("\"", "\"\"") + '"';
    }
}
