package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;

/**
 * Exported history read back by a strict RFC 4180 reader: one record per row, every cell as it was, except
 * that no cell can start a formula (it carries a leading single quote instead). The TSV copy likewise keeps
 * one line per row.
 */
@Tag("properties")
class HistoryExportProperties {

    @Property
    void csvReadsBackCellForCellWithFormulasNeutralised(@ForAll("rows") @Size(max = 8) List<HistoryEntry> rows,
                                                        @ForAll boolean excelBom) throws Exception {
        StringWriter out = new StringWriter();
        HistoryExport.writeCsv(rows, out, excelBom);
        String csv = excelBom ? out.toString().substring(1) : out.toString();

        List<List<String>> records = HistoryExportTest.parse(csv);

        assertThat(records).hasSize(rows.size() + 1);
        assertThat(records.get(0)).isEqualTo(HistoryExport.header());
        for (int i = 0; i < rows.size(); i++) {
            HistoryEntry row = rows.get(i);
            List<String> cells = records.get(i + 1);
            assertThat(cells).hasSize(HistoryExport.header().size());
            assertThat(cells.get(1)).isEqualTo(expected(row.vaultName()));
            assertThat(cells.get(2)).isEqualTo(expected(row.vaultId()));
            assertThat(cells.get(11)).isEqualTo(expected(row.error().map(e -> e.message()).orElse("")));
            assertThat(cells).allSatisfy(HistoryExportProperties::noFormula);
        }
    }

    @Property
    void tsvKeepsOneLinePerRowAndNoFormula(@ForAll("rows") @Size(max = 8) List<HistoryEntry> rows) {
        String tsv = HistoryExport.toTsv(rows);
        List<String> lines = tsv.lines().toList();
        assertThat(lines).hasSize(rows.size() + 1);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split("\t", -1));
            assertThat(cells).hasSize(HistoryExport.header().size()).allSatisfy(HistoryExportProperties::noFormula);
        }
    }

    private static String expected(String cell) {
        return HistoryExport.FORMULA_STARTS.indexOf(stripSpaces(cell).charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The cell from its first character that is not a space ("x" when there is none). */
    private static String stripSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i == s.length() ? "x" : s.substring(i);
    }

    private static void noFormula(String cell) {
        String start = stripSpaces(cell);
        assertThat(HistoryExport.FORMULA_STARTS.indexOf(start.charAt(0))).as("cell %s", cell).isEqualTo(-1);
    }

    @Provide
    net.jqwik.api.Arbitrary<List<HistoryEntry>> rows() {
        return HistoryRows.rows().list();
    }
}
