package io.github.cbrsync.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Product name and version (filled in by the build), used in the User-Agent and the About text. */
public final class ProductInfo {
    public static final String NAME = "CBR Sync Desk";
    private static final String VERSION = loadVersion();

    private ProductInfo() {
    }

    public static String version() {
        return VERSION;
    }

    public static String userAgent() {
        return "CBR-Sync-Desk/" + VERSION + " (Java " + System.getProperty("java.version") + "; "
                + System.getProperty("os.name") + ")";
    }

    private static String loadVersion() {
        try (InputStream in = ProductInfo.class.getResourceAsStream("/io/github/cbrsync/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
