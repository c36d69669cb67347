package io.github.cbrsync.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a journal's bytes into lines at '\n' only, a buffer at a time, without decoding them: the lines go to
 * Jackson as bytes (it reads UTF-8 itself), so a restore of 100,000 rows makes no String of each line and no
 * UTF-16 copy of the file, and leaves that much less garbage behind it.
 *
 * <p>'\n' only: the journal's writer never writes '\r', so a '\r' inside a journal line is damage to that line;
 * cutting there (as BufferedReader.readLine does) would load the first half as a row of its own and then, the rest
 * being unreadable, repair the file by dropping the whole line, row and all.
 */
final class JournalLines {
    /** A line of the buffer, valid until the next call of {@link #next()}. */
    record Line(byte[] bytes, int offset, int length) {
        /** Whether the line holds nothing but ASCII whitespace (a line reading skips). */
        boolean isAsciiBlank() {
            for (int i = offset; i < offset + length; i++) {
                byte b = bytes[i];
                if (b < 0 || !Character.isWhitespace((char) b)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int BUFFER = 1 << 20;
    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    /** The first byte of the next line. */
    private int start;
    /** The bytes in the buffer. */
    private int end;
    private boolean atEnd;

    JournalLines(InputStream in) {
        this.in = in;
    }

    /**
     * The complete lines of the next buffer-full, in order, without their '\n'; at the end of the input its last
     * line without a '\n' too. Empty once everything was returned.
     */
    List<Line> next() throws IOException {
        List<Line> lines = new ArrayList<>();
        while (lines.isEmpty()) {
            if (!fill()) {
                if (start < end) {
                    lines.add(new Line(buffer, start, end - start));
                    start = end;
                }
                return lines;
            }
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    lines.add(new Line(buffer, start, i - start));
                    start = i + 1;
                }
            }
        }
        return lines;
    }

    /** Moves the unfinished line to the front (growing the buffer for a line longer than it), then reads more. */
    private boolean fill() throws IOException {
        if (atEnd) {
            return false;
        }
        int pending = end - start;
        byte[] target = pending == buffer.length ? new byte[buffer.length * 2] : buffer;
        System.arraycopy(buffer, start, target, 0, pending);
        buffer = target;
        start = 0;
        end = pending;
        int read = in.readNBytes(buffer, end, buffer.length - end);
        end += read;
        atEnd = end < buffer.length;
        return read > 0 || !atEnd;
    }
}
