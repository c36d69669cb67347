package io.github.cbrsync.ui.main;

import java.util.function.Consumer;

/** What the window asks of the application around it; implemented by the composition root. */
public interface AppActions {

    /**
     * Merges the server's recent sync tasks of the listed vaults into the history, in the background;
     * {@code done} gets a summary.
     */
    void catchUp(java.util.Set<String> vaultIds, Consumer<String> done, Consumer<Throwable> failed);

    /** Version, OS, Java, connection without secrets, recent problems. */
    String diagnostics();

    void openLogFolder();

    Tuning tuning();

    void applyTuning(Tuning tuning);

    /** Every connection that can be chosen, and the current one. */
    java.util.List<io.github.cbrsync.domain.ConnectionChoice> connections();

    io.github.cbrsync.domain.ConnectionId currentConnection();

    /** Opens another connection in this window (asks for missing secrets; the old one is closed). */
    void switchTo(io.github.cbrsync.domain.ConnectionId id);

    /** Connection > Manage connections. */
    void manageConnections();

    /**
     * The settings the Preferences dialog edits. {@code requestsPerSecond} is where the adaptive send rate
     * starts when nothing was learned for a connection, {@code rateCeiling} what it never exceeds; {@code ui} the
     * theme (applied at once), the language (at the next start) and the "not synced" days.
     */
    record Tuning(int pollSeconds, double requestsPerSecond, double rateCeiling, int retentionRows,
                  int retentionDays, io.github.cbrsync.store.UiChoices ui) {
    }
}
