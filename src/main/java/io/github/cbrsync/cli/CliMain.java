package io.github.cbrsync.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code cbr-sync} launcher. Never starts the JavaFX toolkit: it runs with no display, over
 * SSH, in cron and CI. Output to a terminal uses the console's encoding; output to a pipe or a file is UTF-8,
 * which is what scripts and spreadsheets read.
 */
public final class CliMain {
    private CliMain() {
    }

    public static void main(String[] args) {
        // Like the window: the operating system's proxy settings unless told otherwise (before any connection).
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int code = CbrSyncCli.run(CliContext.ofThisMachine(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
