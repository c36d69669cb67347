package io.github.cbrsync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The status colours keep their meaning and stay readable in both themes: every text colour of app.css has at
 * least WCAG AA contrast (4.5:1) on the backgrounds it is drawn on, in the light theme (.root) and the dark one
 * (.dark): the table's plain, striped and selected rows from AtlantaFX's own theme files, and the app's banners.
 */
class StatusColoursContrastTest {
    private static final double AA = 4.5;
    private static final List<String> STATUS = List.of("-cbr-ok", "-cbr-warn", "-cbr-bad", "-cbr-active",
            "-cbr-muted");

    @Test
    void statusColoursAreReadableOnEveryRowOfTheLightTheme() throws IOException {
        Map<String, String> app = block(appCss(), "\\.root");
        Map<String, String> theme = block(themeCss(PrimerLight.class, new PrimerLight().getUserAgentStylesheet()),
                "\\.root");
        check(app, List.of(theme.get("-color-bg-default"), theme.get("-color-bg-subtle"), theme.get("-color-base-1")));
    }

    @Test
    void statusColoursAreReadableOnEveryRowOfTheDarkTheme() throws IOException {
        Map<String, String> app = block(appCss(), "\\.dark");
        Map<String, String> theme = block(themeCss(PrimerDark.class, new PrimerDark().getUserAgentStylesheet()),
                "\\.root");
        check(app, List.of(theme.get("-color-bg-default"), theme.get("-color-bg-subtle"), theme.get("-color-base-6")));
    }

    private static void check(Map<String, String> app, List<String> rowBackgrounds) {
        assertThat(rowBackgrounds).doesNotContainNull();
        List<String> tooFaint = new ArrayList<>();
        for (String colour : STATUS) {
            for (String background : rowBackgrounds) {
                expect(tooFaint, colour, app.get(colour), background);
            }
        }
        expect(tooFaint, "-cbr-banner-fg", app.get("-cbr-banner-fg"), app.get("-cbr-banner-bg"));
        expect(tooFaint, "-cbr-bulk-fg", app.get("-cbr-bulk-fg"), app.get("-cbr-bulk-bg"));
        expect(tooFaint, "-cbr-on-accent", app.get("-cbr-on-accent"), app.get("-cbr-accent"));
        assertThat(tooFaint).isEmpty();
    }

    private static void expect(List<String> tooFaint, String name, String fg, String bg) {
        assertThat(fg).as(name).isNotNull();
        double ratio = contrast(fg, bg);
        if (ratio < AA) {
            tooFaint.add(name + " " + fg + " on " + bg + ": " + String.format("%.2f", ratio));
        }
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The hex colours declared in the first block of {@code selector}. */
    private static Map<String, String> block(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + selector + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(m.find()).as(selector).isTrue();
        Map<String, String> colours = new HashMap<>();
        Matcher d = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(m.group(1));
        while (d.find()) {
            colours.put(d.group(1), d.group(2).toLowerCase());
        }
        return colours;
    }

    private static String appCss() throws IOException {
        return Files.readString(Path.of("src/main/resources/io/github/cbrsync/ui/main/app.css"));
    }

    private static String themeCss(Class<?> theme, String path) throws IOException {
        try (InputStream in = theme.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
