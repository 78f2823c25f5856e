package io.bilheteria.api.checkin;

import io.bilheteria.api.orders.TicketType;
import java.time.Instant;

/**
 * One ticket of a session as a gate needs it to decide offline: its current version (an
 * older printout is refused), its status, where it seats, and its first scan, if any.
 * {@code row} and {@code seatNumber} are the seat's labels in its section. A HALF
 * {@code ticketType} (meia-entrada) tells the gate to ask for the holder's document.
 */
public record GateTicket(String ticketId, String seatId, int version, TicketStatus status, String sectionName,
                         String row, int seatNumber, Instant firstScanAt, String firstGateId, TicketType ticketType) {
}
