package io.github.cbrsync.store;

import java.util.Locale;

/**
 * How the window looks and speaks, and when a vault counts as not synced lately (Preferences).
 *
 * @param language  the texts' language; {@link Language#SYSTEM} follows the operating system's locale
 * @param theme     light or dark; {@link Theme#SYSTEM} follows the desktop's setting where it can be read
 * @param staleDays a vault without a successful sync in this many days is flagged by the vault list's filter
 */
public record UiChoices(Language language, Theme theme, int staleDays) {
    public static final UiChoices DEFAULTS = new UiChoices(Language.SYSTEM, Theme.SYSTEM, 1);
    public static final int MAX_STALE_DAYS = 365;

    public UiChoices {
        staleDays = Math.max(1, Math.min(MAX_STALE_DAYS, staleDays));
    }

    /** The languages the app has texts for. */
    public enum Language {
        SYSTEM(null), ENGLISH(Locale.US), CHINESE(Locale.SIMPLIFIED_CHINESE);

        private final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }

        /** The locale to start in, given the operating system's. */
        public Locale locale(Locale system) {
            return locale == null ? system : locale;
        }
    }

    /** Light, dark, or whatever the desktop prefers. */
    public enum Theme {
        SYSTEM, LIGHT, DARK
    }
}
