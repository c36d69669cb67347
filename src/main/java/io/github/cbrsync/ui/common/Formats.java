package io.github.cbrsync.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Numbers and times as an administrator reads them. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String[] UNITS = {"MB", "GB", "TB", "PB"};

    private Formats() {
    }

    /** 1536 -> "1.5 GB"; binary steps, as the CBR console shows capacity. */
    public static String megabytes(long mb) {
        double value = mb;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS[unit];
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
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
