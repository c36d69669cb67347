package io.github.cbrsync.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every file and folder the app writes is readable by its owner only (journals hold vault names and request
 * IDs, logs hold the account's IDs). On POSIX file systems the permissions are given when the file or folder
 * is created, so there is no moment at which another user could open it; on Windows the per-user folders the
 * app uses already keep other users out, and nothing is done.
 */
public final class OwnerOnlyFiles {
    private static final System.Logger LOG = System.getLogger(OwnerOnlyFiles.class.getName());
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFiles() {
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder and any missing parents, each owner-only; an existing folder is left as it is. */
    public static Path createDirectories(Path folder) throws IOException {
        if (posix(folder)) {
            return Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        }
        return Files.createDirectories(folder);
    }

    /** Opens a file channel; a file it creates is owner-only from the first moment. */
    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> set = Set.of(options);
        return FileChannel.open(file, set, fileAttributes(file));
    }

    /** An output stream on a file that, if this creates it, is owner-only from the first moment. */
    public static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
        return Channels.newOutputStream(open(file, options));
    }

    /** Writes a new file (it must not exist) owner-only with the bytes of {@code content}. */
    static void copyToNewFile(InputStream content, Path target) throws IOException {
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.transferTo(out);
        }
    }

    private static FileAttribute<?>[] fileAttributes(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /**
     * Takes group and other permissions away from a folder the app owns and everything in it (files an older
     * version created readable to all). Symbolic links are neither followed nor changed. Never fails: a file
     * that cannot be changed is logged and left.
     */
    public static void tighten(Path folder) {
        if (!posix(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    takeAwayFromOthers(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isSymbolicLink()) {
                        takeAwayFromOthers(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.log(Level.WARNING, "cannot check the permissions of {0}: {1}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot check the permissions under {0}: {1}", folder, e.toString());
        }
    }

    private static void takeAwayFromOthers(Path path) {
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> kept = EnumSet.copyOf(now);
            kept.removeAll(OTHERS);
            if (!kept.equals(now)) {
                Files.setPosixFilePermissions(path, kept);
                LOG.log(Level.INFO, "made {0} owner-only", path);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "cannot make {0} owner-only: {1}", path, e.toString());
        }
    }
}
