package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cbrsync.domain.AuthMethod;
import io.github.cbrsync.domain.ConnectionId;
import io.github.cbrsync.domain.ConnectionProfile;
import io.github.cbrsync.domain.CredentialSource;
import io.github.cbrsync.domain.ProxyMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path dir;

    @Test
    void profilesRoundTripOwnerOnly() throws Exception {
        ConnectionProfile p = new ConnectionProfile(new ConnectionId("prod-beijing"), "prod", "cn-north-4", "proj", AuthMethod.IAM_PASSWORD, "",
                "ann", "acme", Optional.of("https://cbr.private"), Optional.empty(), 5, 60, ProxyMode.MANUAL,
                "proxy.corp", 3128, "ann", Optional.of("/etc/ca.pem"), CredentialSource.TYPED);
        ProfileStore store = new ProfileStore(dir.resolve("profiles.json"));
        store.save(List.of(p, ConnectionProfile.akSk("test", "cn-east-3", "", "AK1", CredentialSource.KOOCLI)));

        ProfileStore.Loaded loaded = new ProfileStore(dir.resolve("profiles.json")).load();
        assertThat(loaded.profiles()).hasSize(2).first().isEqualTo(p);
        assertThat(loaded.notice()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("profiles.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aDamagedFileIsKeptAsideWithANotice() throws Exception {
        Files.writeString(dir.resolve("profiles.json"), "{\"profiles\": [ {\"name\": ");
        ProfileStore.Loaded loaded = new ProfileStore(dir.resolve("profiles.json")).load();
        assertThat(loaded.profiles()).isEmpty();
        assertThat(loaded.notice()).hasValueSatisfying(n -> assertThat(n).contains("could not be read"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("profiles.json.corrupt"));
        }
    }
}
