package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The locks that let the window and the command line have one journal open at once. Each journal has a lock
 * file beside it ({@code <journal>.lock}). A process that appends to the journal holds a shared lock on it for as
 * long as its append channel is open; rewriting the journal (compaction, repairs) replaces the file, which would
 * leave another process appending to a file nobody reads, so it needs the exclusive lock, taken with
 * {@code tryLock} and given up (the rewrite skipped) when anyone else holds the journal.
 * <p>
 * File locks belong to the whole JVM, and on POSIX closing any channel of the lock file drops all of them: so
 * this registry keeps one channel per lock file and counts the holders inside this JVM (two connection scopes on
 * one journal in a test, or a window and a background scope).
 */
final class JournalLocks {
    private static final Map<Path, Held> HELD = new HashMap<>();

    /** A lock file held in this JVM: by {@code sharers} appenders, or exclusively by one rewrite. */
    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int sharers;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    /** What the caller releases when it is done. */
    interface Hold extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    private JournalLocks() {
    }

    static Path lockFileOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".lock").toAbsolutePath().normalize();
    }

    /**
     * Takes a shared hold on the journal, waiting for a rewrite in progress (in this JVM or another process) to
     * finish. Appends are safe under it: every process appends with O_APPEND, one write per batch.
     */
    static Hold shared(Path journal) throws IOException {
        Path lockFile = lockFileOf(journal);
        synchronized (HELD) {
            while (HELD.containsKey(lockFile) && HELD.get(lockFile).sharers == 0) {
                awaitRelease();
            }
            Held held = HELD.get(lockFile);
            if (held == null) {
                FileChannel channel = open(lockFile);
                try {
                    held = new Held(channel, channel.lock(0, Long.MAX_VALUE, true));
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                HELD.put(lockFile, held);
            }
            held.sharers++;
        }
        return () -> releaseShared(lockFile);
    }

    /**
     * The exclusive hold for a rewrite, or empty when anyone else (another process, or another journal object in
     * this JVM) has the journal open: then the rewrite is skipped, never waited for.
     */
    static Optional<Hold> tryExclusive(Path journal) throws IOException {
        Path lockFile = lockFileOf(journal);
        synchronized (HELD) {
            if (HELD.containsKey(lockFile)) {
                return Optional.empty();
            }
            FileChannel channel = open(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, false);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            HELD.put(lockFile, new Held(channel, lock));
        }
        return Optional.of(() -> releaseExclusive(lockFile));
    }

    private static void releaseShared(Path lockFile) throws IOException {
        synchronized (HELD) {
            Held held = HELD.get(lockFile);
            if (held == null || held.sharers == 0) {
                return;
            }
            if (--held.sharers == 0) {
                HELD.remove(lockFile);
                closeQuietly(held);
                HELD.notifyAll();
            }
        }
    }

    private static void releaseExclusive(Path lockFile) throws IOException {
        synchronized (HELD) {
            Held held = HELD.remove(lockFile);
            if (held != null) {
                closeQuietly(held);
            }
            HELD.notifyAll();
        }
    }

    private static void closeQuietly(Held held) throws IOException {
        try {
            held.lock.release();
        } finally {
            held.channel.close();
        }
    }

    private static FileChannel open(Path lockFile) throws IOException {
        OwnerOnlyFiles.createDirectories(lockFile.getParent());
        // Shared locks need a readable channel, exclusive ones a writable one.
        return OwnerOnlyFiles.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    private static void awaitRelease() throws IOException {
        try {
            HELD.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException(Messages.get("journal.interrupted"));
        }
    }
}
