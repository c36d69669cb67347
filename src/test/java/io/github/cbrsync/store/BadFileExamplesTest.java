package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-picked bad files, each a case of its own: what administrators and crashes really leave behind. */
class BadFileExamplesTest {
    private static final String SK = "Sk9Secret+In/The=File";
    private static final Instant T = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "\uFEFF[basic]\nak=AKX\nsk=SECRET\n",
        "[basic]\r\nak=AKX\r\nsk=SECRET\r\n",
        "[basic]\rak=AKX\rsk=SECRET\r",
        "[basic]\nak=AKX\n[basic]\nsk=SECRET\n",
        "[other]\nak=NO\n[basic]\nak = AKX \nsk = SECRET\n",
        "# comment\n; another\n\n[BASIC]\nAK=AKX\nSK=SECRET",
        "[ basic ]\n\tak\t=\tAKX\t\nsk=SECRET\n",
        "[basic]\nak=AKX\nsk=SECRET\nproject_id=\n# LONG\n",
        "[basic]\nak=WRONG\nak=AKX\nsk=SECRET\n"})
    void anSdkFileAsAdministratorsHaveItIsRead(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("credentials"), text.replace("SECRET", SK)
                .replace("LONG", "very long comment ".repeat(10_000)));
        DiscoveredCredentials d = CredentialSources.fromSdkFile(file, Optional.empty()).orElseThrow();
        assertThat(d.profile().accessKey()).isEqualTo("AKX");
        assertThat(d.secretKey()).contains(SK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UTF-16LE | [basic]\\nak=AKX\\nsk=SECRET\\n",
        "UTF-16BE | [basic]\\r\\nak=AKX\\r\\nsk=SECRET\\r\\n"})
    void aUtf16SdkFileWithAByteOrderMarkIsRead(String charset, String text) throws Exception {
        Path file = Files.write(dir.resolve("credentials"), ("\uFEFF" + text.replace("\\n", "\n").replace("\\r", "\r")
                .replace("SECRET", SK)).getBytes(charset));
        assertThat(CredentialSources.fromSdkFile(file, Optional.empty()).orElseThrow().secretKey()).contains(SK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SECRET | line 1: expected",
        "[basic]\\nak=AKX\\nSECRET | needs both ak and sk",
        "ak=AKX\\nsk=SECRET | line 1: expected",
        "[basic]\\nak=AKX | needs both ak and sk",
        "[other]\\nsk=SECRET | no [basic] section",
        "[basic]\\n=SECRET | line 2: expected"})
    void aBrokenSdkFileSaysWhereWithoutQuotingIt(String text, String says) throws Exception {
        Path file = Files.writeString(dir.resolve("credentials"), text.replace("\\n", "\n").replace("SECRET", SK));
        assertThatThrownBy(() -> CredentialSources.fromSdkFile(file, Optional.empty()))
                .isInstanceOf(CredentialSourceException.class).hasMessageContaining(says).message()
                .doesNotContain(SK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff fe 00", "c3 28", "80 81 82", "[basic] ff"})
    void anSdkFileThatIsNotTextSaysSo(String hex) throws Exception {
        byte[] bytes = hex.startsWith("[") ? new byte[] {'[', 'b', ']', '\n', (byte) 0xff}
                : java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
        Path file = Files.write(dir.resolve("credentials"), bytes);
        assertThatThrownBy(() -> CredentialSources.fromSdkFile(file, Optional.empty()))
                .isInstanceOf(CredentialSourceException.class).hasMessageContaining("not UTF-8 text");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"profiles\":[{\"name\":\"p\",\"secretAccessKey\":SECRET}]}",
        "{\"profiles\":[{\"name\":\"p\",\"secretAccessKey\":\"SECRET\"x}]}",
        "{\"profiles\":[{\"name\":\"p\",\"secretAccessKey\":'SECRET'}]}",
        "{\"profiles\":[{\"name\":\"p\",\"secretAccessKey\":\"SECRET\u0001\"}]}",
        "{\"profiles\":[{\"name\":\"p\" /* SECRET */}]}",
        "SECRET"})
    void aBrokenKooCliConfigSaysWhereWithoutQuotingIt(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"), json.replace("SECRET", SK));
        assertThatThrownBy(() -> CredentialSources.fromKooCli(file)).isInstanceOf(CredentialSourceException.class)
                .hasMessageContaining("JSON is broken at line 1, column").message().doesNotContain(SK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=SUM(A1:A9) | '=SUM(A1:A9)",
        "+86 10 1234 | '+86 10 1234",
        "-2 | '-2",
        "@SUM(A1) | '@SUM(A1)",
        "`\\t=1+1` | `'\\t=1+1`",
        "`\\r=1+1` | `'\\r=1+1`",
        "`  =1+1` | `'  =1+1`",
        "`=cmd|' /C calc'!A0` | `'=cmd|' /C calc'!A0`",
        "a=b | a=b",
        "上海-分行 | 上海-分行",
        "'quoted already | 'quoted already",
        "`` | ``"})
    void aFormulaCellIsWrittenAsText(String cellText, String writtenText) throws Exception {
        String cell = cellText.replace("\\t", "\t").replace("\\r", "\r");
        String written = writtenText.replace("\\t", "\t").replace("\\r", "\r");
        HistoryEntry row = HistoryEntry.requested("1", "v-1", cell, false, T);
        StringWriter out = new StringWriter();
        HistoryExport.writeCsv(List.of(row), out, false);
        assertThat(HistoryExportTest.parse(out.toString()).get(1).get(1)).isEqualTo(written);
        assertThat(HistoryExport.toTsv(List.of(row)).lines().skip(1).findFirst().orElseThrow().split("\t", -1)[1])
                .isEqualTo(written.replaceAll("[\\t\\r\\n]+", " "));
    }

    static Stream<Arguments> damagedJournals() {
        return Stream.of(
                Arguments.of("LINE1\nLINE2\n{\"id\":\"x\"", 2, true),
                Arguments.of("LINE1\nLINE2\n", 2, false),
                Arguments.of("LINE1\n\n\n\nLINE2\n", 2, false),
                Arguments.of("LINE1\r\nLINE2\r\n", 2, false),
                Arguments.of("LINE1\nLINE2", 2, false),
                Arguments.of("LINE1\n\u0000\u0000\u0000\nLINE2\n", 2, true),
                Arguments.of("LINE1\nnot json at all\nLINE2\n", 2, true),
                Arguments.of("LINE1LINE2\n", 0, true),
                Arguments.of("LINE1\nLINE2\rgarbage\n", 1, true),
                Arguments.of("LINE1\n{\"id\":\"LINE2-torn\",\"vaultId\":\"v", 1, true));
    }

    @ParameterizedTest
    @MethodSource("damagedJournals")
    void aDamagedJournalKeepsEveryReadableRowAndStaysAppendable(String text, int rows, boolean warned)
            throws Exception {
        Path file = dir.resolve("history/prod.jsonl");
        Files.createDirectories(file.getParent());
        String line1 = HistoryCodec.toLine(HistoryEntry.requested("r1", "v-1", "a, \"b\"", false, T));
        String line2 = HistoryCodec.toLine(HistoryEntry.requested("r2", "v-2", "=cmd", true, T));
        Files.writeString(file, text.replace("LINE1", line1).replace("LINE2", line2), StandardCharsets.UTF_8);

        HistoryJournal.Loaded loaded;
        try (HistoryJournal journal = new HistoryJournal(file)) {
            loaded = journal.load();
            journal.append(HistoryEntry.requested("r3", "v-3", "new", false, T));
        }

        assertThat(loaded.entries()).hasSize(rows);
        assertThat(loaded.warnings()).hasSize(warned ? 1 : 0);
        try (HistoryJournal again = new HistoryJournal(file)) {
            HistoryJournal.Loaded second = again.load();
            assertThat(second.warnings()).isEmpty();
            assertThat(second.entries()).hasSize(rows + 1).containsAll(loaded.entries());
        }
    }
}
