package io.github.cbrsync.ui.common;

import io.github.cbrsync.i18n.Messages;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers, sizes and times as an administrator reads them, in the texts' language: the bundle names a date
 * style (MEDIUM: "Nov 28, 2026, 2:03:01 PM") or a pattern (Chinese: "2026/11/28 14:03:01", as the console writes
 * it), and decimals follow the locale.
 */
public final class Formats {
    private static final String[] UNITS = {"MB", "GB", "TB", "PB"};
    private static final Locale LOCALE = Messages.formatLocale();
    private static final DateTimeFormatter DATE_TIME = formatter(Messages.get("format.dateTime"), true, LOCALE);
    private static final DateTimeFormatter DATE = formatter(Messages.get("format.date"), false, LOCALE);

    private Formats() {
    }

    /** A bundle's date format: the name of a {@link FormatStyle}, else a pattern. */
    static DateTimeFormatter formatter(String styleOrPattern, boolean withTime, Locale locale) {
        for (FormatStyle style : FormatStyle.values()) {
            if (style.name().equals(styleOrPattern)) {
                return (withTime ? DateTimeFormatter.ofLocalizedDateTime(style, FormatStyle.MEDIUM)
                        : DateTimeFormatter.ofLocalizedDate(style)).withLocale(locale);
            }
        }
        return DateTimeFormatter.ofPattern(styleOrPattern, locale);
    }

    /** 1536 -> "1.5 GB"; binary steps, as the CBR console shows capacity. */
    public static String megabytes(long mb) {
        return megabytes(mb, LOCALE);
    }

    static String megabytes(long mb, Locale locale) {
        double value = mb;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(value >= 100 ? 0 : 1);
        return number.format(value) + " " + UNITS[unit];
    }

    public static String dateTime(Optional<Instant> instant) {
        return instant.map(Formats::dateTime).orElse("");
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String date(Optional<Instant> instant) {
        return instant.map(i -> DATE.format(i.atZone(ZoneId.systemDefault()))).orElse("");
    }

    public static String percent(double fraction) {
        NumberFormat percent = NumberFormat.getPercentInstance(LOCALE);
        percent.setMaximumFractionDigits(0);
        return percent.format(fraction);
    }

    /** How long ago, roughly: "just now", "5 min ago", "2 h ago", "3 days ago". */
    public static String age(Duration elapsed) {
        long minutes = Math.max(0, elapsed.toMinutes());
        if (minutes < 1) {
            return Messages.get("age.justNow");
        }
        if (minutes < 60) {
            return Messages.format("age.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return Messages.format("age.hours", minutes / 60);
        }
        return Messages.format("age.days", minutes / (24 * 60));
    }
}
