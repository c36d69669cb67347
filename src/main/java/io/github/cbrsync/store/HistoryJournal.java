package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.HistorySink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task history of one connection as an append-only JSON-lines file: every new row and every change is
 * one line, forced to disk before {@link #append} returns. Loading folds the lines (the last line of a row
 * wins). A torn last line (a crash mid-write) is cut off with a warning; a file with damage anywhere else is
 * copied aside untouched and rewritten from what could be read.
 */
public final class HistoryJournal implements HistorySink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HistoryJournal.class.getName());

    private final Path file;
    private FileChannel channel;
    private boolean closed;

    /** What loading found: the rows, in creation order, and anything the user should be told. */
    public record Loaded(List<HistoryEntry> entries, List<String> warnings, long lines) {
    }

    public HistoryJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Reads and folds the journal, repairing a torn tail. Call before the first append. */
    public synchronized Loaded load() throws IOException {
        requireOpen();
        OwnerOnlyFiles.createDirectories(file.getParent());
        List<String> warnings = new ArrayList<>();
        Map<String, HistoryEntry> rows = new LinkedHashMap<>();
        StringPool pool = new StringPool();
        long lines = 0;
        long goodBytes = 0;
        boolean damagedInside = false;
        String pendingBad = null;
        if (Files.exists(file)) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
                NewlineReader reader = new NewlineReader(in);
                String line;
                while ((line = reader.next()) != null) {
                    lines++;
                    if (line.isBlank()) {
                        continue;
                    }
                    if (pendingBad != null) {
                        damagedInside = true;
                    }
                    try {
                        HistoryEntry e = HistoryCodec.fromLine(line, pool);
                        rows.put(e.localId(), e);
                        pendingBad = null;
                    } catch (IllegalArgumentException bad) {
                        pendingBad = "line " + lines + ": " + bad.getMessage();
                    }
                }
            }
            goodBytes = lengthUpToLastGoodLine(pendingBad != null);
        }
        if (damagedInside) {
            Path aside = AtomicFiles.keepAside(file);
            warnings.add(Messages.format("journal.damaged", aside.getFileName()));
            rewrite(new ArrayList<>(rows.values()));
        } else if (pendingBad != null) {
            warnings.add(Messages.get("journal.incomplete"));
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(goodBytes);
                ch.force(true);
            }
        }
        ensureEndsWithNewline();
        warnings.forEach(w -> LOG.log(Level.WARNING, "{0}: {1}", file, w));
        return new Loaded(new ArrayList<>(rows.values()), warnings, lines);
    }

    @Override
    public synchronized void appendAll(List<HistoryEntry> entries) throws IOException {
        requireOpen();
        if (entries.isEmpty()) {
            return;
        }
        if (channel == null) {
            OwnerOnlyFiles.createDirectories(file.getParent());
            channel = OwnerOnlyFiles.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        StringBuilder lines = new StringBuilder(entries.size() * 240);
        entries.forEach(e -> lines.append(HistoryCodec.toLine(e)).append('\n'));
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    /**
     * Loads the journal and applies the retention: rows it drops are gone from the file too. The file is
     * rewritten only when retention drops rows or when change lines outnumber the rows (start-up stays fast).
     */
    public synchronized Loaded loadKeeping(Retention retention, Instant now) throws IOException {
        Loaded loaded = load();
        List<HistoryEntry> rows = loaded.entries();
        List<HistoryEntry> keep = kept(rows, retention, now);
        if (keep.size() < rows.size() || loaded.lines() > 2L * rows.size() + 1000) {
            rewrite(keep);
            return new Loaded(keep, loaded.warnings(), loaded.lines());
        }
        return loaded;
    }

    /**
     * Keeps the newest {@code maxRows} rows younger than {@code maxAge}, one line each, written atomically
     * (temp file, then move). Returns how many rows were dropped.
     */
    public synchronized int compact(List<HistoryEntry> current, Retention retention, Instant now) throws IOException {
        requireOpen();
        List<HistoryEntry> kept = kept(current, retention, now);
        rewrite(kept);
        return current.size() - kept.size();
    }

    /** The rows a retention keeps, oldest first. */
    public static List<HistoryEntry> kept(List<HistoryEntry> rows, Retention retention, Instant now) {
        Instant oldest = now.minus(retention.maxAge());
        return rows.stream()
                .filter(e -> !e.requestedAt().isBefore(oldest))
                .sorted(Comparator.comparing(HistoryEntry::requestedAt).reversed())
                .limit(retention.maxRows())
                .sorted(Comparator.comparing(HistoryEntry::requestedAt))
                .toList();
    }

    private void rewrite(List<HistoryEntry> entries) throws IOException {
        closeChannel();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel out = OwnerOnlyFiles.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            StringBuilder sb = new StringBuilder();
            for (HistoryEntry e : entries) {
                sb.append(HistoryCodec.toLine(e)).append('\n');
                if (sb.length() > 1 << 20) {
                    writeAll(out, sb);
                }
            }
            writeAll(out, sb);
            out.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeAll(FileChannel out, StringBuilder sb) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        sb.setLength(0);
    }

    /** The file length without its last line, when that line is torn (it has no newline, or does not parse). */
    private long lengthUpToLastGoodLine(boolean lastLineBad) throws IOException {
        long size = Files.size(file);
        if (!lastLineBad || size == 0) {
            return size;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            long pos = size - 1;
            // Skip the trailing newline of a complete but unreadable last line, then find the one before it.
            ch.read(one, pos);
            if (one.get(0) == '\n') {
                pos--;
            }
            for (; pos >= 0; pos--) {
                one.clear();
                ch.read(one, pos);
                if (one.get(0) == '\n') {
                    return pos + 1;
                }
            }
            return 0;
        }
    }

    /** A complete last line without its newline would otherwise have the next line glued to it. */
    private void ensureEndsWithNewline() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            if (last.get(0) != '\n') {
                ch.write(ByteBuffer.wrap(new byte[] {'\n'}), ch.size());
                ch.force(true);
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The history journal " + file.getFileName() + " is closed");
        }
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    /** Closes the journal for good: an append after this is a programming error (work outlived its connection). */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        closeChannel();
    }
}
