package io.github.cbrsync.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a small file so that a reader sees the old content or the new, never half of either. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Temp file beside the target, forced to disk, then moved over it. The temp file is created owner-only
     * (a stale one from a crash is removed first, so its old permissions cannot carry over).
     */
    public static void write(Path target, byte[] content) throws IOException {
        OwnerOnlyFiles.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel out = OwnerOnlyFiles.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Copies a file that could not be read to {@code <name>.corrupt-<millis>} beside it, untouched, so nothing
     * the user had is lost when the app starts over with defaults. Returns the copy.
     */
    public static Path keepAside(Path damaged) throws IOException {
        Path aside = damaged.resolveSibling(damaged.getFileName() + ".corrupt-" + java.time.Instant.now().toEpochMilli());
        Files.deleteIfExists(aside);
        try (InputStream in = Files.newInputStream(damaged)) {
            OwnerOnlyFiles.copyToNewFile(in, aside);
        }
        return aside;
    }
}
