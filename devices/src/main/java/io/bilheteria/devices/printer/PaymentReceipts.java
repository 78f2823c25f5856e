package io.bilheteria.devices.printer;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Lays out the payment receipt (comprovante) of one order in one language: order code, date and
 * time, terminal, each ticket (section, row, seat, full or half price, price), each product
 * (units x price), the total, and the card's brand, last 4 digits and authorisation code. One per
 * order, printed after its tickets; Portuguese (Brazil) unless told otherwise, English for {@code en}.
 */
public final class PaymentReceipts {
    private static final int FEED_BEFORE_CUT = 2;

    private final ReceiptWriting writing;
    /** When it was paid and when the show starts, short: "14/03/2026 20:00". */
    private final DateTimeFormatter dateTime;

    /** @param columns characters per line in the normal font (48 on 80 mm paper, 32 on 58 mm) */
    public PaymentReceipts(Locale locale, int columns) {
        this.writing = new ReceiptWriting(locale, columns);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    }

    public Receipt receiptFor(PrintablePayment payment) {
        Receipt.Builder receipt = Receipt.builder();
        writing.lines(receipt, writing.label("payment.heading"), Alignment.CENTER, TextSize.DOUBLE_HEIGHT, true);
        receipt.separator();
        writing.pair(receipt, writing.label("order"), payment.orderCode(), true);
        writing.pair(receipt, writing.label("payment.date"),
                ReceiptWriting.printable(dateTime.format(payment.paidAt().atZone(payment.zone()))), false);
        writing.pair(receipt, writing.label("payment.terminal"), payment.terminal(), false);
        receipt.separator();
        PrintableTicket first = payment.tickets().get(0);
        writing.lines(receipt, first.eventTitle(), Alignment.LEFT, TextSize.NORMAL, true);
        writing.lines(receipt, ReceiptWriting.printable(dateTime.format(first.sessionStart().atZone(first.zone()))),
                Alignment.LEFT, TextSize.NORMAL, false);
        for (PrintableTicket ticket : payment.tickets()) {
            writing.lines(receipt, seat(ticket), Alignment.LEFT, TextSize.NORMAL, false);
            writing.pair(receipt, "  " + writing.label(ticket.halfPrice() ? "payment.half" : "payment.full"),
                    writing.money(ticket.priceCents(), payment.currency()), false);
        }
        for (PrintablePayment.ProductLine product : payment.products()) {
            writing.lines(receipt, product.name(), Alignment.LEFT, TextSize.NORMAL, false);
            writing.pair(receipt, "  " + writing.label("payment.units", product.quantity(),
                            writing.money(product.unitPriceCents(), payment.currency())),
                    writing.money(Math.multiplyExact(product.unitPriceCents(), product.quantity()),
                            payment.currency()), false);
        }
        receipt.separator('=');
        writing.pair(receipt, writing.label("total"), writing.money(payment.totalCents(), payment.currency()), true);
        receipt.separator();
        PrintablePayment.Card card = payment.card();
        writing.pair(receipt, writing.label("payment.card"),
                writing.label("payment.cardNumber", card.brand(), card.last4()), false);
        writing.pair(receipt, writing.label("payment.authorization"), card.authorizationCode(), false);
        return receipt.feed(FEED_BEFORE_CUT).cut().build();
    }

    /** "Plateia A, Fileira C, Lugar 12": a spot without rows or numbers leaves those out. */
    private String seat(PrintableTicket ticket) {
        StringBuilder seat = new StringBuilder(ticket.section());
        if (!ticket.row().isBlank()) {
            seat.append(", ").append(writing.label("row")).append(' ').append(ticket.row());
        }
        if (!ticket.seat().isBlank()) {
            seat.append(", ").append(writing.label("seat")).append(' ').append(ticket.seat());
        }
        return seat.toString();
    }
}
