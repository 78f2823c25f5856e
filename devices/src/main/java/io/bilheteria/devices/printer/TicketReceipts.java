package io.bilheteria.devices.printer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

    private final ReceiptGrouping grouping;
    private final ReceiptWriting writing;

    public TicketReceipts(ReceiptGrouping grouping) {
        this(DEFAULT_LOCALE, grouping, COLUMNS_80MM);
    }

    public TicketReceipts(Locale locale, ReceiptGrouping grouping) {
        this(locale, grouping, COLUMNS_80MM);
    }

    /** @param columns characters per line in the normal font (48 on 80 mm paper, 32 on 58 mm) */
    public TicketReceipts(Locale locale, ReceiptGrouping grouping, int columns) {
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        this.writing = new ReceiptWriting(locale, columns);
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
        writing.pair(receipt, writing.label("total"), writing.money(total, previous.currency()), true);
        orderCode(receipt, previous.orderCode());
        return receipt.feed(FEED_BEFORE_CUT).cut().build();
    }

    private static boolean sameSession(PrintableTicket a, PrintableTicket b) {
        return a.eventTitle().equals(b.eventTitle()) && a.venue().equals(b.venue())
                && a.sessionStart().equals(b.sessionStart());
    }

    private void session(Receipt.Builder receipt, PrintableTicket ticket) {
        writing.show(receipt, ticket.eventTitle(), ticket.venue(), ticket.sessionStart(), ticket.zone());
    }

    private void ticket(Receipt.Builder receipt, PrintableTicket ticket) {
        receipt.separator();
        if (ticket.reprint() > 0) {
            receipt.boldText(writing.label("reprint", ticket.reprint()),
                    Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
        }
        writing.pair(receipt, writing.label("section"), ticket.section(), false);
        if (!ticket.row().isBlank()) {
            writing.pair(receipt, writing.label("row"), ticket.row(), false);
        }
        if (!ticket.seat().isBlank()) {
            writing.pair(receipt, writing.label("seat"), ticket.seat(), true);
        }
        writing.pair(receipt, writing.label("price"), writing.money(ticket.priceCents(), ticket.currency()), false);
        if (ticket.halfPrice()) {
            receipt.boldText(writing.label("halfPrice"), Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
            receipt.text(writing.label("halfPriceDocument"), Alignment.CENTER);
        }
        // a line of white above and below is the quiet zone gate scanners need around the code
        receipt.feed(1);
        receipt.qrCode(ticket.qrPayload());
        receipt.feed(1);
        receipt.text(writing.label("showAtEntrance"), Alignment.CENTER);
    }

    private void orderCode(Receipt.Builder receipt, String code) {
        writing.orderCode(receipt, code);
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
