package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbrsync.domain.CredentialSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every place an administrator's credentials may already be, including files that are broken. */
class CredentialSourcesTest {
    @TempDir
    Path dir;

    @Test
    void environmentVariablesOfTheOfficialSdks() {
        Map<String, String> env = Map.of("HUAWEICLOUD_SDK_AK", "AKENV", "HUAWEICLOUD_SDK_SK", "SKENV",
                "HUAWEICLOUD_SDK_PROJECT_ID", "p1", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "tok",
                "HUAWEICLOUD_SDK_IAM_ENDPOINT", "https://iam.example", "HUAWEICLOUD_SDK_REGION", "cn-east-3");
        DiscoveredCredentials d = CredentialSources.fromEnvironment(env, Optional.empty()).orElseThrow();
        assertThat(d.profile().accessKey()).isEqualTo("AKENV");
        assertThat(d.profile().region()).isEqualTo("cn-east-3");
        assertThat(d.profile().projectId()).isEqualTo("p1");
        assertThat(d.profile().iamEndpoint()).contains("https://iam.example");
        assertThat(d.profile().source()).isEqualTo(CredentialSource.ENVIRONMENT);
        assertThat(d.secretKey()).contains("SKENV");
        assertThat(d.securityToken()).contains("tok");
        assertThat(d.toString()).doesNotContain("SKENV");
        assertThat(CredentialSources.fromEnvironment(env, Optional.of("ap-southeast-1")).orElseThrow().profile()
                .region()).isEqualTo("ap-southeast-1");
    }

    @Test
    void noEnvironmentConnectionWithoutBothKeysAndNoRegionMeansAsk() {
        assertThat(CredentialSources.fromEnvironment(Map.of("HUAWEICLOUD_SDK_AK", "a"), Optional.empty())).isEmpty();
        assertThat(CredentialSources.fromEnvironment(Map.of("HUAWEICLOUD_SDK_AK", "a", "HUAWEICLOUD_SDK_SK", "b"),
                Optional.empty()).orElseThrow().profile().region()).isEmpty();
    }

    @Test
    void sdkCredentialsFile() throws Exception {
        Path file = dir.resolve("credentials");
        Files.writeString(file, "# written by hand\n[basic]\nak = AKFILE\nsk=SKFILE\nproject_id = proj\n"
                + "iam_endpoint = https://iam.private\n\n[other]\nak = ignored\n");
        DiscoveredCredentials d = CredentialSources.fromSdkFile(file, Optional.of("cn-north-4")).orElseThrow();
        assertThat(d.profile().accessKey()).isEqualTo("AKFILE");
        assertThat(d.secretKey()).contains("SKFILE");
        assertThat(d.profile().projectId()).isEqualTo("proj");
        assertThat(d.profile().region()).isEqualTo("cn-north-4");
        assertThat(d.profile().source()).isEqualTo(CredentialSource.SDK_FILE);
        assertThat(CredentialSources.fromSdkFile(dir.resolve("absent"), Optional.empty())).isEmpty();
    }

    @Test
    void brokenSdkFilesSayWhereAndWhat() throws Exception {
        Path noSection = dir.resolve("a");
        Files.writeString(noSection, "ak = x\n");
        Path noSk = dir.resolve("b");
        Files.writeString(noSk, "[basic]\nak = x\n");
        Path garbage = dir.resolve("c");
        Files.writeString(garbage, "[basic]\nak = x\nthis line is not a key\n");
        assertThatThrownBy(() -> CredentialSources.fromSdkFile(noSection, Optional.empty()))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> CredentialSources.fromSdkFile(noSk, Optional.empty()))
                .hasMessageContaining("needs both ak and sk");
        assertThatThrownBy(() -> CredentialSources.fromSdkFile(garbage, Optional.empty()))
                .hasMessageContaining("line 3").hasMessageContaining(garbage.toString());
    }

    @Test
    void kooCliPlainTextKeysAreImported() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"current\":\"prod\",\"authEncrypt\":\"false\",\"profiles\":[{\"name\":\"prod\","
                + "\"mode\":\"AKSK\",\"accessKeyId\":\"AKK\",\"secretAccessKey\":\"SKK\",\"region\":\"cn-north-4\","
                + "\"projectId\":\"pp\"},{\"name\":\"\"}]}");
        List<DiscoveredCredentials> found = CredentialSources.fromKooCli(file);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.profile().name()).isEqualTo("KooCLI prod");
            assertThat(d.profile().accessKey()).isEqualTo("AKK");
            assertThat(d.secretKey()).contains("SKK");
            assertThat(d.profile().source()).isEqualTo(CredentialSource.KOOCLI);
        });
    }

    @Test
    void kooCliEncryptedKeysAreLeftForTheUserToType() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"profiles\":[{\"name\":\"prod\",\"accessKeyId\":\"ENCRYPTEDBLOB\","
                + "\"secretAccessKey\":\"ENCRYPTEDBLOB2\",\"region\":\"cn-east-3\",\"projectId\":\"pp\"}]}");
        DiscoveredCredentials d = CredentialSources.fromKooCli(file).get(0);
        assertThat(d.profile().region()).isEqualTo("cn-east-3");
        assertThat(d.profile().projectId()).isEqualTo("pp");
        assertThat(d.profile().accessKey()).isEmpty();
        assertThat(d.secretKey()).isEmpty();
    }

    @Test
    void brokenKooCliFilesAreAClearMessage() throws Exception {
        Path notJson = dir.resolve("x.json");
        Files.writeString(notJson, "{profiles: [");
        Path noProfiles = dir.resolve("y.json");
        Files.writeString(noProfiles, "{\"current\":\"a\"}");
        assertThatThrownBy(() -> CredentialSources.fromKooCli(notJson)).hasMessageContaining("not a KooCLI");
        assertThatThrownBy(() -> CredentialSources.fromKooCli(noProfiles)).hasMessageContaining("no \"profiles\"");
    }
}
