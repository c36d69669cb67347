package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cbrsync.api.Credentials;
import io.github.cbrsync.api.Endpoints;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-picked typed and pasted connection input, each a case of its own. */
class BadInputExamplesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://admin:S3cr3t@cbr.example.com | must not hold a user name or password",
        "admin:S3cr3t@cbr.example.com/a b | is not a valid URL",
        "https://cbr.example.com:99999 | port must be between 1 and 65535",
        "https://cbr.example.com:0 | port must be between 1 and 65535",
        "https://cbr.example.com: | port must be between 1 and 65535",
        "https://[fe80::1%25eth0]:8443 | scoped IPv6 address",
        "file:///etc/passwd | must be an http(s) URL with a host",
        "javascript:alert(1) | must be an http(s) URL with a host",
        "ftp://cbr.example.com | must be an http(s) URL with a host",
        "https://cbr.例子.测试 | xn-- form",
        "https://my host.example | is not a valid URL"})
    void aBadEndpointIsRefusedInWordsWithoutItsPassword(String endpoint, String says) {
        assertThatThrownBy(() -> Endpoints.resolve("cn-north-4", Optional.of(endpoint), Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(says).message()
                .doesNotContain("S3cr3t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://[::1]:8443 | https://[::1]:8443",
        "https://[2001:db8::1] | https://[2001:db8::1]",
        "cbr.example.com | https://cbr.example.com",
        "HTTPS://CBR.EXAMPLE.COM/ | HTTPS://CBR.EXAMPLE.COM",
        "http://10.1.2.3:8080/cbr | http://10.1.2.3:8080/cbr",
        "https://xn--fsqu00a.xn--0zwm56d | https://xn--fsqu00a.xn--0zwm56d",
        "' https://cbr.example.com:65535 ' | https://cbr.example.com:65535"})
    void aGoodEndpointIsUsedAsTyped(String endpoint, String used) {
        assertThat(Endpoints.resolve("cn-north-4", Optional.of(endpoint), Optional.empty(), Map.of()).cbr())
                .hasToString(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AK\u2011123", "AK 123", "AK\t1", "密钥", "AK\u0000"})
    void anAccessKeyThatCannotBeSentIsRefused(String accessKey) {
        assertThatThrownBy(() -> new Credentials.AkSk(accessKey, "SK")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The access key may hold only ASCII");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'MIIEvQIBADAN\\nBgkqhkiG9w0B' | MIIEvQIBADANBgkqhkiG9w0B",
        "' tok en ' | token",
        "'tok\\r\\nen' | token"})
    void aPastedTokenLosesItsLineBreaks(String pasted, String sent) {
        String token = pasted.replace("\\n", "\n").replace("\\r", "\r");
        assertThat(new Credentials.AkSk("AK", "SK", Optional.of(token)).securityToken()).contains(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"t\u00f6ken-secret-1", "token\u2028secret-2", "\u0000token-secret-3"})
    void aTokenThatCannotBeSentIsRefusedWithoutBeingRepeated(String token) {
        assertThatThrownBy(() -> new Credentials.AkSk("AK", "SK", Optional.of(token)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The security token may hold only")
                .message().doesNotContain("secret");
    }
}
