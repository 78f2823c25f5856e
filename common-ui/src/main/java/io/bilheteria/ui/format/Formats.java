package io.bilheteria.ui.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Dates, times and countdowns as the apps show them.
 *
 * <p>The patterns are per language in {@code io/bilheteria/ui/format/formats*.properties} (base
 * file pt-BR, as in {@link io.bilheteria.ui.i18n.Messages}): a session on 12 Dec 2026 at 20:00 is
 * "sáb., 12 de dez. de 2026 20:00" in pt-BR and "Sat, Dec 12, 2026, 8:00 PM" in English.
 *
 * <p>Wherever Java's locale data puts a no-break space (U+00A0, or U+202F in newer JDKs) the output
 * has {@link #NO_BREAK_SPACE}, so the text is the same on every JDK; the spaces of our own
 * patterns are ordinary spaces.
 */
public final class Formats {

    public static final char NO_BREAK_SPACE = '\u00A0';
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final String PATTERNS = "io.bilheteria.ui.format.formats";
    private static final ResourceBundle.Control BASE_FILE_IS_DEFAULT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Formats() {
    }

    /** Weekday, date and time, for a session: "sáb., 12 de dez. de 2026 20:00". */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return format("dateTime", instant, zone, locale);
    }

    /** Weekday and date: "sáb., 12 de dez. de 2026". */
    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return format("date", instant, zone, locale);
    }

    /** Time of day: "20:00", "8:00 PM". */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return format("time", instant, zone, locale);
    }

    /**
     * Time left as "m:ss" ("4:59"), or "h:mm:ss" from one hour up. Rounds up to the whole second,
     * so "0:00" shows only once the time is over; a negative duration shows "0:00".
     */
    public static String countdown(Duration remaining) {
        long seconds = remaining.isNegative() ? 0 : remaining.plusNanos(999_999_999).getSeconds();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    static String withNoBreakSpaces(String text) {
        return text.replace(NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE);
    }

    private static String format(String patternKey, Instant instant, ZoneId zone, Locale locale) {
        String pattern = ResourceBundle.getBundle(PATTERNS, locale, Formats.class.getClassLoader(), BASE_FILE_IS_DEFAULT)
                .getString(patternKey);
        return withNoBreakSpaces(DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(zone)));
    }
}
