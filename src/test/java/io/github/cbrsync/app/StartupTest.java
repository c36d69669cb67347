package io.github.cbrsync.app;

import io.github.cbrsync.session.Connection;
import io.github.cbrsync.api.RatePlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.SecretKind;
import io.github.cbrsync.store.MemorySecretStore;
import io.github.cbrsync.store.ProfileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which connection opens at start, and the command-line options that choose or override it. */
class StartupTest {
    @TempDir
    Path home;

    private ConnectionCatalog catalog(Map<String, String> env) {
        return new ConnectionCatalog(new ProfileStore(home.resolve("profiles.json")), new MemorySecretStore("test"),
                env, home, Optional.empty());
    }

    @Test
    void optionsParseAndBadOnesSayWhatIsAllowed() {
        LaunchOptions o = LaunchOptions.parse(List.of("--profile", "prod", "--region=cn-east-3", "--project-id", "p",
                "--endpoint", "https://cbr.private", "--smoke"));
        assertThat(o).isEqualTo(new LaunchOptions(Optional.of("prod"), Optional.of("cn-east-3"), Optional.of("p"),
                Optional.of("https://cbr.private"), true));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--regoin", "x"))).hasMessageContaining("--region ID");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--profile"))).hasMessageContaining("needs a value");
    }

    @Test
    void withNothingConfiguredTheDemoOpens() {
        assertThat(catalog(Map.of()).startupChoice(Optional.empty(), Optional.empty()))
                .isEqualTo(ConnectionId.DEMO);
    }

    @Test
    void aFirstStartWithEnvironmentCredentialsOpensThem() {
        ConnectionCatalog c = catalog(Map.of("HUAWEICLOUD_SDK_AK", "AK", "HUAWEICLOUD_SDK_SK", "SK"));
        assertThat(c.startupChoice(Optional.empty(), Optional.empty())).isEqualTo(ConnectionId.ENVIRONMENT);
        assertThat(c.startupChoice(Optional.empty(), Optional.of("demo")))
                .isEqualTo(ConnectionId.DEMO);
    }

    @Test
    void theSdkFileIsUsedWhenTheEnvironmentHasNothing() throws Exception {
        Files.createDirectories(home.resolve(".huaweicloud"));
        Files.writeString(home.resolve(".huaweicloud/credentials"), "[basic]\nak=A\nsk=S\n");
        assertThat(catalog(Map.of()).startupChoice(Optional.empty(), Optional.empty()))
                .isEqualTo(ConnectionId.SDK_FILE);
    }

    @Test
    void aBrokenSdkFileIsANoticeNotAFailedStart() throws Exception {
        Files.createDirectories(home.resolve(".huaweicloud"));
        Files.writeString(home.resolve(".huaweicloud/credentials"), "nonsense\n");
        ConnectionCatalog c = catalog(Map.of());
        assertThat(c.startupChoice(Optional.empty(), Optional.empty())).isEqualTo(ConnectionId.DEMO);
        assertThat(c.notices()).singleElement().asString().contains("line 1");
    }

    @Test
    void theProfileOptionAndOverridesApplyToThisRun() throws Exception {
        ConnectionCatalog c = catalog(Map.of());
        ConnectionProfile prod = c.save(ConnectionProfile.akSk("prod", "cn-north-4", "p1", "AK",
                CredentialSource.TYPED), true, Map.of(SecretKind.SECRET_KEY, "SK"));
        assertThat(c.startupChoice(Optional.of("prod"), Optional.empty())).isEqualTo(prod.id());
        assertThat(c.startupChoice(Optional.of("nope"), Optional.empty())).isEqualTo(ConnectionId.DEMO);
        assertThat(c.notices()).anySatisfy(n -> assertThat(n).contains("no connection named \u201cnope\u201d"));

        Connection opened = c.open(prod.id(), RatePlan.startingAt(5), LaunchOptions.parse(List.of("--region",
                "cn-east-3", "--project-id", "p2", "--endpoint", "http://10.1.2.3:8080")));
        assertThat(opened.region()).isEqualTo("cn-east-3");
        assertThat(opened.settings().projectId()).isEqualTo("p2");
        assertThat(opened.settings().endpoints().cbr().toString()).isEqualTo("http://10.1.2.3:8080");
        assertThat(opened.settings().endpoints().iam().toString()).isEqualTo("https://iam.cn-east-3.myhuaweicloud.com");
    }

    @Test
    void aMissingSecretAsksInsteadOfFailing() throws Exception {
        ConnectionCatalog c = catalog(Map.of());
        ConnectionProfile prod = c.save(ConnectionProfile.akSk("prod", "cn-north-4", "p1", "AK",
                CredentialSource.KOOCLI), true, Map.of());
        assertThatThrownBy(() -> c.open(prod.id(), RatePlan.startingAt(5), LaunchOptions.parse(List.of())))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("secret key");
        c.provideSecret(prod.id(), SecretKind.SECRET_KEY, "typed");
        assertThat(c.open(prod.id(), RatePlan.startingAt(5), LaunchOptions.parse(List.of())).settings().credentials()
                .toString()).doesNotContain("typed");
    }

    @Test
    void aRenamedConnectionKeepsItsIdAndSoItsHistory() throws Exception {
        ConnectionCatalog c = catalog(Map.of());
        ConnectionProfile prod = c.save(ConnectionProfile.akSk("Prod", "cn-north-4", "p1", "AK",
                CredentialSource.TYPED), true, Map.of(SecretKind.SECRET_KEY, "SK"));

        ConnectionProfile renamed = c.save(prod.withName("Production Beijing"), false, Map.of());

        assertThat(renamed.id()).isEqualTo(prod.id()).isEqualTo(new ConnectionId("prod"));
        Connection opened = c.open(prod.id(), RatePlan.startingAt(5), LaunchOptions.parse(List.of()));
        assertThat(opened.name()).isEqualTo("Production Beijing");
        assertThat(opened.id()).isEqualTo(prod.id());
        assertThat(c.resolve("production beijing")).contains(prod.id());
        assertThat(c.resolve("prod")).contains(prod.id());
    }

    @Test
    void aSecondConnectionNamedAlikeGetsAnIdOfItsOwnAndTheSameNameIsRefused() throws Exception {
        ConnectionCatalog c = catalog(Map.of());
        ConnectionProfile first = c.save(ConnectionProfile.akSk("Prod", "cn-north-4", "p1", "AK",
                CredentialSource.TYPED), true, Map.of());
        ConnectionProfile second = c.save(ConnectionProfile.akSk("prod!", "cn-north-4", "p1", "AK",
                CredentialSource.TYPED), true, Map.of());
        assertThat(second.id()).isNotEqualTo(first.id()).isEqualTo(new ConnectionId("prod-2"));
        assertThatThrownBy(() -> c.save(ConnectionProfile.akSk("PROD", "cn-north-4", "p1", "AK",
                CredentialSource.TYPED), true, Map.of())).hasMessageContaining("exists already");
    }

    @Test
    void secretsKeptUnderTheOldNameAreFoundAndMovedUnderTheId() throws Exception {
        MemorySecretStore secrets = new MemorySecretStore("test");
        ConnectionCatalog c = new ConnectionCatalog(new ProfileStore(home.resolve("profiles.json")), secrets,
                Map.of(), home, Optional.empty());
        ConnectionProfile prod = c.save(ConnectionProfile.akSk("Prod Beijing", "cn-north-4", "p1", "AK",
                CredentialSource.TYPED), true, Map.of());
        secrets.put("Prod Beijing", SecretKind.SECRET_KEY, "kept-under-the-name");

        c.open(prod.id(), RatePlan.startingAt(5), LaunchOptions.parse(List.of()));

        assertThat(secrets.get(prod.id().value(), SecretKind.SECRET_KEY)).contains("kept-under-the-name");
        assertThat(secrets.get("Prod Beijing", SecretKind.SECRET_KEY)).isEmpty();
    }

    @Test
    void builtInJournalsNamedByTheirOldLabelsAreRenamedToTheirIds() throws Exception {
        Path history = home.resolve("history");
        Files.createDirectories(history);
        Files.writeString(history.resolve("demo-simulator.jsonl"), "{\"id\":\"old\"}\n");
        Files.writeString(history.resolve("environment-variables.jsonl"), "{}\n");
        Files.writeString(history.resolve("sdk-file.jsonl"), "newer\n");
        Files.writeString(history.resolve("sdk-credentials-file.jsonl"), "older\n");

        LegacyJournals.migrate(history);

        assertThat(history.resolve("demo.jsonl")).hasContent("{\"id\":\"old\"}");
        assertThat(history.resolve("env.jsonl")).hasContent("{}");
        assertThat(history.resolve("demo-simulator.jsonl")).doesNotExist();
        // Never overwritten: both stay when both exist.
        assertThat(history.resolve("sdk-file.jsonl")).hasContent("newer");
        assertThat(history.resolve("sdk-credentials-file.jsonl")).hasContent("older");
    }

    @Test
    void oldSettingsThatNamedTheLastConnectionStillFindIt() {
        ConnectionCatalog c = catalog(Map.of("HUAWEICLOUD_SDK_AK", "AK", "HUAWEICLOUD_SDK_SK", "SK"));
        assertThat(c.startupChoice(Optional.empty(), Optional.of("Demo simulator"))).isEqualTo(ConnectionId.DEMO);
        assertThat(c.startupChoice(Optional.empty(), Optional.of("Environment variables")))
                .isEqualTo(ConnectionId.ENVIRONMENT);
    }
}
