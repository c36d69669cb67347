package io.github.cbrsync.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file's identity (where the system has one), size and modification time at one moment, to tell later whether
 * anybody wrote to it since without reading it. A rewrite moves a new file into place (a new identity, on Windows
 * none: the time then tells); an append makes it longer.
 *
 * @param size the size in bytes, -1 for no file
 */
record FileMark(Object key, long size, FileTime modified) {
    static FileMark of(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileMark(a.fileKey(), a.size(), a.lastModifiedTime());
        } catch (NoSuchFileException absent) {
            return new FileMark(null, -1, null);
        }
    }

    /** Whether {@code now} is this file (or the file created where there was none) longer by {@code appended}. */
    boolean grewOnlyBy(long appended, FileMark now) {
        return now.size == Math.max(0, size) + appended && (key == null || key.equals(now.key));
    }
}
