package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal read as bytes: the same lines, rows and damage as it was read as text. */
class JournalLinesTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private static List<String> lines(byte[] input) throws Exception {
        JournalLines reader = new JournalLines(new ByteArrayInputStream(input));
        List<String> all = new ArrayList<>();
        for (List<JournalLines.Line> batch = reader.next(); !batch.isEmpty(); batch = reader.next()) {
            batch.forEach(l -> all.add(new String(l.bytes(), l.offset(), l.length(), StandardCharsets.UTF_8)));
        }
        return all;
    }

    @Test
    void splitsAtNewlinesOnlyAndKeepsALastLineWithoutOne() throws Exception {
        assertThat(lines(new byte[0])).isEmpty();
        assertThat(lines("\n".getBytes(StandardCharsets.UTF_8))).containsExactly("");
        assertThat(lines("a\r\nb\n\nc".getBytes(StandardCharsets.UTF_8))).containsExactly("a\r", "b", "", "c");
        assertThat(lines("名字\n".getBytes(StandardCharsets.UTF_8))).containsExactly("名字");
    }

    @Test
    void linesAcrossAndLongerThanTheBufferComeOutWhole() throws Exception {
        // 1 MB buffers: a line that crosses one boundary, and one of 3 MB that needs the buffer to grow twice.
        String crossing = "x".repeat((1 << 20) - 3);
        String huge = "y".repeat(3 << 20);
        byte[] input = ("ab\n" + crossing + "\n" + huge + "\nlast").getBytes(StandardCharsets.UTF_8);
        assertThat(lines(input)).containsExactly("ab", crossing, huge, "last");
    }

    @Test
    void aRowWithBytesThatAreNotUtf8InATextIsKeptWithReplacementCharacters() throws Exception {
        String good = HistoryCodec.toLine(HistoryEntry.requested("a", "vault-a", "NAME", false, AT));
        int at = good.indexOf("NAME");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(good.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {'N', (byte) 0xC3, 'M', (byte) 0xFF});
        out.write((good.substring(at + 4) + "\n").getBytes(StandardCharsets.UTF_8));
        out.write((HistoryCodec.toLine(HistoryEntry.requested("b", "vault-b", "b", false, AT)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("bytes.jsonl");
        Files.write(file, out.toByteArray());

        JournalReading read = JournalReading.of(file);
        assertThat(read.damagedInside()).isFalse();
        assertThat(read.tornTail()).isFalse();
        assertThat(read.rows()).extracting(HistoryEntry::vaultName).containsExactly("N\uFFFDM\uFFFD", "b");
    }

    @Test
    void blankLinesOfAnyWhitespaceAreSkippedAndCounted() throws Exception {
        String row = HistoryCodec.toLine(HistoryEntry.requested("a", "vault-a", "a", false, AT));
        Path file = dir.resolve("blank.jsonl");
        Files.writeString(file, " \t\n\u3000\n" + row + "\n\n");

        JournalReading read = JournalReading.of(file);
        assertThat(read.lines()).isEqualTo(4);
        assertThat(read.rows()).extracting(HistoryEntry::localId).containsExactly("a");
        assertThat(read.damagedInside()).isFalse();
        assertThat(read.tornTail()).isFalse();
    }
}
