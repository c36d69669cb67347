package io.github.cbrsync.ui.main;

import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.TaskFollower;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.history.HistoryViewModel;
import io.github.cbrsync.ui.vaults.VaultListViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import io.github.cbrsync.ui.common.LayoutMemory;
import java.util.function.Consumer;

/** The window's own state: title, connection line, counts and whether task polling is paused. */
public final class MainViewModel {
    private final ConnectionInfo connection;
    private final VaultListViewModel vaults;
    private final HistoryViewModel history;
    private final TaskFollower poller;
    private final ReadOnlyStringWrapper pollingNotice = new ReadOnlyStringWrapper(this, "pollingNotice", "");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private final StringBinding countsText;
    private final StringBinding staleText;
    private final AppActions actions;
    private final LayoutMemory layouts;
    private Consumer<String> noticeSink = n -> { };
    private java.util.function.BiConsumer<JobPlan, Consumer<Boolean>> resumeQuestion = (plan, answer) -> { };
    private boolean caughtUpOnce;

    public MainViewModel(ConnectionInfo connection, VaultListViewModel vaults, HistoryViewModel history,
                         TaskFollower poller, UiUpdateQueue uiQueue, AppActions actions, LayoutMemory layouts) {
        this.connection = connection;
        this.vaults = vaults;
        this.history = history;
        this.poller = poller;
        this.actions = actions;
        this.layouts = layouts;
        // The first successful load of the vaults is the moment to catch up with the server ("on connect").
        vaults.addOnLoaded(loaded -> {
            if (!caughtUpOnce) {
                caughtUpOnce = true;
                catchUp();
            }
        });
        poller.addPauseListener(reason -> uiQueue.post(() -> pollingNotice.set(reason
                .map(e -> Messages.format("status.pollingPaused", e.getMessage())).orElse(""))));
        countsText = Bindings.createStringBinding(() -> Messages.format("status.counts",
                vaults.vaultCountProperty().get(), history.activeCountProperty().get()),
                vaults.vaultCountProperty(), history.activeCountProperty());
        var lastSyncs = vaults.lastSyncs();
        staleText = Bindings.createStringBinding(() -> lastSyncs.staleCountProperty().get() == 0 ? ""
                        : Messages.format("status.stale", lastSyncs.staleCountProperty().get(),
                        lastSyncs.staleDaysProperty().get()),
                lastSyncs.staleCountProperty(), lastSyncs.staleDaysProperty());
    }

    public ConnectionInfo connection() {
        return connection;
    }

    public String title() {
        return Messages.format("app.title.withConnection", connection.name());
    }

    public String connectionText() {
        String text = Messages.format("connection.status", connection.name(), connection.region(),
                connection.projectId());
        if (!connection.source().isEmpty()) {
            text += " \u00b7 " + Messages.format("connection.source", connection.source());
        }
        return connection.encrypted() ? text : text + " \u00b7 " + Messages.get("connection.unencrypted");
    }

    public StringBinding countsText() {
        return countsText;
    }

    /** "3 not synced in 1 day" for the status bar; empty when every listed vault was synced lately. */
    public StringBinding staleText() {
        return staleText;
    }

    /** While another connection opens, what the window says over its content; empty when it is not busy. */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public void busy(String text) {
        busyText.set(text == null ? "" : text);
    }

    public ReadOnlyStringProperty pollingNoticeProperty() {
        return pollingNotice.getReadOnlyProperty();
    }

    public VaultListViewModel vaults() {
        return vaults;
    }

    public HistoryViewModel history() {
        return history;
    }

    public AppActions actions() {
        return actions;
    }

    public LayoutMemory layouts() {
        return layouts;
    }

    /** Where the question "resume an interrupted bulk sync?" is asked (the window shows a dialog). */
    public void setResumeQuestion(java.util.function.BiConsumer<JobPlan, Consumer<Boolean>> asker) {
        resumeQuestion = asker;
    }

    /** Asks whether to send the vaults an interrupted bulk sync never sent; never resumes by itself. */
    public void offerResume(JobPlan remaining, Consumer<Boolean> answer) {
        resumeQuestion.accept(remaining, answer);
    }

    /** How many tasks this connection still follows to their end (any thread). */
    public int followedTaskCount() {
        return poller.followingCount();
    }

    /** Where short messages for the user go (a notification in the window). */
    public void setNoticeSink(Consumer<String> sink) {
        noticeSink = sink;
    }

    public void notice(String message) {
        noticeSink.accept(message);
    }

    /** Merges the server's recent sync tasks into the history (History > Catch up, and once on connect). */
    public void catchUp() {
        actions.catchUp(vaults.vaultIds(), this::notice, error -> notice(Messages.format("join.colon",
                Messages.get("history.catchUp.failed"), error.getMessage())));
    }

    /** F5: reload the vaults, and resume task polling if an authentication failure had paused it. */
    public void refresh() {
        poller.resume();
        vaults.refresh();
    }
}
