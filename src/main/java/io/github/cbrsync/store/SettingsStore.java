package io.github.cbrsync.store;

import io.github.cbrsync.i18n.Messages;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * settings.json: read once at start, changed in memory, saved atomically a short while after the last
 * change (a window drag changes the bounds many times a second). A damaged file means defaults, a copy of
 * the damaged file kept beside it, and a notice for the user: never a failed start.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    /** The file's name in the configuration folder. */
    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ScheduledExecutorService saver;
    private final Duration debounce;
    private AppSettings current = AppSettings.DEFAULTS;
    private Optional<String> notice = Optional.empty();
    private ScheduledFuture<?> pending;
    /** One write at a time: a flush on exit can meet a debounced save already running, and both use one tmp file. */
    private final Object writing = new Object();

    public SettingsStore(Path file, ScheduledExecutorService saver, Duration debounce) {
        this.file = file;
        this.saver = saver;
        this.debounce = debounce;
    }

    /** Reads the file (call off the FX thread). */
    public synchronized AppSettings load() {
        try {
            current = SettingsCodec.read(Files.readAllBytes(file));
        } catch (NoSuchFileException first) {
            current = AppSettings.DEFAULTS;
        } catch (IOException | RuntimeException damaged) {
            current = AppSettings.DEFAULTS;
            try {
                Path aside = AtomicFiles.keepAside(file);
                notice = Optional.of(Messages.format("settings.damagedKept", aside));
            } catch (IOException copyFailed) {
                notice = Optional.of(Messages.get("settings.damaged"));
            }
            LOG.log(Level.WARNING, "settings file {0} unreadable ({1}); using defaults", file, damaged.toString());
        }
        return current;
    }

    /** A message for the user about the last load, if something was wrong. */
    public synchronized Optional<String> notice() {
        return notice;
    }

    public synchronized AppSettings current() {
        return current;
    }

    /** Changes the settings now and saves them shortly. */
    public synchronized void update(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        if (pending != null) {
            pending.cancel(false);
        }
        pending = saver.schedule(this::saveQuietly, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Saves at once if a save is pending (on exit). */
    public void flush() {
        ScheduledFuture<?> p;
        synchronized (this) {
            p = pending;
            pending = null;
        }
        if (p != null) {
            p.cancel(false);
            saveQuietly();
        }
    }

    private void saveQuietly() {
        synchronized (writing) {
            AppSettings snapshot;
            synchronized (this) {
                snapshot = current;
            }
            try {
                AtomicFiles.write(file, SettingsCodec.write(snapshot));
            } catch (IOException e) {
                LOG.log(Level.ERROR, "could not save settings to " + file, e);
            }
        }
    }
}
