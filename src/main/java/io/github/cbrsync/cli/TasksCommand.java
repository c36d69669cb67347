package io.github.cbrsync.cli;

import io.github.cbrsync.api.CbrApiException;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.domain.Vault;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.service.VaultDirectory;
import io.github.cbrsync.session.ConnectionScope;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cbr-sync tasks}: the task history of the connection, brought up to date with the server first as the
 * window's catch-up does it (tasks started elsewhere are added and marked so), newest first.
 */
@Command(name = "tasks", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false)
final class TasksCommand implements Callable<Integer> {
    @ParentCommand
    CbrSyncCommand root;

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "30d", converter = DurationConverter.class,
            descriptionKey = "cli.option.since")
    Duration since;

    @Option(names = "--vault", paramLabel = "ID", split = ",", descriptionKey = "cli.option.tasksVault")
    List<String> vaults;

    @Option(names = "--status", paramLabel = "STATUS", split = ",", descriptionKey = "cli.option.status")
    List<HistoryStatus> statuses;

    @Override
    public Integer call() {
        CliOutput output = root.output();
        try (Workspace workspace = Workspace.open(root, output)) {
            ConnectionScope scope = workspace.openScope();
            boolean tokenLogin = !(scope.connection().settings().credentials() instanceof Credentials.AkSk);
            try {
                scope.restore(workspace.settings().current().retention()).warnings().forEach(output::note);
                List<Vault> hybrid = new VaultDirectory(scope.api()).hybridVaults();
                scope.catchUp().run(hybrid.stream().map(Vault::id).collect(Collectors.toSet()), since);
            } catch (CbrApiException e) {
                throw Failures.of(e, tokenLogin);
            } catch (IOException e) {
                throw new CliFailure(ExitCode.CONFIGURATION, Messages.format("cli.error.history", e.getMessage()),
                        e.toString());
            }
            Instant from = Instant.now().minus(since);
            List<HistoryEntry> rows = new ArrayList<>(scope.history().matching(r -> !r.requestedAt().isBefore(from)
                    && (vaults == null || vaults.stream().anyMatch(v -> v.equalsIgnoreCase(r.vaultId())
                            || v.equalsIgnoreCase(r.vaultName())))
                    && (statuses == null || statuses.contains(r.status()))));
            rows.sort(Comparator.comparing(HistoryEntry::requestedAt).reversed());
            output.report(Report.of("tasks", Optional.of(scope.connection()), columns(), rows), ExitCode.OK);
            return ExitCode.OK.code();
        }
    }

    private static List<Column<HistoryEntry>> columns() {
        List<Column<HistoryEntry>> columns = new ArrayList<>(List.of(
                Column.of("requested_at", HistoryEntry::requestedAt),
                Column.dataOnly("vault_id", HistoryEntry::vaultId),
                Column.of("vault_name", HistoryEntry::vaultName),
                Column.of("status", r -> TaskColumns.status(r.status())),
                Column.of("origin", r -> TaskColumns.origin(r.origin())),
                Column.dataOnly("auto_trigger", HistoryEntry::autoTrigger)));
        // requested_at leads here; the shared list's copy of it would only repeat it.
        TaskColumns.of((HistoryEntry r) -> Optional.of(r)).stream()
                .filter(c -> !c.key().equals("requested_at")).forEach(columns::add);
        return columns;
    }
}
