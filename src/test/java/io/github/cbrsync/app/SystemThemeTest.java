package io.github.cbrsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the desktop's light or dark preference is read, with the desktop's answers made up. */
class SystemThemeTest {
    private final List<List<String>> asked = new ArrayList<>();

    private SystemTheme.Command answering(String colorScheme, String gtkTheme) {
        return command -> {
            asked.add(command);
            String key = command.get(command.size() - 1);
            String answer = key.equals("color-scheme") ? colorScheme : gtkTheme;
            return Optional.ofNullable(answer);
        };
    }

    @Test
    void gnomesColorSchemeDecides() {
        assertThat(SystemTheme.linuxPrefersDark(Map.of(), answering("'prefer-dark'\n", "'Adwaita'"))).isTrue();
        assertThat(SystemTheme.linuxPrefersDark(Map.of(), answering("'prefer-light'\n", "'Adwaita-dark'")))
                .isFalse();
    }

    @Test
    void aDarkGtkThemeCountsWhenTheSchemeIsTheDefault() {
        assertThat(SystemTheme.linuxPrefersDark(Map.of(), answering("'default'\n", "'Yaru-dark'\n"))).isTrue();
        assertThat(SystemTheme.linuxPrefersDark(Map.of(), answering("'default'\n", "'Yaru'\n"))).isFalse();
    }

    @Test
    void gtkThemeSetByHandWinsAndNothingIsAsked() {
        assertThat(SystemTheme.linuxPrefersDark(Map.of("GTK_THEME", "Adwaita:dark"), answering(null, null)))
                .isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void noDesktopToAskMeansLight() {
        assertThat(SystemTheme.linuxPrefersDark(Map.of(), answering(null, null))).isFalse();
    }

    @Test
    void windowsRegistryAnswer() {
        assertThat(SystemTheme.windowsSaysDark("\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n")).isTrue();
        assertThat(SystemTheme.windowsSaysDark("    AppsUseLightTheme    REG_DWORD    0x1\r\n")).isFalse();
    }
}
