package io.github.cbrsync.cli;

import io.github.cbrsync.app.ConnectionCatalog;
import io.github.cbrsync.app.CredentialOrigin;
import io.github.cbrsync.domain.ConnectionChoice;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cbr-sync connections}: the connections the window knows, which one a command uses without
 * {@code --connection}, and where each one's credentials come from (never the credentials themselves).
 */
@Command(name = "connections", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ConnectionsCommand implements Callable<Integer> {
    @ParentCommand
    CbrSyncCommand root;

    /** A connection as listed. */
    record Item(ConnectionChoice choice, Optional<ConnectionProfile> profile, boolean isDefault,
                CredentialOrigin credentials) {
    }

    @Override
    public Integer call() {
        CliOutput output = root.output();
        try (Workspace workspace = Workspace.open(root, output)) {
            ConnectionCatalog catalog = workspace.catalog();
            ConnectionId current = workspace.chosen();
            List<Item> items = catalog.choices().stream().map(c -> new Item(c, catalog.profile(c.id()),
                    c.id().equals(current), CredentialOrigin.of(catalog, c.id()))).toList();
            output.report(Report.of("connections", Optional.empty(), columns(), items), ExitCode.OK);
            return ExitCode.OK.code();
        }
    }

    private static List<Column<Item>> columns() {
        return List.of(
                Column.of("id", i -> i.choice().id().value()),
                Column.of("name", i -> i.choice().label()),
                Column.of("default", Item::isDefault),
                Column.of("source", i -> source(i)),
                Column.of("region", i -> i.profile().map(ConnectionProfile::region).orElse(null)),
                Column.dataOnly("project_id", i -> i.profile().map(ConnectionProfile::projectId).orElse(null)),
                Column.dataOnly("auth", i -> i.profile().map(p -> p.auth().name().toLowerCase(Locale.ROOT))),
                Column.of("credentials", i -> new Label(i.credentials().name().toLowerCase(Locale.ROOT),
                        Messages.get("cli.credentials." + i.credentials().name()))));
    }

    private static Label source(Item item) {
        String source = item.profile().map(p -> p.source().name()).orElse("DEMO");
        return new Label(source.toLowerCase(Locale.ROOT), Messages.get("connections.source." + source));
    }
}
