package io.github.cbrsync.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text the user sees comes from this bundle (FXML uses the same one through %key). The language is the
 * default locale's when the app starts ({@code app.Main} sets it from Preferences before anything here loads);
 * English is the base bundle, Simplified Chinese is {@code messages_zh_CN}.
 */
public final class Messages {
    public static final String BUNDLE = "io.github.cbrsync.i18n.messages";
    private static final ResourceBundle DEFAULT = bundleFor(Locale.getDefault());
    private static final Locale FORMATS = formatLocale(DEFAULT, Locale.getDefault());
    private static final Map<String, MessageFormat> COMPILED = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return DEFAULT;
    }

    /** The bundle for another language (tests, and the bundle parity check). */
    public static ResourceBundle bundleFor(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getModule());
    }

    /**
     * The locale numbers, dates and sizes are written in: the texts' own language, so a date never mixes
     * languages with the sentence around it (English texts on a German system keep English month names).
     */
    public static Locale formatLocale() {
        return FORMATS;
    }

    static Locale formatLocale(ResourceBundle bundle, Locale system) {
        if (!bundle.getLocale().getLanguage().isEmpty()) {
            return bundle.getLocale();
        }
        // The base bundle is English: the system's own English (en_GB writes dates day first), else US English.
        return "en".equals(system.getLanguage()) ? system : Locale.US;
    }

    public static String get(String key) {
        return DEFAULT.getString(key);
    }

    /**
     * The text of {@code key} with its arguments. Each pattern is compiled once: compiling one (with its choice
     * formats) at every cell update of a table showed in the FX thread's profile under a bulk sync. A
     * MessageFormat is not thread-safe, so each is used under its own lock.
     */
    public static String format(String key, Object... args) {
        MessageFormat compiled = COMPILED.computeIfAbsent(key, k -> new MessageFormat(DEFAULT.getString(k), FORMATS));
        synchronized (compiled) {
            return compiled.format(args);
        }
    }
}
