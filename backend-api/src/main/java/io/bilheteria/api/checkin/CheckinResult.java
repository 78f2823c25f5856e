package io.bilheteria.api.checkin;

import io.bilheteria.api.orders.TicketType;
import java.time.Instant;

/** {@code ticketType} is the scanned ticket's, when it is one: HALF (meia-entrada) asks for the holder's document. */
public record CheckinResult(CheckinResultType result, String ticketId, Instant firstScanAt, String firstGateId,
                            TicketType ticketType) {
}
