package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.TaskError;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CSV that Excel and any RFC 4180 reader take back unchanged: commas, quotes, newlines, Chinese names. */
class HistoryExportTest {
    private static final List<HistoryEntry> ROWS = List.of(
            HistoryEntry.requested("1", "v-1", "上海-分行, \"主\" 库", true, Instant.parse("2026-11-28T08:00:00Z"))
                    .withTaskId("op-1"),
            HistoryEntry.requested("2", "v-2", "plain", false, Instant.parse("2026-11-28T09:00:00Z"))
                    .withRequestProblem(HistoryStatus.REQUEST_FAILED,
                            new TaskError("BackupService.6105", "Vault Not Found\r\nsecond line, \"x\""),
                            Optional.of("req-9"), Instant.parse("2026-11-28T09:00:01Z")));

    @Test
    void roundTripsThroughAnRfc4180Reader() throws Exception {
        StringWriter out = new StringWriter();
        HistoryExport.writeCsv(ROWS, out, false);

        List<List<String>> records = parse(out.toString());

        assertThat(records).hasSize(3);
        assertThat(records.get(0)).isEqualTo(HistoryExport.header());
        assertThat(records.get(1)).contains("上海-分行, \"主\" 库", "op-1", "true", "waiting", "this_app");
        assertThat(records.get(2)).contains("Vault Not Found\r\nsecond line, \"x\"", "request_failed",
                "BackupService.6105", "req-9", "2026-11-28T09:00:01Z");
        assertThat(out.toString()).contains("\r\n").startsWith("requested_at,");
    }

    @Test
    void theOriginIsTheSameCodeAsTheCommandLineWrites() throws Exception {
        HistoryEntry fromTerminal = HistoryEntry.requested("c1", "v1", "vault", false,
                Instant.parse("2026-11-28T12:00:00Z"), HistoryEntry.Origin.COMMAND_LINE, Optional.empty());
        StringWriter out = new StringWriter();
        HistoryExport.writeCsv(List.of(fromTerminal), out, false);
        assertThat(parse(out.toString()).get(1)).contains("command_line");
    }

    @Test
    void excelVariantStartsWithAByteOrderMark() throws Exception {
        StringWriter out = new StringWriter();
        HistoryExport.writeCsv(ROWS, out, true);
        assertThat(out.toString()).startsWith("\uFEFFrequested_at,");
    }

    @Test
    void tsvKeepsOneRowPerLine() {
        String tsv = HistoryExport.toTsv(ROWS);
        assertThat(tsv.lines()).hasSize(3);
        assertThat(tsv.lines().skip(2).findFirst().orElseThrow().split("\t"))
                .contains("Vault Not Found second line, \"x\"");
    }

    /** A strict RFC 4180 reader, written here so the test does not trust the writer's own code. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
            i++;
        }
        return records;
    }
}
