package io.github.cbrsync.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every text the user sees comes from this bundle (FXML uses the same one through %key). */
public final class Messages {
    public static final String BUNDLE = "io.github.cbrsync.i18n.messages";
    private static final ResourceBundle DEFAULT = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(),
            Messages.class.getModule());

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return DEFAULT;
    }

    public static String get(String key) {
        return DEFAULT.getString(key);
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(DEFAULT.getString(key), DEFAULT.getLocale()).format(args);
    }
}
