package io.github.cbrsync.app;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.session.ScopeOptions;
import io.github.cbrsync.store.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens the scope of a connection for the window or the command line (its journal in the history folder, the
 * user's polling interval, which face of this workstation its syncs come from) and, when a scope closes,
 * remembers the send rate it learned so the connection's next start begins there. Toolkit-free: the command
 * line uses it as it is.
 */
public final class ScopeFactory {
    /** Below this many requests a connection has not learned anything worth remembering about the gateway. */
    private static final long REQUESTS_WORTH_REMEMBERING = 50;

    private final Path historyFolder;
    private final SettingsStore settings;
    private final PollTiming pollTiming;
    private final ReconcilePolicy reconcile;
    private final HistoryEntry.Origin origin;

    public ScopeFactory(Path historyFolder, SettingsStore settings, PollTiming pollTiming, ReconcilePolicy reconcile) {
        this(historyFolder, settings, pollTiming, reconcile, HistoryEntry.Origin.THIS_APP);
    }

    public ScopeFactory(Path historyFolder, SettingsStore settings, PollTiming pollTiming, ReconcilePolicy reconcile,
                        HistoryEntry.Origin origin) {
        this.historyFolder = historyFolder;
        this.settings = settings;
        this.pollTiming = pollTiming;
        this.reconcile = reconcile;
        this.origin = origin;
    }

    /** Builds the scope (opens the client, starts its threads): off the FX thread. */
    public ConnectionScope open(Connection connection) {
        ConnectionScope scope = new ConnectionScope(connection, new ScopeOptions(historyFolder,
                connection.id().value(), pollTiming, reconcile, origin, Clock.systemUTC()));
        // A bulk sync is where the gateway's limit is found: remember it as soon as one ends, not only at exit.
        scope.addJobEndListener(summary -> rememberLearnedRate(scope));
        return scope;
    }

    public void rememberLearnedRate(ConnectionScope scope) {
        var budget = scope.api().budget();
        if (budget.sent() >= REQUESTS_WORTH_REMEMBERING) {
            settings.update(s -> s.withLearnedRate(scope.connection().id().value(), budget.learnedRate()));
        }
    }

    public static ScopeFactory forWindow(Path historyFolder, SettingsStore settings) {
        return new ScopeFactory(historyFolder, settings,
                PollTiming.startingAt(Duration.ofSeconds(settings.current().pollSeconds())), ReconcilePolicy.DEFAULT);
    }

    /** The command line's: its rows say "This workstation (command line)" in the window's history. */
    public static ScopeFactory forCommandLine(Path historyFolder, SettingsStore settings, PollTiming pollTiming) {
        return new ScopeFactory(historyFolder, settings, pollTiming, ReconcilePolicy.DEFAULT,
                HistoryEntry.Origin.COMMAND_LINE);
    }

    public static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
