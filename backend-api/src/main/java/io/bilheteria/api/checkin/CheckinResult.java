package io.bilheteria.api.checkin;

import io.bilheteria.api.orders.TicketType;
import java.time.Instant;

/**
 * {@code ticketType} is the scanned ticket's, when it is one: HALF (meia-entrada) asks for the holder's document.
 * {@code ticketSessionId} and {@code ticketStartsAt} say which session the ticket is for, whenever the code is a
 * real ticket, so a gate can tell the holder of a WRONG_SESSION ticket when to come back.
 */
public record CheckinResult(CheckinResultType result, String ticketId, Instant firstScanAt, String firstGateId,
                            TicketType ticketType, String ticketSessionId, Instant ticketStartsAt) {
}
