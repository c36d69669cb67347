package io.github.cbrsync.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    @Test
    void derivesPublicEndpointsFromTheRegion() {
        Endpoints e = Endpoints.resolve("cn-north-4", Optional.empty(), Optional.empty(), Map.of());
        assertThat(e.cbr()).isEqualTo(URI.create("https://cbr.cn-north-4.myhuaweicloud.com"));
        assertThat(e.iam()).isEqualTo(URI.create("https://iam.cn-north-4.myhuaweicloud.com"));
        assertThat(e.isEncrypted()).isTrue();
    }

    @Test
    void sdkEnvironmentVariablesOverrideTheScheme() {
        Map<String, String> env = Map.of("HUAWEICLOUD_SDK_REGION_CBR_EU_WEST_101", "https://cbr.eu-west-101.myhuaweicloud.eu",
                "HUAWEICLOUD_SDK_IAM_ENDPOINT", "https://iam.eu-west-101.myhuaweicloud.eu/");
        Endpoints e = Endpoints.resolve("eu-west-101", Optional.empty(), Optional.empty(), env);
        assertThat(e.cbr()).hasHost("cbr.eu-west-101.myhuaweicloud.eu");
        assertThat(e.iam().toString()).isEqualTo("https://iam.eu-west-101.myhuaweicloud.eu");
        assertThat(Endpoints.cbrOverrideVariable("cn-north-4")).isEqualTo("HUAWEICLOUD_SDK_REGION_CBR_CN_NORTH_4");
    }

    @Test
    void explicitOverrideWinsAndPlainHttpIsMarkedUnencrypted() {
        Map<String, String> env = Map.of("HUAWEICLOUD_SDK_REGION_CBR_CN_NORTH_4", "https://from-env.example");
        Endpoints e = Endpoints.resolve("cn-north-4", Optional.of("http://10.0.0.5:8080"), Optional.empty(), env);
        assertThat(e.cbr()).isEqualTo(URI.create("http://10.0.0.5:8080"));
        assertThat(e.isEncrypted()).isFalse();
    }

    @Test
    void badRegionSaysWhatToType() {
        assertThatThrownBy(() -> Endpoints.resolve("CN North 4", Optional.empty(), Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("for example cn-north-4");
    }
}
