package io.github.cbrsync.store;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines at '\n' only. The journal's writer never writes '\r', so a '\r' inside a journal line
 * is damage to that line: BufferedReader.readLine would cut there, load the first half as a row of its own and
 * then, the rest being unreadable, repair the file by dropping the whole line, row and all (shown once, gone
 * at the next start).
 */
final class NewlineReader {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;

    NewlineReader(Reader in) {
        this.in = in;
    }

    /** The next line without its '\n', or null at the end; a last line without '\n' is returned too. */
    String next() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == length) {
                length = Math.max(0, in.read(buffer));
                position = 0;
                if (length == 0) {
                    return line == null ? null : line.toString();
                }
            }
            int start = position;
            while (position < length && buffer[position] != '\n') {
                position++;
            }
            line = line == null ? new StringBuilder(position - start) : line;
            line.append(buffer, start, position - start);
            if (position < length) {
                position++;
                return line.toString();
            }
        }
    }
}
