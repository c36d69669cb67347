package io.github.cbrsync.app;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.store.RotatingLogFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Logging to a size-capped, rotating file in the app's log folder (5 files of 2 MB, owner-only: see
 * {@link RotatingLogFile}), secrets redacted, and a memory of the last problems for "Copy diagnostics". Console
 * output stays as the JDK sets it up.
 */
public final class AppLogging {
    private static final int FILE_LIMIT = 2 * 1024 * 1024;
    private static final int FILE_COUNT = 5;
    private static final int RECENT = 20;

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final RedactingFormatter formatter = new RedactingFormatter(() -> secrets);
    private final ArrayDeque<String> recentProblems = new ArrayDeque<>();
    private final Path folder;

    private AppLogging(Path folder) {
        this.folder = folder;
    }

    /** Installs the file handler on the root logger; if the folder cannot be written, logs go to the console only. */
    public static AppLogging install(Path folder) {
        return install(folder, "cbr-sync-desk", true);
    }

    /**
     * The same for another program of the app (the command line writes {@code cbr-sync-%g.log} beside the
     * window's files, so neither waits for the other's file lock); {@code console} false leaves the console
     * handler out, so log lines never mix with a command's output.
     */
    public static AppLogging install(Path folder, String fileBase, boolean console) {
        AppLogging logging = new AppLogging(folder);
        Logger root = LogManager.getLogManager().getLogger("");
        try {
            RotatingLogFile file = new RotatingLogFile(folder, fileBase, FILE_LIMIT, FILE_COUNT);
            file.setFormatter(logging.formatter);
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException e) {
            root.log(Level.WARNING, "cannot write logs to " + folder + ": " + e.getMessage());
        }
        for (Handler h : root.getHandlers()) {
            if (!console && h instanceof ConsoleHandler) {
                root.removeHandler(h);
            } else if (h.getFormatter() != logging.formatter) {
                h.setFormatter(logging.formatter);
            }
        }
        root.addHandler(logging.new RecentProblems());
        return logging;
    }

    public Path folder() {
        return folder;
    }

    /** Values never to be written out (the connection's SK, tokens, passwords). */
    public void addSecrets(Collection<String> values) {
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(secrets::add);
    }

    /** The secrets of a connection's credentials, never to be written out (its SK, token or password). */
    public void addSecretsOf(ClientSettings settings) {
        if (settings.credentials() instanceof Credentials.AkSk ak) {
            addSecrets(List.of(ak.secretKey()));
            ak.securityToken().ifPresent(t -> addSecrets(List.of(t)));
        }
        if (settings.credentials() instanceof Credentials.IamPassword p) {
            addSecrets(List.of(p.password()));
        }
        settings.network().proxyPassword().ifPresent(p -> addSecrets(List.of(p)));
    }

    public String redact(String text) {
        return formatter.redact(text);
    }

    public synchronized List<String> recentProblems() {
        return List.copyOf(recentProblems);
    }

    /** Keeps the last warnings and errors, already redacted. */
    private final class RecentProblems extends Handler {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() < Level.WARNING.intValue()) {
                return;
            }
            String line = formatter.redact(formatter.format(record)).strip();
            synchronized (AppLogging.this) {
                if (recentProblems.size() == RECENT) {
                    recentProblems.removeFirst();
                }
                recentProblems.addLast(line.lines().findFirst().orElse(line));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
