package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.partners.RowLabels;
import io.bilheteria.api.partners.SeatPosition;
import io.bilheteria.ui.i18n.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a partner types, read into what the backend takes: money as "90,00" (or "90.00", "R$ 90"),
 * counts, lists such as "5, 10", seats such as "A1, C12" (numbered rows as "3-12"), a row's label
 * as its index, a session's date and time in the venue's zone. Anything else is refused with an
 * {@link IllegalArgumentException} whose message names the field and shows an example, ready for
 * the screen.
 */
final class Inputs {
    /** As the backend letters rows: no I or O, then AA, AB... */
    private static final String ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Pattern LETTER_SEAT = Pattern.compile("([A-Za-z]{1,2})-?(\\d{1,4})");
    private static final Pattern NUMBER_SEAT = Pattern.compile("(\\d{1,4})-(\\d{1,4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?");
    private final Messages messages;

    Inputs(Messages messages) {
        this.messages = messages;
    }

    String required(String text, String field) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw refused("partner.input.required", field);
        }
        return value;
    }

    /** Cents from "90,00", "1.234,56", "90.5", "R$ 90"; never negative, at most two decimals. */
    long cents(String text, String field) {
        String value = required(text, field).replace("R$", "").replace(" ", "").replace("\u00A0", "");
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        } else if (value.matches("\\d{1,3}(\\.\\d{3})+")) {
            value = value.replace(".", "");
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw refused("partner.input.money", field);
            }
            return amount.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw refused("partner.input.money", field);
        }
    }

    int count(String text, String field, int min, int max) {
        String value = required(text, field);
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw refused("partner.input.count", field, min, max);
    }

    /** A number with an optional decimal comma, such as a radius of "12,5"; null when left blank. */
    Double decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw refused("partner.input.decimal", field);
        }
    }

    /** "5, 10 12" as [5, 10, 12]: commas, semicolons or spaces between; blank is empty. */
    List<Integer> numbers(String text, String field) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : parts(text)) {
            numbers.add(count(part, field, 1, 9999));
        }
        return numbers;
    }

    /** "A1, c12" or, for numbered rows, "3-12": row and seat number; blank is empty. */
    List<SeatPosition> seats(String text, String field) {
        List<SeatPosition> seats = new ArrayList<>();
        for (String part : parts(text)) {
            Matcher letters = LETTER_SEAT.matcher(part);
            Matcher numbers = NUMBER_SEAT.matcher(part);
            if (letters.matches()) {
                seats.add(new SeatPosition(letters.group(1).toUpperCase(Locale.ROOT), Integer.parseInt(letters.group(2))));
            } else if (numbers.matches()) {
                seats.add(new SeatPosition(numbers.group(1), Integer.parseInt(numbers.group(2))));
            } else {
                throw refused("partner.input.seats", field);
            }
        }
        return seats;
    }

    /** The index of the first row from its label ("C" is 2, "3" is 2); blank is the first, 0. */
    int rowIndex(String text, RowLabels labels, String field) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String label = text.trim().toUpperCase(Locale.ROOT);
        if (labels == RowLabels.NUMBERS) {
            return count(label, field, 1, 401) - 1;
        }
        int n = ROW_LETTERS.length();
        if (label.length() == 1 && ROW_LETTERS.indexOf(label.charAt(0)) >= 0) {
            return ROW_LETTERS.indexOf(label.charAt(0));
        }
        if (label.length() == 2 && ROW_LETTERS.indexOf(label.charAt(0)) >= 0 && ROW_LETTERS.indexOf(label.charAt(1)) >= 0) {
            return (ROW_LETTERS.indexOf(label.charAt(0)) + 1) * n + ROW_LETTERS.indexOf(label.charAt(1));
        }
        throw refused("partner.input.row", field);
    }

    /** A session's start: the day picked and "20:00" (or "20h", "20h30") on the venue's clock. */
    Instant startsAt(LocalDate day, String time, ZoneId zone) {
        if (day == null) {
            throw refused("partner.input.required", messages.get("partner.session.date"));
        }
        String field = messages.get("partner.session.time");
        Matcher matcher = TIME.matcher(required(time, field));
        if (!matcher.matches()) {
            throw refused("partner.input.time", field);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            throw refused("partner.input.time", field);
        }
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }

    private static List<String> parts(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("[,;\\s]+"));
    }

    private IllegalArgumentException refused(String key, Object... args) {
        return new IllegalArgumentException(messages.get(key, args));
    }
}
