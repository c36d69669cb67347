package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language read before anything else, and the look settings in settings.json, old files included. */
class LanguageSettingTest {
    @TempDir
    Path dir;

    @Test
    void theChosenLanguageIsReadAloneAndEarly() throws IOException {
        Path file = dir.resolve("settings.json");
        assertThat(LanguageSetting.readFrom(file)).as("no file yet").isEqualTo(UiChoices.Language.SYSTEM);
        Files.writeString(file, "{\"version\":1,\"language\":\"CHINESE\"}");
        assertThat(LanguageSetting.readFrom(file)).isEqualTo(UiChoices.Language.CHINESE);
        Files.writeString(file, "{\"language\":\"KLINGON\"}");
        assertThat(LanguageSetting.readFrom(file)).isEqualTo(UiChoices.Language.SYSTEM);
        Files.writeString(file, "{\"langu");
        assertThat(LanguageSetting.readFrom(file)).as("damaged").isEqualTo(UiChoices.Language.SYSTEM);
    }

    @Test
    void aLanguageIsALocaleOrTheSystems() {
        assertThat(UiChoices.Language.CHINESE.locale(Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiChoices.Language.ENGLISH.locale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.US);
        assertThat(UiChoices.Language.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.GERMANY);
    }

    @Test
    void lookSettingsRoundTripAndOldFilesGetDefaults() throws IOException {
        AppSettings chosen = AppSettings.DEFAULTS.withUi(new UiChoices(UiChoices.Language.CHINESE,
                UiChoices.Theme.DARK, 3));
        assertThat(SettingsCodec.read(SettingsCodec.write(chosen)).ui()).isEqualTo(chosen.ui());
        String older = "{\"version\":1,\"pollSeconds\":5,\"retentionDays\":30}";
        AppSettings read = SettingsCodec.read(older.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read.ui()).isEqualTo(UiChoices.DEFAULTS);
        assertThat(read.pollSeconds()).isEqualTo(5);
        assertThat(SettingsCodec.read("{\"staleDays\":0}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).ui()
                .staleDays()).as("at least a day").isEqualTo(1);
    }
}
