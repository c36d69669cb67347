package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One read of a journal file, folded (the last line of a row wins), changing nothing: what it found is for
 * {@link HistoryJournal} to repair when it has the journal to itself, and is all a reader that only looks needs.
 *
 * @param goodBytes      the length without a torn last line
 * @param damagedInside  an unreadable line followed by readable ones (not a crash mid-write)
 * @param tornTail       the last line does not parse (a crash mid-write, or another process writing right now)
 * @param endsWithNewline whether the next append starts on a line of its own
 */
record JournalReading(List<HistoryEntry> rows, long lines, long goodBytes, boolean damagedInside, boolean tornTail,
                      String tornDetail, boolean endsWithNewline) {

    private static final Object BLANK = new Object();

    static JournalReading of(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new JournalReading(List.of(), 0, 0, false, false, "", true);
        }
        Map<String, HistoryEntry> rows = new LinkedHashMap<>();
        long lines = 0;
        boolean damagedInside = false;
        String pendingBad = null;
        StringPool pool = new StringPool();
        try (InputStream in = Files.newInputStream(file)) {
            JournalLines reader = new JournalLines(in);
            for (List<JournalLines.Line> batch = reader.next(); !batch.isEmpty(); batch = reader.next()) {
                // Lines are parsed on both cores, then folded in file order (the last line of a row wins).
                for (Object parsed : parseAll(batch, pool)) {
                    lines++;
                    if (parsed == BLANK) {
                        continue;
                    }
                    if (pendingBad != null) {
                        damagedInside = true;
                    }
                    if (parsed instanceof HistoryEntry e) {
                        rows.put(e.localId(), e);
                        pendingBad = null;
                    } else {
                        pendingBad = "line " + lines + ": " + parsed;
                    }
                }
            }
        }
        long goodBytes = lengthUpToLastGoodLine(file, pendingBad != null);
        return new JournalReading(new ArrayList<>(rows.values()), lines, goodBytes, damagedInside, pendingBad != null,
                pendingBad == null ? "" : pendingBad, endsWithNewline(file));
    }

    /** Each line as its entry, {@link #BLANK}, or the reason it could not be read; in the lines' order. */
    private static List<Object> parseAll(List<JournalLines.Line> batch, StringPool pool) {
        return batch.parallelStream().map(line -> parse(line, pool)).toList();
    }

    /**
     * A line read from its bytes; one Jackson refuses there (damage, or bytes that are not UTF-8) is read again as
     * text with every malformed byte replaced by U+FFFD, so a row whose only damage is in a text survives, as it
     * did when lines were decoded first. Jackson's decoder is a little more lenient than the JDK's (an overlong
     * form or an encoded surrogate becomes that character, not U+FFFD; a byte-order mark at a line's start is
     * skipped, where it made the line unreadable): damage of that kind now keeps its row, with odd characters.
     */
    private static Object parse(JournalLines.Line line, StringPool pool) {
        if (line.isAsciiBlank()) {
            return BLANK;
        }
        try {
            return HistoryCodec.fromLine(line.bytes(), line.offset(), line.length(), pool);
        } catch (IllegalArgumentException unreadableAsBytes) {
            String text = new String(line.bytes(), line.offset(), line.length(), StandardCharsets.UTF_8);
            if (text.isBlank()) {
                return BLANK;
            }
            try {
                return HistoryCodec.fromLine(text, pool);
            } catch (IllegalArgumentException bad) {
                return bad.getMessage();
            }
        }
    }

    /** The file length without its last line, when that line is torn (it has no newline, or does not parse). */
    private static long lengthUpToLastGoodLine(Path file, boolean lastLineBad) throws IOException {
        long size = Files.size(file);
        if (!lastLineBad || size == 0) {
            return size;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            long pos = size - 1;
            // Step back over the blank lines after the unreadable line (reading skips them, so that line is the
            // last one read), then over the line itself to the newline before it.
            while (pos >= 0 && isBlankByte(byteAt(ch, one, pos))) {
                pos--;
            }
            for (; pos >= 0; pos--) {
                if (byteAt(ch, one, pos) == '\n') {
                    return pos + 1;
                }
            }
            return 0;
        }
    }

    private static byte byteAt(FileChannel ch, ByteBuffer one, long pos) throws IOException {
        one.clear();
        ch.read(one, pos);
        return one.get(0);
    }

    /** A byte of a line that reading skips as blank: ASCII whitespace, as {@link String#isBlank()} sees it. */
    private static boolean isBlankByte(byte b) {
        return b >= 0 && Character.isWhitespace((char) b);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            return last.get(0) == '\n';
        }
    }
}
