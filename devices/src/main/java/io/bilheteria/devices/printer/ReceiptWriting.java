package io.bilheteria.devices.printer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What the paper layouts (tickets, payment receipt, voucher slips) share: their words in one
 * language, money as printed, and lines fitted to the paper's width.
 */
final class ReceiptWriting {
    private final Locale locale;
    private final int columns;
    private final ResourceBundle labels;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;

    /** @param columns characters per line in the normal font (48 on 80 mm paper, 32 on 58 mm) */
    ReceiptWriting(Locale locale, int columns) {
        this.locale = Objects.requireNonNull(locale, "locale");
        if (columns < 24) {
            throw new IllegalArgumentException("a receipt line holds at least 24 characters");
        }
        this.columns = columns;
        // no fallback to the machine's locale: a kiosk asked for Portuguese prints Portuguese anywhere
        this.labels = ResourceBundle.getBundle(TicketReceipts.class.getName(), locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    Locale locale() {
        return locale;
    }

    int columns() {
        return columns;
    }

    String label(String key) {
        return labels.getString(key);
    }

    /** A label whose text has {@code %s}/{@code %d} places, filled in this language. */
    String label(String key, Object... values) {
        return String.format(locale, labels.getString(key), values);
    }

    /** Label at the left edge and value at the right edge of one line, or on two lines when both do not fit. */
    void pair(Receipt.Builder receipt, String label, String value, boolean bold) {
        String normalLabel = Normalizer.normalize(label, Normalizer.Form.NFC);
        String normalValue = Normalizer.normalize(value, Normalizer.Form.NFC);
        int gap = columns - normalLabel.length() - normalValue.length();
        if (gap >= 1) {
            receipt.add(new ReceiptElement.Text(normalLabel + " ".repeat(gap) + normalValue,
                    Alignment.LEFT, TextSize.NORMAL, bold));
        } else {
            for (String line : TicketReceipts.wrap(normalLabel, columns)) {
                receipt.text(line);
            }
            for (String line : TicketReceipts.wrap(normalValue, columns)) {
                receipt.add(new ReceiptElement.Text(line, Alignment.RIGHT, TextSize.NORMAL, bold));
            }
        }
    }

    /** Text broken at spaces into lines that fit at this size, each aligned so. */
    void lines(Receipt.Builder receipt, String text, Alignment alignment, TextSize size, boolean bold) {
        for (String line : TicketReceipts.wrap(text, columns / size.widthFactor())) {
            receipt.add(new ReceiptElement.Text(line, alignment, size, bold));
        }
    }

    /** The show's heading: the event's title large, the venue, the date and, large, the time, in the venue's zone. */
    void show(Receipt.Builder receipt, String eventTitle, String venue, Instant start, ZoneId zone) {
        lines(receipt, eventTitle, Alignment.CENTER, TextSize.DOUBLE, true);
        lines(receipt, venue, Alignment.CENTER, TextSize.NORMAL, false);
        ZonedDateTime at = start.atZone(zone);
        receipt.text(printable(dateFormat.format(at)), Alignment.CENTER);
        receipt.boldText(printable(timeFormat.format(at)), Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
    }

    /** "Pedido K7Q2M", the code the box office finds the order by. */
    void orderCode(Receipt.Builder receipt, String code) {
        receipt.boldText(label("order") + " " + code, Alignment.CENTER, TextSize.NORMAL);
    }

    String money(long cents, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return printable(format.format(BigDecimal.valueOf(cents, Math.max(0, currency.getDefaultFractionDigits()))));
    }

    /** Formatters put no-break spaces in money and times; receipt code pages may lack them, a space reads the same. */
    static String printable(String formatted) {
        return formatted.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
