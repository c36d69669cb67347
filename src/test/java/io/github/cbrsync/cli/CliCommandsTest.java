package io.github.cbrsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.sim.CbrSimulator;
import io.github.cbrsync.sim.SimulatorConfig;
import io.github.cbrsync.store.ProfileStore;
import io.github.cbrsync.store.SecretStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connections}, {@code vaults} and {@code tasks} in each output format, and the errors that say what to
 * fix: an unknown connection, a secret the command line cannot read, refused keys (whose secret is never
 * printed, not even with --verbose).
 */
class CliCommandsTest {
    private static final String WRONG_SECRET = "wrong-secret-key-never-printed-4711";

    @TempDir
    Path dir;

    @Test
    void vaultsInTableJsonAndCsvWithTheLastSyncTheHistoryKnows() throws Exception {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("--connection", "demo", "sync", "--vault", "hq-exchange", "--wait").exitCode()).isZero();

        CliHarness.Run table = cli.run("--connection", "demo", "vaults");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("Vault ID", "Name", "Status", "Used %",
                "Auto-trigger", "Last sync");
        assertThat(table.out()).contains("dc1-vmware-prod", "Locked", "Frozen").doesNotContain("ecs-web-frontend");

        JsonNode json = CliJson.parse(cli.run("--connection", "demo", "vaults", "-o", "json"));
        List<JsonNode> items = CliJson.items(json);
        assertThat(items).hasSize(24);
        JsonNode synced = items.stream().filter(i -> i.path("name").asText().equals("hq-exchange")).findFirst()
                .orElseThrow();
        assertThat(synced.path("last_sync_status").asText()).isEqualTo("success");
        assertThat(synced.path("last_sync_origin").asText()).isEqualTo("command_line");
        assertThat(synced.path("last_sync_operation_log_id").asText()).isNotEmpty();
        assertThat(synced.path("capacity_mb").asLong()).isPositive();

