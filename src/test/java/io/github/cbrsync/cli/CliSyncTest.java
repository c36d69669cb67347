package io.github.cbrsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cbrsync.domain.HistoryEntry;
import io.github.cbrsync.store.HistoryJournal;
import io.github.cbrsync.store.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} against the demo simulator, in-process: a bulk sync of 300 vaults followed to its end, failures,
 * dry runs, selections that match nothing or name unknown vaults, --timeout, and the remembered auto-trigger.
 * Every row it writes is the command line's, in the same journal the window reads.
 */
class CliSyncTest {
    @TempDir
    Path dir;

    private List<HistoryEntry> journal(CliHarness cli) throws Exception {
        return new HistoryJournal(cli.paths().historyFolder().resolve("demo.jsonl")).readAll();
    }

    @Test
    void aBulkSyncOf300VaultsWaitsForEveryTaskAndReportsEachWithItsOperationId() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.demo = cli.demo.withExtraHybridVaults(300);

        CliHarness.Run run = cli.run("--connection", "Demo simulator", "sync", "--all", "--wait", "--output", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = CliJson.parse(run);
        List<JsonNode> items = CliJson.items(root);
        // 300 generated vaults and the 21 of the 24 demo vaults that can be synced (locked, frozen, error passed over).
        assertThat(items).hasSize(321);
        assertThat(items).allSatisfy(i -> {
            assertThat(i.path("status").asText()).isEqualTo("success");
            assertThat(i.path("operation_log_id").asText()).isNotEmpty();
        });
        assertThat(items.stream().map(i -> i.path("operation_log_id").asText()).distinct()).hasSize(321);
        assertThat(root.path("summary").path("succeeded").asInt()).isEqualTo(321);
        assertThat(root.path("summary").path("waited").asBoolean()).isTrue();
        assertThat(root.path("connection").path("id").asText()).isEqualTo("demo");
        assertThat(run.err()).contains("3 vaults cannot be synced now and were passed over")
                .contains("Bulk sync of 321 vaults finished");

        // The simulator's older tasks came in with the catch-up before the sync, as started elsewhere.
        List<HistoryEntry> rows = journal(cli).stream().filter(r -> r.origin() != HistoryEntry.Origin.ELSEWHERE)
                .toList();
        assertThat(rows).hasSize(321).allSatisfy(r -> {
            assertThat(r.origin()).isEqualTo(HistoryEntry.Origin.COMMAND_LINE);
            assertThat(r.status().isFinal()).isTrue();
        });
        assertThat(rows.stream().map(HistoryEntry::operationLogId).collect(Collectors.toSet())).hasSize(321);
    }

    @Test
    void failedTasksMakeExitCodeOneAndTheTableSaysWhich() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.demo = cli.demo.withTaskFailureRate(1.0);

        CliHarness.Run run = cli.run("--connection", "demo", "sync", "--match", "branch-*", "--wait");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("branch-shanghai", "branch-shenzhen", "branch-chengdu", "branch-wuhan")
                .contains("Failed").containsPattern("Failed on the server\\s+4");
    }

    @Test
    void withoutWaitEveryVaultHasItsTaskAndTheRunEndsOnceAllAreSent() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.demo = cli.demo.withTaskDuration(Duration.ofMinutes(10));

        CliHarness.Run run = cli.run("--connection", "demo", "sync", "--vault", "hq-fileserver,hq-exchange",
                "--output", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("vault_id,vault_name,auto_trigger,status,operation_log_id,");
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).allSatisfy(l -> assertThat(l).containsPattern(
                ",(waiting|running),[0-9a-f-]{36},"));
    }

    @Test
    void aDryRunSendsNothingAndShowsTheAutoTriggerEachVaultWouldGet() throws Exception {
        CliHarness cli = new CliHarness(dir);
        String vaultId = vaultId(cli, "dev-jenkins");
        ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor();
        SettingsStore settings = new SettingsStore(cli.paths().config().resolve("settings.json"), saver,
                Duration.ZERO);
        settings.load();
        settings.update(s -> s.withAutoTrigger(vaultId, true));
        settings.flush();
        saver.shutdownNow();

        CliHarness.Run run = cli.run("--connection", "demo", "sync", "--match", "dev-*", "--dry-run", "-o", "json");

        assertThat(run.exitCode()).isZero();
        List<JsonNode> items = CliJson.items(CliJson.parse(run));
        assertThat(items).extracting(i -> i.path("vault_name").asText() + "=" + i.path("auto_trigger").asBoolean()
                + "/" + i.path("status").asText()).containsExactly("dev-jenkins=true/planned");
        assertThat(items.get(0).path("operation_log_id").isNull()).isTrue();
        assertThat(journal(cli)).noneMatch(r -> r.origin() == HistoryEntry.Origin.COMMAND_LINE);
        assertThat(CliJson.items(CliJson.parse(cli.run("--connection", "demo", "sync", "--match", "dev-*",
                "--auto-trigger", "off", "--dry-run", "-o", "json")))).allSatisfy(i ->
                assertThat(i.path("auto_trigger").asBoolean()).isFalse());
    }

    @Test
    void aSelectionThatMatchesNothingSendsNothingAndExitsFour() throws Exception {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Run run = cli.run("--connection", "demo", "sync", "--match", "no-such-*");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("matched no vault");
        Path list = Files.writeString(dir.resolve("vaults.txt"), "# nightly\nno-such-vault\n\n");
        assertThat(cli.run("--connection", "demo", "sync", "--from-file", list.toString()).exitCode()).isEqualTo(4);
        assertThat(journal(cli)).noneMatch(r -> r.origin() == HistoryEntry.Origin.COMMAND_LINE);
    }

    @Test
    void namedVaultsThatAreUnknownOrLockedAreFailuresOfTheirOwnWhileTheRestIsSynced() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Path list = Files.writeString(dir.resolve("vaults.txt"), "hr-payroll  # payroll\nno-such-vault\nerp-app-tier\n");

        CliHarness.Run run = cli.run("--connection", "demo", "sync", "--from-file", list.toString(), "--wait",
                "-o", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(CliJson.items(CliJson.parse(run))).extracting(i -> i.path("vault_name").asText().isEmpty()
                ? i.path("vault_id").asText() + ":" + i.path("status").asText()
                : i.path("vault_name").asText() + ":" + i.path("status").asText())
                .containsExactly("no-such-vault:not_found", "erp-app-tier:not_syncable", "hr-payroll:success");
    }

    @Test
    void waitingLongerThanTheTimeoutExitsFiveAndLeavesTheTasksRunning() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.demo = cli.demo.withTaskDuration(Duration.ofMinutes(10));

        CliHarness.Run run = cli.run("--connection", "demo", "sync", "--vault", "media-nas", "--wait", "--timeout",
                "1s", "-o", "json");

        assertThat(run.exitCode()).isEqualTo(5);
        JsonNode root = CliJson.parse(run);
        assertThat(root.path("summary").path("timed_out").asBoolean()).isTrue();
        assertThat(CliJson.items(root)).singleElement().satisfies(i -> {
            assertThat(i.path("status").asText()).isIn("waiting", "running");
            assertThat(i.path("operation_log_id").asText()).isNotEmpty();
        });
        assertThat(run.err()).contains("Stopped waiting after 1 s");
    }

    static String vaultId(CliHarness cli, String name) throws Exception {
        CliHarness.Run run = cli.run("--connection", "demo", "vaults", "--vault", name, "-o", "json");
        return CliJson.items(CliJson.parse(run)).get(0).path("vault_id").asText();
    }
}
