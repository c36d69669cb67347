package io.github.cbrsync.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a small file so that a reader sees the old content or the new, never half of either. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Temp file beside the target, forced to disk, then moved over it; owner-only where POSIX allows. */
    public static void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(content));
            out.force(true);
        }
        ownerOnly(tmp);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Copies a file that could not be read to {@code <name>.corrupt-<millis>} beside it, untouched, so nothing
     * the user had is lost when the app starts over with defaults. Returns the copy.
     */
    public static Path keepAside(Path damaged) throws IOException {
        Path aside = damaged.resolveSibling(damaged.getFileName() + ".corrupt-" + java.time.Instant.now().toEpochMilli());
        Files.copy(damaged, aside, StandardCopyOption.REPLACE_EXISTING);
        return aside;
    }

    static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
