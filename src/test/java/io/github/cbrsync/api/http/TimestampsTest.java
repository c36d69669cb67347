package io.github.cbrsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    @ParameterizedTest
    @CsvSource({
        "2020-02-23T01:00:32Z, 2020-02-23T01:00:32Z",
        "2020-02-05T10:38:34.209782, 2020-02-05T10:38:34.209782Z",
        "2020-02-05T18:38:34+08:00, 2020-02-05T10:38:34Z",
        "2020-02-05 10:38:34.1, 2020-02-05T10:38:34.100Z"})
    void readsEveryShapeCbrSends(String wire, String expected) {
        assertThat(Timestamps.parse(wire)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "yesterday", "2020-13-45T99:00:00"})
    void unreadableBecomesEmpty(String wire) {
        assertThat(Timestamps.parse(wire)).isEmpty();
    }
}
