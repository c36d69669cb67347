package io.github.cbrsync.ui.main;

import java.util.function.Consumer;

/** What the window asks of the application around it; implemented by the composition root. */
public interface AppActions {

    /** Merges the server's recent sync tasks into the history, in the background; {@code done} gets a summary. */
    void catchUp(Consumer<String> done, Consumer<Throwable> failed);

    /** Version, OS, Java, connection without secrets, recent problems. */
    String diagnostics();

    void openLogFolder();

    Tuning tuning();

    void applyTuning(Tuning tuning);

    /** Names of every connection that can be chosen, and the current one. */
    java.util.List<String> connectionNames();

    String currentConnection();

    /** Opens another connection in this window (asks for missing secrets; the old one is closed). */
    void switchTo(String name);

    /** Connection > Manage connections. */
    void manageConnections();

    /** The settings the Preferences dialog edits. */
    record Tuning(int pollSeconds, double requestsPerSecond, int retentionRows, int retentionDays) {
    }
}
