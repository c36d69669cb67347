package io.github.cbrsync.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the owner-only tests look at: every file and folder under a root with its POSIX permissions. */
public final class Permissions {
    private Permissions() {
    }

    /**
     * "path rwx------" for every folder and file under {@code root}, the root included. A file gone between the
     * walk and the look at it (a save's temporary file, moved into place meanwhile) is left out: it has no
     * permissions left to check.
     */
    public static List<String> listing(Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                try {
                    lines.add(root.relativize(p) + (Files.isDirectory(p) ? "/ " : " ") + PosixFilePermissions
                            .toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)));
                } catch (NoSuchFileException gone) {
                    // moved or deleted since the walk listed it
                }
            }
        }
        return lines;
    }

    /** The entries of {@link #listing} that someone other than the owner can read, write or enter. */
    public static List<String> notOwnerOnly(Path root) throws IOException {
        return listing(root).stream().filter(l -> !l.endsWith("------")).toList();
    }
}
