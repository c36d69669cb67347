package io.github.cbrsync.app;

import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.service.PollTiming;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.AppPaths;
import io.github.cbrsync.store.SettingsStore;
import io.github.cbrsync.ui.common.FxTaskRunner;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.ui.main.AppActions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The window's menu actions for one connection: catch-up, diagnostics, logs, switching, preferences. */
public final class WindowActions implements AppActions {
    /** How far back "catch up with the server" looks for syncs started elsewhere. */
    static final Duration CATCH_UP_WINDOW = Duration.ofDays(30);

    private final ConnectionScope scope;
    private final AppPaths paths;
    private final SettingsStore settings;
    private final Optional<AppLogging> logging;
    private final Consumer<Path> folderOpener;
    private final ConnectionSwitcher switcher;

    public WindowActions(ConnectionScope scope, AppPaths paths, SettingsStore settings, Optional<AppLogging> logging,
                         Consumer<Path> folderOpener, ConnectionSwitcher switcher) {
        this.scope = scope;
        this.paths = paths;
        this.settings = settings;
        this.logging = logging;
        this.folderOpener = folderOpener;
        this.switcher = switcher;
    }

    @Override
    public void catchUp(Set<String> vaultIds, Consumer<String> done, Consumer<Throwable> failed) {
        new FxTaskRunner(scope.io()).run("catch up", () -> scope.catchUp().run(vaultIds, CATCH_UP_WINDOW),
                r -> done.accept(Messages.format("history.catchUp.done", r.added(), r.updated(), r.followed())),
                failed);
    }

    @Override
    public String diagnostics() {
        return Diagnostics.text(scope.connection(), paths, logging.map(AppLogging::recentProblems).orElse(List.of()),
                text -> logging.map(l -> l.redact(text)).orElse(text));
    }

    @Override
    public void openLogFolder() {
        folderOpener.accept(paths.logs());
    }

    @Override
    public List<ConnectionChoice> connections() {
        return switcher.connections();
    }

    @Override
    public ConnectionId currentConnection() {
        return scope.connection().id();
    }

    @Override
    public void switchTo(ConnectionId id) {
        switcher.switchTo(id);
    }

    @Override
    public void manageConnections() {
        switcher.manage();
    }

    @Override
    public Tuning tuning() {
        var s = settings.current();
        return new Tuning(s.pollSeconds(), s.requestsPerSecond(), s.rateCeiling(), s.retentionRows(),
                s.retentionDays(), s.ui());
    }

    @Override
    public void applyTuning(Tuning t) {
        boolean newTheme = t.ui().theme() != settings.current().ui().theme();
        settings.update(s -> s.withTuning(t.pollSeconds(), t.requestsPerSecond(), t.rateCeiling(), t.retentionRows(),
                t.retentionDays()).withUi(t.ui()));
        if (newTheme) {
            Appearance.apply(t.ui().theme(), scope.io());
        }
        scope.client().replan(new RatePlan(t.requestsPerSecond(), t.rateCeiling(), false));
        scope.follower().setTiming(PollTiming.startingAt(Duration.ofSeconds(t.pollSeconds())));
    }
}
