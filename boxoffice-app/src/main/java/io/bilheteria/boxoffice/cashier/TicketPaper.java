package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.devices.printer.PrintableTicket;
import java.time.ZoneId;

/** A ticket of an order as paper: what a reprint at the box office prints. */
final class TicketPaper {
    private TicketPaper() {
    }

    /** The ticket with its seat's labels from the session's map, marked as reprint #n when n &gt; 0. */
    static PrintableTicket of(Order order, Ticket ticket, SeatMap map, ZoneId zone) {
        Seat seat = map.seats().stream().filter(s -> s.id().equals(ticket.seatId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("seat " + ticket.seatId() + " is not on the session's map"));
        Section section = map.sections().stream().filter(s -> s.id().equals(seat.sectionId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("section " + seat.sectionId() + " is not on the map"));
        return new PrintableTicket(order.session().eventTitle(), order.session().venue(), order.session().startsAt(),
                zone, section.name(), seat.row(), Integer.toString(seat.number()), ticket.priceCents(),
                order.currency(), order.code(), ticket.qr(), ticket.reprintCount(),
                ticket.ticketType() == TicketType.HALF);
    }
}
