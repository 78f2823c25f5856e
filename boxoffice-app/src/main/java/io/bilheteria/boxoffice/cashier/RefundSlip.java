package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.devices.printer.Alignment;
import io.bilheteria.devices.printer.PrintableTicket;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.TextSize;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The paper a refund gives the customer, their proof until the money shows on the card: the
 * order and its show, when, what was given back (the tickets by seat, the products when the
 * whole order went), how much, and to which card.
 */
final class RefundSlip {
    private static final String SEAT_ITEM = "SEAT";
    private static final String VALID = "VALID";
    private final Messages messages;
    private final ZoneId zone;

    RefundSlip(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /**
     * @param before the order as it was shown when the refund was asked
     * @param after the order as the refund answered it
     * @param papers the order's tickets as printed, by ticket id: their seats' labels
     * @param card the card refunded as the customer knows it, or null when the order has no payment on record
     */
    Receipt of(Order before, Order after, Map<String, PrintableTicket> papers, String card, Instant refundedAt) {
        Receipt.Builder slip = Receipt.builder()
                .boldText(messages.get("postsale.slip.heading"), Alignment.CENTER, TextSize.DOUBLE_HEIGHT);
        List<String> heading = List.of(messages.get("postsale.order", after.code()),
                after.session().eventTitle() + " · " + dateTime(after.session().startsAt()),
                messages.get("postsale.slip.at", dateTime(refundedAt)));
        heading.stream().flatMap(line -> atWords(line).stream()).forEach(line -> slip.text(line, Alignment.CENTER));
        slip.separator();
        givenBack(before, after, papers).stream().flatMap(line -> atWords(line).stream()).forEach(slip::text);
        slip.separator();
        slip.boldText(messages.get("postsale.slip.amount", money(after, after.refundedCents() - before.refundedCents())),
                Alignment.LEFT, TextSize.NORMAL);
        if (card != null) {
            atWords(messages.get("postsale.slip.card", card)).forEach(slip::text);
        }
        return slip.feed(3).cut().build();
    }

    /** The tickets this refund revoked, then the products if it gave back what was left of the order. */
    private List<String> givenBack(Order before, Order after, Map<String, PrintableTicket> papers) {
        Set<String> stillValid = after.tickets().stream().filter(ticket -> VALID.equals(ticket.status()))
                .map(Ticket::ticketId).collect(Collectors.toSet());
        List<String> lines = new ArrayList<>();
        before.tickets().stream()
                .filter(ticket -> VALID.equals(ticket.status()) && !stillValid.contains(ticket.ticketId()))
                .forEach(ticket -> {
                    PrintableTicket paper = papers.get(ticket.ticketId());
                    lines.add(messages.get("postsale.slip.ticket", paper.section(), paper.row(), paper.seat(),
                            messages.get("postsale.type." + ticket.ticketType()), money(after, ticket.priceCents())));
                });
        if (after.status() == OrderStatus.REFUNDED && before.status() != OrderStatus.REFUNDED) {
            after.items().stream().filter(item -> !SEAT_ITEM.equals(item.kind()))
                    .forEach(item -> lines.add(messages.get("postsale.line", item.quantity(), item.description(),
                            money(after, item.unitPriceCents()))));
        }
        return lines;
    }

    private String dateTime(Instant instant) {
        return Formats.dateTime(instant, zone, messages.getLocale());
    }

    private String money(Order order, long cents) {
        return Money.format(cents, order.currency(), messages.getLocale());
    }

    /** A line broken at spaces to fit the paper, so no amount is split across two lines. */
    private static List<String> atWords(String line) {
        return TicketReceipts.wrap(line, TicketReceipts.COLUMNS_80MM);
    }
}
