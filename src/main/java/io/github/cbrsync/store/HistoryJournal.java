package io.github.cbrsync.store;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.service.HistorySink;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The task history of one connection as an append-only JSON-lines file: every new row and every change is
 * one line, forced to disk before {@link #append} returns. Loading folds the lines (the last line of a row
 * wins). A torn last line (a crash mid-write) is cut off with a warning; a file with damage anywhere else is
 * copied aside untouched and rewritten from what could be read.
 * <p>
 * The window and the command line may have the same journal open at once ({@link JournalLocks}): appends hold a
 * shared lock and stay safe side by side; anything that rewrites or cuts the file (repairs, compaction) happens
 * only when no other process has the journal open, and is otherwise left for a later start.
 */
public final class HistoryJournal implements HistorySink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HistoryJournal.class.getName());

    private final Path file;
    private FileChannel channel;
    private JournalLocks.Hold appendHold;
    /** The file ended mid-line when it was read and could not be repaired: the next append starts a new line. */
    private boolean startWithNewline;
    private boolean closed;
    /**
     * The file as this journal last left it (loaded or rewritten alone, then its own appends), or null when another
     * process may have written since: {@link #readWrittenElsewhere()} reads the file only when it differs.
     */
    private volatile FileMark leftAs;

    /**
     * What loading found: the rows, in creation order, anything the user should be told, and whether another
     * process had the journal open (its rows may be in flight: they are its to settle).
     */
    public record Loaded(List<HistoryEntry> entries, List<String> warnings, long lines, boolean openElsewhere) {
        public Loaded(List<HistoryEntry> entries, List<String> warnings, long lines) {
            this(entries, warnings, lines, false);
        }
    }

    public HistoryJournal(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Reads and folds the journal, repairing a torn tail. Call before the first append. */
    public synchronized Loaded load() throws IOException {
        return loadAndTidy(null, null);
    }

    /**
     * Reads the journal as it is on disk now, changing nothing and taking no lock: rows another process (the
     * command line beside the window) added since this one loaded it, or a look at the history without opening it.
     */
    @Override
    public List<HistoryEntry> readAll() throws IOException {
        return JournalReading.of(file).rows();
    }

    @Override
    public List<HistoryEntry> readWrittenElsewhere() throws IOException {
        FileMark before = FileMark.of(file);
        if (before.equals(leftAs)) {
            return List.of();
        }
        List<HistoryEntry> rows = readAll();
        // Written after the look above (by anyone): differs from it, and is read at the next call.
        leftAs = before;
        return rows;
    }

    /**
     * Loads the journal and applies the retention: rows it drops are gone from the file too. The file is
     * rewritten only when retention drops rows or when change lines outnumber the rows (start-up stays fast),
     * and only when no other process has the journal open (then the retention applies to what is returned).
     */
    public synchronized Loaded loadKeeping(Retention retention, Instant now) throws IOException {
        return loadAndTidy(retention, now);
    }

    private Loaded loadAndTidy(Retention retention, Instant now) throws IOException {
        requireOpen();
        OwnerOnlyFiles.createDirectories(file.getParent());
        // Our own append channel must not count as "another process has it open".
        closeChannel();
        Optional<JournalLocks.Hold> alone = JournalLocks.tryExclusive(file);
        try {
            JournalReading read = JournalReading.of(file);
            List<String> warnings = new ArrayList<>();
            List<HistoryEntry> rows = read.rows();
            if (alone.isPresent()) {
                repair(read, warnings);
                if (retention != null) {
                    List<HistoryEntry> keep = retention.kept(rows, now);
                    if (keep.size() < rows.size() || read.lines() > 2L * rows.size() + 1000) {
                        rewrite(keep);
                    }
                    rows = keep;
                }
            } else {
                // A torn last line is most likely the other process's write in progress: not a problem to report.
                if (read.damagedInside()) {
                    warnings.add(Messages.get("journal.damagedShared"));
                }
                startWithNewline = !read.endsWithNewline();
                rows = retention == null ? rows : retention.kept(rows, now);
            }
            warnings.forEach(w -> LOG.log(Level.WARNING, "{0}: {1}", file, w));
            // Alone, nobody else wrote while it was read and tidied; shared, the other process may be writing.
            leftAs = alone.isPresent() ? FileMark.of(file) : null;
            return new Loaded(new ArrayList<>(rows), warnings, read.lines(), alone.isEmpty());
        } finally {
            if (alone.isPresent()) {
                alone.get().close();
            }
        }
    }

    /** With the journal to ourselves: damage kept aside and rewritten, a torn tail cut, a last newline added. */
    private void repair(JournalReading read, List<String> warnings) throws IOException {
        if (read.damagedInside()) {
            Path aside = AtomicFiles.keepAside(file);
            warnings.add(Messages.format("journal.damaged", aside.getFileName()));
            rewrite(read.rows());
            return;
        }
        if (read.tornTail()) {
            warnings.add(Messages.get("journal.incomplete"));
            LOG.log(Level.INFO, "torn journal tail at {0}", read.tornDetail());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(read.goodBytes());
                ch.force(true);
            }
        }
        ensureEndsWithNewline();
    }

    @Override
    public synchronized void appendAll(List<HistoryEntry> entries) throws IOException {
        requireOpen();
        if (entries.isEmpty()) {
            return;
        }
        if (channel == null) {
            OwnerOnlyFiles.createDirectories(file.getParent());
            // The shared hold first: a rewrite by another process finishes before this opens the file it left.
            appendHold = JournalLocks.shared(file);
            channel = OwnerOnlyFiles.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        StringBuilder lines = new StringBuilder(entries.size() * 240 + 1);
        if (startWithNewline) {
            // A blank line is skipped when the journal is read; a line glued to a torn one would be lost.
            lines.append('\n');
            startWithNewline = false;
        }
        entries.forEach(e -> lines.append(HistoryCodec.toLine(e)).append('\n'));
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
        noteOwnAppend(bytes.limit());
    }

    /** The file grew by exactly what this journal appended: still as it left it. Anything else: read it next time. */
    private void noteOwnAppend(long written) {
        if (leftAs == null) {
            return;
        }
        try {
            FileMark now = FileMark.of(file);
            leftAs = leftAs.grewOnlyBy(written, now) ? now : null;
        } catch (IOException e) {
            leftAs = null;
        }
    }

    /**
     * Keeps the newest {@code maxRows} rows younger than {@code maxAge}, one line each, written atomically
     * (temp file, then move). Returns how many rows were dropped: none when another process has the journal open
     * (the rewrite waits for a start that has it alone).
     */
    public synchronized int compact(List<HistoryEntry> current, Retention retention, Instant now) throws IOException {
        requireOpen();
        closeChannel();
        Optional<JournalLocks.Hold> alone = JournalLocks.tryExclusive(file);
        if (alone.isEmpty()) {
            LOG.log(Level.INFO, "{0} is open in another process: compaction left for later", file.getFileName());
            return 0;
        }
        try {
            List<HistoryEntry> kept = retention.kept(current, now);
            rewrite(kept);
            leftAs = FileMark.of(file);
            return current.size() - kept.size();
        } finally {
            alone.get().close();
        }
    }

    /** Only with the exclusive hold (see {@link JournalLocks}). */
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
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        } finally {
            if (appendHold != null) {
                appendHold.close();
                appendHold = null;
            }
        }
    }

    /** Closes the journal for good: an append after this is a programming error (work outlived its connection). */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        closeChannel();
    }
}
