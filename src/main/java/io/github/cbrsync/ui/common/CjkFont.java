package io.github.cbrsync.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chinese text on Linux. JavaFX's fallback fonts there are TrueType only, so the CJK fonts desktops actually
 * ship (Noto Sans CJK, Source Han Sans: OpenType/CFF) are never used for a character the main font lacks, and
 * Chinese shows as boxes. Named as the font, they render: so when such a family is installed, every scene's
 * root uses it (its Latin letters are fine too, and Chinese vault names render in the English window as well).
 * Windows and macOS find CJK glyphs by themselves.
 */
public final class CjkFont {
    /** Simplified Chinese first; the console's own choice, then what Debian, Fedora and Windows ship. */
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", // (matched, not shown)
            "Source Han Sans CN", "Noto Sans SC", "WenQuanYi Micro Hei", // (matched, not shown)
            "WenQuanYi Zen Hei", "Droid Sans Fallback"); // (matched, not shown)
    private static String stylesheet = "";

    private CjkFont() {
    }

    /** Picks the family from what is installed (call once, on the FX thread, before the first window). */
    public static Optional<String> choose(String osName, Set<String> installedFamilies) {
        Optional<String> family = family(osName, installedFamilies);
        stylesheet = family.map(CjkFont::stylesheetFor).orElse("");
        return family;
    }

    static Optional<String> family(String osName, Set<String> installed) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** A stylesheet (a data URI) that sets the family on the root, or empty when none is needed. */
    static String stylesheet() {
        return stylesheet;
    }

    static String stylesheetFor(String family) {
        String css = ".root { -fx-font-family: \"" + family + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
