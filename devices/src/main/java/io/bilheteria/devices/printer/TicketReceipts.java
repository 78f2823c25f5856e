package io.bilheteria.devices.printer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Lays out an order's tickets as receipts in one language: event, venue, date and time of the
 * session, section, row, seat, price, the ticket's QR code and the order code. Portuguese
 * (Brazil) unless told otherwise; English for {@code en}; any other language gets Portuguese.
 */
public final class TicketReceipts {
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("pt-BR");
    /** Characters per line of an 80 mm printer in its normal font: 576 dots of 12 each. */
    public static final int COLUMNS_80MM = 48;
    private static final int FEED_BEFORE_CUT = 2;

    private final Locale locale;
    private final ReceiptGrouping grouping;
    private final int columns;
    private final ResourceBundle labels;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;

    public TicketReceipts(ReceiptGrouping grouping) {
        this(DEFAULT_LOCALE, grouping, COLUMNS_80MM);
    }

    public TicketReceipts(Locale locale, ReceiptGrouping grouping) {
        this(locale, grouping, COLUMNS_80MM);
    }

    /** @param columns characters per line in the normal font (48 on 80 mm paper, 32 on 58 mm) */
    public TicketReceipts(Locale locale, ReceiptGrouping grouping, int columns) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.grouping = Objects.requireNonNull(grouping, "grouping");
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

    /**
     * The receipts for tickets of one order, in print order: one per ticket or a single one,
     * as this layout is grouped.
     *
     * @throws IllegalArgumentException when the list is empty or mixes orders or currencies
     */
    public List<Receipt> receiptsFor(List<PrintableTicket> orderTickets) {
        if (orderTickets.isEmpty()) {
            throw new IllegalArgumentException("no tickets to print");
        }
        PrintableTicket first = orderTickets.get(0);
        for (PrintableTicket ticket : orderTickets) {
            if (!ticket.orderCode().equals(first.orderCode()) || !ticket.currency().equals(first.currency())) {
                throw new IllegalArgumentException("the tickets of one receipt batch belong to one order in one currency");
            }
        }
        if (grouping == ReceiptGrouping.PER_ORDER) {
            return List.of(orderReceipt(orderTickets));
        }
        List<Receipt> receipts = new ArrayList<>();
        for (PrintableTicket ticket : orderTickets) {
            Receipt.Builder receipt = Receipt.builder();
            session(receipt, ticket);
            ticket(receipt, ticket);
            receipt.separator();
            orderCode(receipt, ticket.orderCode());
            receipts.add(receipt.feed(FEED_BEFORE_CUT).cut().build());
        }
        return List.copyOf(receipts);
    }

    private Receipt orderReceipt(List<PrintableTicket> tickets) {
        Receipt.Builder receipt = Receipt.builder();
        PrintableTicket previous = null;
        long total = 0;
        for (PrintableTicket ticket : tickets) {
            if (previous == null || !sameSession(previous, ticket)) {
                if (previous != null) {
                    receipt.separator('=');
                }
                session(receipt, ticket);
            }
            ticket(receipt, ticket);
            total = Math.addExact(total, ticket.priceCents());
            previous = ticket;
        }
        receipt.separator('=');
        pair(receipt, labels.getString("total"), money(total, previous.currency()), true);
        orderCode(receipt, previous.orderCode());
        return receipt.feed(FEED_BEFORE_CUT).cut().build();
    }

    private static boolean sameSession(PrintableTicket a, PrintableTicket b) {
        return a.eventTitle().equals(b.eventTitle()) && a.venue().equals(b.venue())
                && a.sessionStart().equals(b.sessionStart());
    }

    private void session(Receipt.Builder receipt, PrintableTicket ticket) {
        for (String line : wrap(ticket.eventTitle(), columns / TextSize.DOUBLE.widthFactor())) {
            receipt.boldText(line, Alignment.CENTER, TextSize.DOUBLE);
        }
        for (String line : wrap(ticket.venue(), columns)) {
            receipt.text(line, Alignment.CENTER);
        }
        ZonedDateTime start = ticket.sessionStart().atZone(ticket.zone());
        receipt.text(printable(dateFormat.format(start)), Alignment.CENTER);
        receipt.boldText(printable(timeFormat.format(start)), Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
    }

    private void ticket(Receipt.Builder receipt, PrintableTicket ticket) {
        receipt.separator();
        if (ticket.reprint() > 0) {
            receipt.boldText(String.format(locale, labels.getString("reprint"), ticket.reprint()),
                    Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
        }
        pair(receipt, labels.getString("section"), ticket.section(), false);
        if (!ticket.row().isBlank()) {
            pair(receipt, labels.getString("row"), ticket.row(), false);
        }
        if (!ticket.seat().isBlank()) {
            pair(receipt, labels.getString("seat"), ticket.seat(), true);
        }
        pair(receipt, labels.getString("price"), money(ticket.priceCents(), ticket.currency()), false);
        if (ticket.halfPrice()) {
            receipt.boldText(labels.getString("halfPrice"), Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
            receipt.text(labels.getString("halfPriceDocument"), Alignment.CENTER);
        }
        // a line of white above and below is the quiet zone gate scanners need around the code
        receipt.feed(1);
        receipt.qrCode(ticket.qrPayload());
        receipt.feed(1);
        receipt.text(labels.getString("showAtEntrance"), Alignment.CENTER);
    }

    private void orderCode(Receipt.Builder receipt, String code) {
        receipt.boldText(labels.getString("order") + " " + code, Alignment.CENTER, TextSize.NORMAL);
    }

    /** Label at the left edge and value at the right edge of one line, or on two lines when both do not fit. */
    private void pair(Receipt.Builder receipt, String label, String value, boolean bold) {
        String normalLabel = Normalizer.normalize(label, Normalizer.Form.NFC);
        String normalValue = Normalizer.normalize(value, Normalizer.Form.NFC);
        int gap = columns - normalLabel.length() - normalValue.length();
        if (gap >= 1) {
            receipt.add(new ReceiptElement.Text(normalLabel + " ".repeat(gap) + normalValue,
                    Alignment.LEFT, TextSize.NORMAL, bold));
        } else {
            receipt.text(normalLabel);
            for (String line : wrap(normalValue, columns)) {
                receipt.add(new ReceiptElement.Text(line, Alignment.RIGHT, TextSize.NORMAL, bold));
            }
        }
    }

    private String money(long cents, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return printable(format.format(BigDecimal.valueOf(cents, Math.max(0, currency.getDefaultFractionDigits()))));
    }

    /** Formatters put no-break spaces in money and times; receipt code pages may lack them, a space reads the same. */
    private static String printable(String formatted) {
        return formatted.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /**
     * Breaks text at spaces into lines of at most {@code width} characters, splitting only words longer
     * than a line: the printer itself breaks a long line at any character, "R$ 1" and "20,00".
     */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() <= width) {
                line.append(' ').append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > width) {
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
