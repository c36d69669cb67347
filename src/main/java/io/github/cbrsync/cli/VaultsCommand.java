package io.github.cbrsync.cli;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.i18n.Texts;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.store.AppSettings;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cbr-sync vaults}: the connection's hybrid vaults with status, usage, the remembered auto-trigger and the
 * last sync the shared history knows (read as it is on disk: listing changes nothing).
 */
@Command(name = "vaults", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false)
final class VaultsCommand implements Callable<Integer> {
    @ParentCommand
    CbrSyncCommand root;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    VaultFilter filter;

    /** A vault, its remembered auto-trigger and its last sync in the history. */
    record Item(Vault vault, boolean autoTrigger, Optional<HistoryEntry> lastSync) {
    }

    @Override
    public Integer call() {
        CliOutput output = root.output();
        try (Workspace workspace = Workspace.open(root, output)) {
            ConnectionScope scope = workspace.openScope();
            List<Vault> vaults;
            try {
                vaults = new VaultDirectory(scope.api()).hybridVaults();
            } catch (CbrApiException e) {
                throw Failures.of(e, !(scope.connection().settings().credentials() instanceof Credentials.AkSk));
            }
            List<Vault> shown = filter == null ? vaults : filter.apply(vaults);
            Map<String, HistoryEntry> last = lastSyncs(scope);
            AppSettings settings = workspace.settings().current();
            List<Item> items = shown.stream().map(v -> new Item(v, settings.autoTrigger().getOrDefault(v.id(), false),
                    Optional.ofNullable(last.get(v.id())))).toList();
            ExitCode code = filter != null && items.isEmpty() ? ExitCode.NOTHING_MATCHED : ExitCode.OK;
            if (code == ExitCode.NOTHING_MATCHED) {
                output.error(Messages.get("cli.error.nothingMatched"));
            }
            output.report(Report.of("vaults", Optional.of(scope.connection()), columns(), items), code);
            return code.code();
        }
    }

    private static Map<String, HistoryEntry> lastSyncs(ConnectionScope scope) {
        Map<String, HistoryEntry> last = new HashMap<>();
        try {
            for (HistoryEntry row : scope.storedHistory()) {
                last.merge(row.vaultId(), row, (a, b) -> Comparator.comparing(HistoryEntry::requestedAt)
                        .compare(a, b) >= 0 ? a : b);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION, Messages.format("cli.error.history", e.getMessage()),
                    e.toString());
        }
        return last;
    }

    private static List<Column<Item>> columns() {
        return List.of(
                Column.of("vault_id", i -> i.vault().id()),
                Column.of("name", i -> i.vault().name()),
                Column.of("status", i -> new Label(i.vault().status(), Texts.vaultStatus(i.vault().status()))),
                Column.dataOnly("protect_type", i -> i.vault().protectType()),
                Column.dataOnly("capacity_mb", i -> i.vault().usage().capacityMb()),
                Column.dataOnly("used_mb", i -> i.vault().usage().usedMb()),
                Column.of("used_percent", i -> i.vault().usage().usedFraction() * 100),
                Column.dataOnly("resources", i -> i.vault().resources().size()),
                Column.of("auto_trigger", Item::autoTrigger),
                Column.of("last_sync_status", i -> i.lastSync().map(r -> TaskColumns.status(r.status()))),
                Column.of("last_sync_at", i -> i.lastSync().map(HistoryEntry::requestedAt)),
                Column.dataOnly("last_sync_operation_log_id", i -> i.lastSync()
                        .flatMap(HistoryEntry::operationLogId)),
                Column.dataOnly("last_sync_origin", i -> i.lastSync().map(r -> TaskColumns.origin(r.origin()))));
    }
}
