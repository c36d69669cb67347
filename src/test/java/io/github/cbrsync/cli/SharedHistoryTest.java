package io.github.cbrsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.i18n.Messages;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.ReconcilePolicy;
import io.github.cbrsync.session.Connection;
import io.github.cbrsync.session.ConnectionScope;
import io.github.cbrsync.session.ScopeOptions;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.Retention;
import io.github.cbrsync.ui.common.BackgroundRunner;
import io.github.cbrsync.ui.common.UiUpdateQueue;
import io.github.cbrsync.ui.history.HistoryViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window and the command line share one history: a sync the command line ran is read back by the window's
 * history model as "This workstation (command line)", and one it ran while the window had the journal open is
 * merged into the window's history by the catch-up instead of coming back as a task "started elsewhere".
 */
class SharedHistoryTest {
    @TempDir
    Path dir;

    private final List<Runnable> uiQueue = new ArrayList<>();

    private List<HistoryEntry> shown(HistoryViewModel model) {
        List<Runnable> batch = new ArrayList<>(uiQueue);
        uiQueue.clear();
        batch.forEach(Runnable::run);
        return List.copyOf(model.visibleRows());
    }

    private ConnectionScope windowScope(CliHarness cli, String journal, ClientSettings settings) {
        Connection connection = new Connection(new ConnectionId(journal), journal, "cn-north-4", settings,
                Optional.empty());
        return new ConnectionScope(connection, new ScopeOptions(cli.paths().historyFolder(), journal, CliHarness.FAST,
                ReconcilePolicy.DEFAULT, HistoryEntry.Origin.THIS_APP, Clock.systemUTC()));
    }

    @Test
    void aRowWrittenByTheCommandLineIsReadBackByTheWindowsHistoryModel() throws Exception {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("--connection", "demo", "sync", "--vault", "finance-archive", "--wait").exitCode())
                .isZero();

        ClientSettings nowhere = ClientSettings.of(Endpoints.single(URI.create("http://127.0.0.1:9")), "p",
                new Credentials.AkSk("a", "b"));
        try (ConnectionScope window = windowScope(cli, "demo", nowhere)) {
            HistoryViewModel model = new HistoryViewModel(window.history(), new UiUpdateQueue(uiQueue::add),
                    BackgroundRunner.DIRECT);
            window.restore(Retention.DEFAULT);

            List<HistoryEntry> ours = shown(model).stream()
                    .filter(e -> e.origin() == HistoryEntry.Origin.COMMAND_LINE).toList();
            assertThat(ours).singleElement().satisfies(e -> {
                assertThat(e.vaultName()).isEqualTo("finance-archive");
                assertThat(e.operationLogId()).isPresent();
                assertThat(e.status().isFinal()).isTrue();
            });
            assertThat(Messages.get("history.origin." + ours.get(0).origin().name()))
                    .isEqualTo("This workstation (command line)");
        }
    }

    @Test
    void aSyncTheCommandLineRanWhileTheWindowWasOpenIsNotCalledElsewhere() throws Exception {
        try (CbrSimulator sim = CbrSimulator.start(SimulatorConfig.demoForChecks()
                .withTaskDuration(Duration.ofMillis(600)))) {
            CliHarness cli = new CliHarness(dir);
            cli.environment.put("HUAWEICLOUD_SDK_AK", sim.config().accessKey());
            cli.environment.put("HUAWEICLOUD_SDK_SK", sim.config().secretKey());
            cli.environment.put("HUAWEICLOUD_SDK_PROJECT_ID", sim.config().projectId());
            cli.environment.put("HUAWEICLOUD_SDK_REGION", sim.config().region());
            ClientSettings settings = ClientSettings.of(Endpoints.single(sim.baseUri()), sim.config().projectId(),
                    new Credentials.AkSk(sim.config().accessKey(), sim.config().secretKey()));
            Instant before = Instant.now().minusSeconds(1);

            try (ConnectionScope window = windowScope(cli, "env", settings)) {
                HistoryViewModel model = new HistoryViewModel(window.history(), new UiUpdateQueue(uiQueue::add),
                        BackgroundRunner.DIRECT);
                window.restore(Retention.DEFAULT);
                // The window syncs a vault of its own: it has the journal open for appending from here on.
                String mine = sim.hybridVaultIds().get(0);
                window.startBulk(List.of(new JobPlan.Item(mine, "", false))).finished().get(30, TimeUnit.SECONDS);

                CliHarness.Run run = cli.run("--connection", "env", "--endpoint", sim.baseUri().toString(), "sync",
                        "--match", "branch-*", "--wait", "-o", "json");
                assertThat(run.exitCode()).as(run.err()).isZero();
                Set<String> cliTasks = CliJson.items(CliJson.parse(run)).stream()
                        .map(i -> i.path("operation_log_id").asText()).collect(Collectors.toSet());
                assertThat(cliTasks).hasSize(4);

                window.catchUp().run(Set.copyOf(sim.hybridVaultIds()), Duration.ofDays(1));

                List<HistoryEntry> recent = shown(model).stream()
                        .filter(e -> !e.requestedAt().isBefore(before)).toList();
                assertThat(recent).filteredOn(e -> e.origin() == HistoryEntry.Origin.ELSEWHERE).isEmpty();
                assertThat(recent).filteredOn(e -> e.origin() == HistoryEntry.Origin.COMMAND_LINE)
                        .extracting(e -> e.operationLogId().orElseThrow())
                        .containsExactlyInAnyOrderElementsOf(cliTasks);
                assertThat(recent).filteredOn(e -> e.origin() == HistoryEntry.Origin.THIS_APP).hasSize(1);
                assertThat(recent).extracting(e -> e.operationLogId().orElseThrow()).doesNotHaveDuplicates();
            }
        }
    }
}
