package io.github.cbrsync.cli;

import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.store.HistoryExport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table a person reads (columns aligned, headings in their language) and RFC 4180 CSV for spreadsheets. */
final class TextFormats {
    private TextFormats() {
    }

    static <T> void table(Report<T> report, PrintWriter out, boolean withItems) {
        if (withItems && !report.items().isEmpty()) {
            List<Column<T>> shown = report.columns().stream().filter(Column::inTable).toList();
            List<List<String>> rows = new ArrayList<>();
            rows.add(shown.stream().map(Column::heading).toList());
            for (T item : report.items()) {
                rows.add(shown.stream().map(c -> Values.forTable(c.value().apply(item))).toList());
            }
            aligned(rows, out);
        }
        List<List<String>> summary = new ArrayList<>();
        for (Map.Entry<String, Object> e : report.summary().entrySet()) {
            String key = "cli.summary." + e.getKey();
            boolean noneOfThese = e.getValue() instanceof Integer n && n == 0 && !"total".equals(e.getKey());
            if (Messages.bundle().containsKey(key) && !noneOfThese) {
                summary.add(List.of(Messages.get(key), Values.forTable(e.getValue())));
            }
        }
        if (!summary.isEmpty()) {
            if (withItems && !report.items().isEmpty()) {
                out.println();
            }
            aligned(summary, out);
        }
        out.flush();
    }

    static <T> void csv(Report<T> report, PrintWriter out) {
        out.print(String.join(",", report.columns().stream().map(c -> field(c.key())).toList()));
        out.print("\r\n");
        for (T item : report.items()) {
            out.print(String.join(",", report.columns().stream()
                    .map(c -> field(Values.forData(c.value().apply(item)))).toList()));
            out.print("\r\n");
        }
        out.flush();
    }

    private static void aligned(List<List<String>> rows, PrintWriter out) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Terminal columns a text takes: CJK characters (vault names in Chinese) take two. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0xFF00 && cp <= 0xFFEF)
                    || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * RFC 4180 (a field with a comma, quote or line break is quoted, quotes doubled), and a cell a spreadsheet would
     * take for a formula neutralised: the same cell as the window's history export writes.
     */
    static String field(String value) {
        return HistoryExport.csvCell(value);
    }
}
