package io.github.cbrsync.cli;

import io.github.cbrsync.store.AppSettings;

/** The auto_trigger sent with each sync: on, off, or each vault's switch as the window remembers it. */
enum AutoTrigger {
    ON, OFF, REMEMBERED;

    boolean valueFor(String vaultId, AppSettings settings) {
        return switch (this) {
            case ON -> true;
            case OFF -> false;
            case REMEMBERED -> settings.autoTrigger().getOrDefault(vaultId, false);
        };
    }
}
