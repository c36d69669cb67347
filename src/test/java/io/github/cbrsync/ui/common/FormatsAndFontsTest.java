package io.github.cbrsync.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dates, sizes and the CJK font, per language and platform. */
class FormatsAndFontsTest {
    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 28, 14, 3, 1, 0, ZoneOffset.UTC);

    @Test
    void datesFollowTheBundlesStyleOrPattern() {
        assertThat(Formats.formatter("MEDIUM", true, Locale.US).format(AT)).isEqualTo("Nov 28, 2026, 2:03:01 PM");
        assertThat(Formats.formatter("yyyy/MM/dd HH:mm:ss", true, Locale.SIMPLIFIED_CHINESE).format(AT))
                .isEqualTo("2026/11/28 14:03:01");
        assertThat(Formats.formatter("MEDIUM", false, Locale.UK).format(AT)).isEqualTo("28 Nov 2026");
    }

    @Test
    void sizesKeepOneDecimalInTheLocalesWay() {
        assertThat(Formats.megabytes(1536, Locale.US)).isEqualTo("1.5 GB");
        assertThat(Formats.megabytes(1536, Locale.GERMANY)).isEqualTo("1,5 GB");
        assertThat(Formats.megabytes(200 * 1024, Locale.US)).isEqualTo("200 GB");
        assertThat(Formats.megabytes(700, Locale.SIMPLIFIED_CHINESE)).isEqualTo("700 MB");
    }

    @Test
    void theEnglishTextsGetEnglishAgesInTheTests() {
        assertThat(Formats.age(java.time.Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(Formats.age(java.time.Duration.ofMinutes(5))).isEqualTo("5 min ago");
        assertThat(Formats.age(java.time.Duration.ofHours(47))).isEqualTo("47 h ago");
        assertThat(Formats.age(java.time.Duration.ofDays(1).plusHours(23))).isEqualTo("47 h ago");
        assertThat(Formats.age(java.time.Duration.ofDays(2))).isEqualTo("2 days ago");
    }

    @Test
    void linuxNamesTheFirstInstalledCjkFamily() {
        assertThat(CjkFont.family("Linux", Set.of("DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK SC")))
                .contains("Noto Sans CJK SC");
        assertThat(CjkFont.family("Linux", Set.of("DejaVu Sans", "WenQuanYi Zen Hei"))).contains("WenQuanYi Zen Hei");
        assertThat(CjkFont.family("Linux", Set.of("DejaVu Sans"))).isEmpty();
        assertThat(CjkFont.family("Windows 11", Set.of("Noto Sans CJK SC"))).as("Windows finds CJK by itself")
                .isEmpty();
        assertThat(CjkFont.stylesheetFor("Noto Sans CJK SC")).startsWith("data:text/css;base64,");
    }
}
