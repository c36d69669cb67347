package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal's fast instant reader gives exactly what the ISO parser gives, and refuses what it refuses. */
class InstantsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T10:46:02Z", "2026-11-29T10:46:02.8Z", "2026-11-29T10:46:02.843Z",
        "2026-11-29T10:46:02.843123Z", "2026-11-29T10:46:02.843123456Z", "1970-01-01T00:00:00Z",
        "2024-02-29T23:59:59.999999999Z", "+12026-11-29T10:46:02Z", "0001-01-01T00:00:00Z", "2026-11-29T24:00:00Z",
        "2026-11-29T10:46:02.Z"})
    void readsWhatInstantToStringWrites(String s) {
        assertThat(Instants.parse(s)).isEqualTo(Instant.parse(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:46:02Z", "2026-13-01T10:46:02Z", "2026-11-29T25:00:00Z",
        "2026-11-29T10:61:02Z", "2026-11-29T10:46:02.1234567890Z", "2026-11-29 10:46:02Z",
        "2026-1a-29T10:46:02Z", "yesterday", ""})
    void refusesWhatTheIsoParserRefuses(String s) {
        assertThatThrownBy(() -> Instant.parse(s)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Instants.parse(s)).isInstanceOf(RuntimeException.class);
    }
}
