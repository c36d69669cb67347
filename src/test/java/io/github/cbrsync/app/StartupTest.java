package io.github.cbrsync.app;

import io.github.cbrsync.session.Connection;
import io.github.cbrsync.api.RatePlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .isEqualTo(ConnectionCatalog.DEMO);
    }

    @Test
    void aFirstStartWithEnvironmentCredentialsOpensThem() {
        ConnectionCatalog c = catalog(Map.of("HUAWEICLOUD_SDK_AK", "AK", "HUAWEICLOUD_SDK_SK", "SK"));
        assertThat(c.startupChoice(Optional.empty(), Optional.empty())).isEqualTo("Environment variables");
        assertThat(c.startupChoice(Optional.empty(), Optional.of(ConnectionCatalog.DEMO)))
                .isEqualTo(ConnectionCatalog.DEMO);
    }

    @Test
    void theSdkFileIsUsedWhenTheEnvironmentHasNothing() throws Exception {
        Files.createDirectories(home.resolve(".huaweicloud"));
        Files.writeString(home.resolve(".huaweicloud/credentials"), "[basic]\nak=A\nsk=S\n");
        assertThat(catalog(Map.of()).startupChoice(Optional.empty(), Optional.empty()))
                .isEqualTo("SDK credentials file");
    }

    @Test
    void aBrokenSdkFileIsANoticeNotAFailedStart() throws Exception {
        Files.createDirectories(home.resolve(".huaweicloud"));
        Files.writeString(home.resolve(".huaweicloud/credentials"), "nonsense\n");
        ConnectionCatalog c = catalog(Map.of());
        assertThat(c.startupChoice(Optional.empty(), Optional.empty())).isEqualTo(ConnectionCatalog.DEMO);
        assertThat(c.notices()).singleElement().asString().contains("line 1");
    }

    @Test
    void theProfileOptionAndOverridesApplyToThisRun() throws Exception {
        ConnectionCatalog c = catalog(Map.of());
        c.save(Optional.empty(), ConnectionProfile.akSk("prod", "cn-north-4", "p1", "AK", CredentialSource.TYPED),
                Map.of(SecretKind.SECRET_KEY, "SK"));
        assertThat(c.startupChoice(Optional.of("prod"), Optional.empty())).isEqualTo("prod");
        assertThat(c.startupChoice(Optional.of("nope"), Optional.empty())).isEqualTo(ConnectionCatalog.DEMO);
        assertThat(c.notices()).anySatisfy(n -> assertThat(n).contains("no connection named \"nope\""));

        Connection opened = c.open("prod", RatePlan.startingAt(5), LaunchOptions.parse(List.of("--region", "cn-east-3", "--project-id",
                "p2", "--endpoint", "http://10.1.2.3:8080")));
        assertThat(opened.region()).isEqualTo("cn-east-3");
        assertThat(opened.settings().projectId()).isEqualTo("p2");
        assertThat(opened.settings().endpoints().cbr().toString()).isEqualTo("http://10.1.2.3:8080");
        assertThat(opened.settings().endpoints().iam().toString()).isEqualTo("https://iam.cn-east-3.myhuaweicloud.com");
    }

    @Test
    void aMissingSecretAsksInsteadOfFailing() throws Exception {
        ConnectionCatalog c = catalog(Map.of());
        c.save(Optional.empty(), ConnectionProfile.akSk("prod", "cn-north-4", "p1", "AK", CredentialSource.KOOCLI),
                Map.of());
        assertThatThrownBy(() -> c.open("prod", RatePlan.startingAt(5), LaunchOptions.parse(List.of())))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("secret key");
        c.provideSecret("prod", SecretKind.SECRET_KEY, "typed");
        assertThat(c.open("prod", RatePlan.startingAt(5), LaunchOptions.parse(List.of())).settings().credentials().toString())
                .doesNotContain("typed");
    }

    @Test
    void renamingAConnectionTakesItsHistoryAlong() throws Exception {
        ConnectionCatalog c = catalog(Map.of()).keepingHistoryIn(home.resolve("history"));
        ConnectionProfile prod = ConnectionProfile.akSk("Prod", "cn-north-4", "p1", "AK", CredentialSource.TYPED);
        c.save(Optional.empty(), prod, Map.of(SecretKind.SECRET_KEY, "SK"));
        Files.createDirectories(home.resolve("history"));
        Files.writeString(home.resolve("history/prod.jsonl"), "{}\n");

        c.save(Optional.of("Prod"), prod.withName("Production Beijing"), Map.of());

        assertThat(home.resolve("history/production-beijing.jsonl")).hasContent("{}");
        assertThat(home.resolve("history/prod.jsonl")).doesNotExist();
        assertThat(c.open("Production Beijing", RatePlan.startingAt(5), LaunchOptions.parse(List.of())).name())
                .isEqualTo("Production Beijing");
    }
}
