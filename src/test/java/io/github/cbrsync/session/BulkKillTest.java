package io.github.cbrsync.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.api.ClientSettings;
import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import io.github.cbrsync.api.RatePlan;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.domain.HistoryStatus;
import io.github.cbrsync.service.JobPlan;
import io.github.cbrsync.service.VaultGate;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.Retention;
import io.github.cbrsync.testing.ChildJvm;
import io.github.cbrsync.testing.Waits;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk sync killed with SIGKILL mid-way (a child JVM), then the app started again on the same history: no row
 * stays "requesting", every task the server holds is in exactly one row of this workstation, each vault's gate
 * is free or held by a task that really runs, and the vaults never sent are offered, not sent.
 */
class BulkKillTest {
    private static final int VAULTS = 60;
    private static final int KILL_AFTER_SYNCS = 25;

    @TempDir
    Path dir;

    static ConnectionScope scope(Connection connection, Path folder, String journal) {
        return new ConnectionScope(connection, new ScopeOptions(folder, journal, BulkSyncChild.timing(),
                BulkSyncChild.policy(), BulkSyncChild.origin(), BulkSyncChild.clock()));
    }

    @Test
    void aBulkSyncKilledMidWayLeavesNothingInDoubtAfterARestart() throws Exception {
        try (CbrSimulator sim = CbrSimulator.start(SimulatorConfig.demo().withTaskDuration(Duration.ofSeconds(60))
                .withTaskFailureRate(0).withExtraHybridVaults(VAULTS))) {
            // Slow answers: several requests are on their way when the child dies; the server still carries them out.
            sim.knobs().latency(Duration.ofMillis(250));
            Instant before = Instant.now().minusSeconds(1);
            Process child = ChildJvm.command(BulkSyncChild.class, List.of(), sim.baseUri().toString(),
                    sim.config().accessKey(), sim.config().secretKey(), sim.config().projectId(), dir.toString(),
                    "demo", Integer.toString(VAULTS)).redirectError(dir.resolve("child-stderr.txt").toFile()).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as(stderr()).startsWith("started");
                while (sim.requests().syncs().size() < KILL_AFTER_SYNCS) {
                    Thread.sleep(5);
                }
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            // Syncs in flight when the process died may still be creating their tasks in the simulator.
            Map<String, Long> tasksPerVault = Waits.settled(() -> sim.syncTasksPerVault(before));
            assertThat(tasksPerVault.values()).allMatch(c -> c == 1);

            ClientSettings settings = ClientSettings.of(Endpoints.single(sim.baseUri()), sim.config().projectId(),
                    new Credentials.AkSk(sim.config().accessKey(), sim.config().secretKey()))
                    .withRate(RatePlan.startingAt(100));
            ConnectionScope second = scope(new Connection(new io.github.cbrsync.domain.ConnectionId("kill-test"), "kill-test", "cn-north-4", settings, Optional.empty()),
                    dir, "demo");
            try {
                ConnectionScope.Restored restored = second.restore(Retention.DEFAULT);
                waitFor(() -> second.history().snapshot().stream().noneMatch(e -> !e.status().isFinal()
                        && e.operationLogId().isEmpty()));
                List<HistoryEntry> rows = second.history().snapshot();
                System.out.printf("bulk kill test: %d syncs received before the kill, %d tasks on the server, %d rows: "
                        + "%s%n", KILL_AFTER_SYNCS, tasksPerVault.size(), rows.size(),
                        rows.stream().collect(Collectors.groupingBy(HistoryEntry::status, Collectors.counting())));

                // Every task the server holds is in exactly one row, this workstation's.
                assertThat(rows).filteredOn(e -> e.operationLogId().isPresent()).extracting(HistoryEntry::vaultId)
                        .containsExactlyInAnyOrderElementsOf(tasksPerVault.keySet());
                assertThat(rows).extracting(HistoryEntry::operationLogId).filteredOn(Optional::isPresent)
                        .doesNotHaveDuplicates();
                assertThat(rows).allSatisfy(e -> assertThat(e.origin()).isEqualTo(HistoryEntry.Origin.THIS_APP));
                // A row without a task is one the server proves was never sent.
                assertThat(rows).filteredOn(e -> e.operationLogId().isEmpty()).allSatisfy(e -> {
                    assertThat(e.status()).isEqualTo(HistoryStatus.NOT_SENT);
                    assertThat(tasksPerVault).doesNotContainKey(e.vaultId());
                });
                // Each vault's gate: held exactly by a task that is really running.
                VaultGate gate = second.syncService().gate();
                assertThat(rows).allSatisfy(e -> assertThat(gate.state(e.vaultId())).isEqualTo(
                        e.status().isFinal() ? VaultGate.State.IDLE : VaultGate.State.TASK_ACTIVE));
                // The vaults never sent are offered for resumption, never sent by themselves.
                Set<String> sentVaults = rows.stream().filter(e -> e.status() != HistoryStatus.NOT_SENT)
                        .map(HistoryEntry::vaultId).collect(Collectors.toSet());
                assertThat(restored.interruptedJobs().get(10, TimeUnit.SECONDS)).singleElement().satisfies(plan ->
                        assertThat(plan.items()).hasSize(VAULTS - sentVaults.size())
                                .extracting(JobPlan.Item::vaultId).doesNotContainAnyElementsOf(sentVaults));
                assertThat(sim.syncTasksPerVault(before)).isEqualTo(tasksPerVault);

                // Catching up with the server afterwards adds nothing "started elsewhere".
                second.catchUp().run(sim.hybridVaultIds().stream().collect(Collectors.toSet()), Duration.ofDays(1));
                assertThat(second.history().snapshot()).filteredOn(e -> !e.requestedAt().isBefore(before))
                        .hasSameSizeAs(rows);
            } finally {
                second.close();
            }
        }
    }

    private String stderr() throws Exception {
        Path f = dir.resolve("child-stderr.txt");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("settled within 10 s").isTrue();
    }
}
