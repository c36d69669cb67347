package io.github.cbrsync.ui.history;

import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.i18n.Messages;
import java.util.Optional;

/**
 * A choice of the history's vault filter: every vault, or one vault by name. A value, not a label: "All vaults"
 * in any language is the same choice, and a vault that happens to be named like the label is still a vault.
 */
public record VaultChoice(Optional<String> vaultName) {
    public static final VaultChoice ALL = new VaultChoice(Optional.empty());

    public static VaultChoice of(String vaultName) {
        return new VaultChoice(Optional.of(vaultName));
    }

    public boolean matches(HistoryEntry entry) {
        return vaultName.map(entry.vaultName()::equals).orElse(true);
    }

    @Override
    public String toString() {
        return vaultName.orElseGet(() -> Messages.get("history.filter.allVaults"));
    }
}
