package io.github.cbrsync.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * A size-capped set of rotating log files ({@code name-0.log} newest .. {@code name-(count-1).log}), like
 * java.util.logging's FileHandler, except that every file it creates is owner-only from the first moment:
 * FileHandler creates its files (and a new one at each rotation) with the process umask, readable to all on a
 * default Linux set-up. Like FileHandler it holds a lock file, so a second instance of the app writes its own
 * set ({@code name-1-0.log} ...) instead of interleaving with the first. Records are written as UTF-8.
 */
public final class RotatingLogFile extends StreamHandler {
    private static final int MAX_INSTANCES = 100;

    private final Path folder;
    private final String name;
    private final long limit;
    private final int count;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path lockFile;
    private CountingStream current;

    /** {@code limit}: bytes per file before the next record starts a new one; {@code count}: files kept. */
    public RotatingLogFile(Path folder, String baseName, long limit, int count) throws IOException {
        if (limit < 1 || count < 1) {
            throw new IllegalArgumentException("a log needs a positive size limit and file count");
        }
        this.folder = folder;
        this.limit = limit;
        this.count = count;
        OwnerOnlyFiles.createDirectories(folder);
        FileChannel channel = null;
        FileLock held = null;
        int instance = 0;
        for (; instance < MAX_INSTANCES && held == null; instance++) {
            channel = OwnerOnlyFiles.open(folder.resolve(nameFor(baseName, instance) + ".lck"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            held = tryLock(channel);
            if (held == null) {
                channel.close();
            }
        }
        if (held == null) {
            throw new IOException("every log file set in " + folder + " is in use"); // (logged, not shown)
        }
        this.name = nameFor(baseName, instance - 1);
        this.lockChannel = channel;
        this.lock = held;
        this.lockFile = folder.resolve(name + ".lck");
        setEncoding(StandardCharsets.UTF_8.name());
        openNewest(StandardOpenOption.APPEND);
    }

    /** The file records are written to now. */
    public Path currentFile() {
        return file(0);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        super.publish(record);
        flush();
        if (current != null && current.written >= limit) {
            rotate();
        }
    }

    @Override
    public synchronized void close() {
        super.close();
        try {
            lock.release();
            lockChannel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            reportError("cannot release the log lock", e, ErrorManager.CLOSE_FAILURE); // (logged, not shown)
        }
    }

    private void rotate() {
        Level level = getLevel();
        setLevel(Level.OFF);
        super.close();
        try {
            for (int g = count - 2; g >= 0; g--) {
                if (Files.exists(file(g))) {
                    Files.move(file(g), file(g + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            openNewest(StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            String problem = "cannot rotate the log files in " + folder; // (logged, not shown)
            reportError(problem, e, ErrorManager.OPEN_FAILURE);
        }
        setLevel(level);
    }

    private void openNewest(StandardOpenOption mode) throws IOException {
        Path newest = file(0);
        OutputStream out = OwnerOnlyFiles.newOutputStream(newest, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                mode);
        current = new CountingStream(out, Files.size(newest));
        setOutputStream(current);
    }

    private Path file(int generation) {
        return folder.resolve(name + "-" + generation + ".log");
    }

    private static String nameFor(String baseName, int instance) {
        return instance == 0 ? baseName : baseName + "-" + instance;
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException | IOException heldInThisJvm) {
            return null;
        }
    }

    /** Counts what is written, so rotation happens at the size limit without asking the file system. */
    private static final class CountingStream extends FilterOutputStream {
        private long written;

        CountingStream(OutputStream out, long alreadyWritten) {
            super(out);
            this.written = alreadyWritten;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }
    }
}
