package io.bilheteria.ui.sale;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.devices.printer.PrintableTicket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sold ticket as paper, for the first print after a sale and for a reprint at the box
 * office: the show, the seat's labels from the session's map, the price it was sold at
 * (a meia-entrada is marked), and "reprint #n" once it has been printed again.
 */
public final class TicketPaper {
    private TicketPaper() {
    }

    public static PrintableTicket of(String eventTitle, String venue, Instant startsAt, ZoneId zone, String orderCode,
                                     Ticket ticket, Seat seat, Section section) {
        return new PrintableTicket(eventTitle, venue, startsAt, zone, section.name(), seat.row(),
                Integer.toString(seat.number()), ticket.priceCents(), section.currency(), orderCode, ticket.qr(),
                ticket.reprintCount(), ticket.ticketType() == TicketType.HALF);
    }

    /** Every ticket of a loaded order, by ticket id, their seats looked up in one pass over the session's map. */
    public static Map<String, PrintableTicket> ofOrder(Order order, SeatMap map, ZoneId zone) {
        Set<String> seatIds = order.tickets().stream().map(Ticket::seatId).collect(Collectors.toSet());
        Map<String, Seat> seats = map.seats().stream().filter(seat -> seatIds.contains(seat.id()))
                .collect(Collectors.toMap(Seat::id, seat -> seat));
        Map<String, PrintableTicket> papers = new LinkedHashMap<>();
        for (Ticket ticket : order.tickets()) {
            Seat seat = seats.get(ticket.seatId());
            if (seat == null) {
                throw new IllegalStateException("seat " + ticket.seatId() + " is not on the session's map");
            }
            papers.put(ticket.ticketId(), of(order, ticket, seat, map, zone));
        }
        return papers;
    }

    /** A ticket of a loaded order, its seat looked up on the session's map. */
    public static PrintableTicket of(Order order, Ticket ticket, SeatMap map, ZoneId zone) {
        Seat seat = map.seats().stream().filter(s -> s.id().equals(ticket.seatId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("seat " + ticket.seatId() + " is not on the session's map"));
        return of(order, ticket, seat, map, zone);
    }

    private static PrintableTicket of(Order order, Ticket ticket, Seat seat, SeatMap map, ZoneId zone) {
        Section section = map.sections().stream().filter(s -> s.id().equals(seat.sectionId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("section " + seat.sectionId() + " is not on the map"));
        return of(order.session().eventTitle(), order.session().venue(), order.session().startsAt(), zone, order.code(),
                ticket, seat, section);
    }
}