        CliHarness.Run csv = cli.run("--connection", "demo", "vaults", "--match", "branch-*", "--output", "csv");
        assertThat(csv.out().lines().toList()).hasSize(5).first().isEqualTo("vault_id,name,status,protect_type,"
                + "capacity_mb,used_mb,used_percent,resources,auto_trigger,last_sync_status,last_sync_at,"
                + "last_sync_operation_log_id,last_sync_origin");
        assertThat(cli.run("--connection", "demo", "vaults", "--match", "nothing-like-this*").exitCode())
                .isEqualTo(4);
    }

    @Test
    void tasksShowsTheCommandLinesRowsAndTheServersOthersAfterACatchUp() throws Exception {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("--connection", "demo", "sync", "--vault", "hr-payroll,media-nas", "--wait").exitCode())
                .isZero();

        JsonNode json = CliJson.parse(cli.run("--connection", "demo", "tasks", "--since", "7d", "-o", "json"));
        List<JsonNode> items = CliJson.items(json);
        assertThat(items).filteredOn(i -> i.path("origin").asText().equals("command_line"))
                .extracting(i -> i.path("vault_name").asText()).containsExactlyInAnyOrder("hr-payroll", "media-nas");
        assertThat(items).anySatisfy(i -> assertThat(i.path("origin").asText()).isEqualTo("elsewhere"));
        assertThat(items).allSatisfy(i -> assertThat(i.has("operation_log_id")).isTrue());

        CliHarness.Run filtered = cli.run("--connection", "demo", "tasks", "--vault", "media-nas", "--status",
                "SUCCESS", "-o", "csv");
        assertThat(filtered.out().lines().skip(1).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("media-nas", ",success,"));
        assertThat(cli.run("--connection", "demo", "tasks").out()).contains("This workstation (command line)");
    }

    @Test
    void connectionsSayWhereCredentialsComeFromWithoutShowingThem() throws Exception {
        CliHarness cli = new CliHarness(dir);
        cli.environment.put("HUAWEICLOUD_SDK_AK", "AKFROMENVIRONMENT001");
        cli.environment.put("HUAWEICLOUD_SDK_SK", WRONG_SECRET);
        cli.environment.put("HUAWEICLOUD_SDK_REGION", "cn-north-4");

        CliHarness.Run json = cli.run("connections", "--output", "json", "--verbose");

        List<JsonNode> items = CliJson.items(CliJson.parse(json));
        assertThat(items).extracting(i -> i.path("id").asText() + "/" + i.path("credentials").asText() + "/"
                + i.path("default").asBoolean()).containsExactly("demo/built_in/false", "env/environment/true");
        CliHarness.Run table = cli.run("connections");
        assertThat(table.out()).contains("Demo simulator", "Environment variables", "environment variables");
        assertThat(json.out() + json.err() + table.out() + table.err()).doesNotContain(WRONG_SECRET);
    }

    @Test
    void anUnknownConnectionIsAConfigurationErrorInOneLine() throws Exception {
        CliHarness.Run run = new CliHarness(dir).run("--connection", "prod", "vaults");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("There is no connection named \"prod\". List them with: "
                + "cbr-sync connections");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSecretOnlyInTheWindowsMemoryFailsWithHowToProvideIt() throws Exception {
        CliHarness cli = new CliHarness(dir);
        new ProfileStore(cli.paths().config().resolve("profiles.json")).save(List.of(ConnectionProfile.akSk("prod",
                "cn-north-4", "0d5e1f2a3b4c4d6e8f901a2b3c4d5e6f", "AKPROD00000000000001", CredentialSource.TYPED)));

        CliHarness.Run memory = cli.run("--connection", "prod", "sync", "--all");
        assertThat(memory.exitCode()).isEqualTo(3);
        assertThat(memory.err()).contains("secret key (SK) of \"prod\" is not available to the command line",
                "HUAWEICLOUD_SDK_SK", "~/.huaweicloud/credentials", "OS keyring").doesNotContain("Exception");

        cli.secrets = () -> new EmptyKeyring();
        CliHarness.Run keyring = cli.run("--connection", "prod", "vaults");
        assertThat(keyring.exitCode()).isEqualTo(3);
        assertThat(keyring.err()).contains("is not in the OS keyring", "Manage connections");
        assertThat(CliJson.items(CliJson.parse(cli.run("connections", "-o", "json"))))
                .filteredOn(i -> i.path("id").asText().equals("prod")).singleElement()
                .satisfies(i -> assertThat(i.path("credentials").asText()).isEqualTo("missing"));
    }

    @Test
    void refusedKeysSayWhatToFixAndNeverPrintTheSecret() throws Exception {
        try (CbrSimulator sim = CbrSimulator.start(SimulatorConfig.demoForChecks())) {
            CliHarness cli = new CliHarness(dir);
            cli.environment.put("HUAWEICLOUD_SDK_AK", sim.config().accessKey());
            cli.environment.put("HUAWEICLOUD_SDK_SK", WRONG_SECRET);
            cli.environment.put("HUAWEICLOUD_SDK_PROJECT_ID", sim.config().projectId());
            cli.environment.put("HUAWEICLOUD_SDK_REGION", sim.config().region());

            CliHarness.Run run = cli.run("--endpoint", sim.baseUri().toString(), "--verbose", "vaults", "-o", "json");

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("The access key or secret key was refused").doesNotContain("\tat ")
                    .contains("credentials: environment").contains("CbrApiException[AUTH, HTTP 401");
            assertThat(run.out() + run.err()).doesNotContain(WRONG_SECRET);
        }
    }

    /** An OS keyring that answers but holds nothing. */
    private static final class EmptyKeyring implements SecretStore {
        @Override
        public Optional<String> get(String profile, SecretKind kind) {
            return Optional.empty();
        }

        @Override
        public void put(String profile, SecretKind kind, String value) {
        }

        @Override
        public void delete(String profile, SecretKind kind) {
        }

        @Override
        public boolean persistent() {
            return true;
        }

        @Override
        public String description() {
            return "test keyring";
        }
    }
}
