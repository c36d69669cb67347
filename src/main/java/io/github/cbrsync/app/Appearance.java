package io.github.cbrsync.app;

import io.github.cbrsync.store.UiChoices;
import io.github.cbrsync.ui.common.Themes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Turns the theme chosen in Preferences into light or dark, asking the desktop (off the FX thread) for "system". */
final class Appearance {
    private Appearance() {
    }

    /** Light or dark for a choice; may run a short process, so not on the FX thread. */
    static boolean dark(UiChoices.Theme choice) {
        return switch (choice) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> SystemTheme.prefersDark();
        };
    }

    /** Applies a choice to the running app: resolved on {@code worker}, put on screen on the FX thread. */
    static void apply(UiChoices.Theme choice, Executor worker) {
        CompletableFuture.supplyAsync(() -> dark(choice), worker)
                .thenAccept(isDark -> Platform.runLater(() -> Themes.apply(isDark)));
    }
}
