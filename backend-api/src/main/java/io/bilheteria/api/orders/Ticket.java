package io.bilheteria.api.orders;

/**
 * One admission: {@code qr} is the signed payload printed as a QR code (see the API reference).
 * {@code priceCents} is what this seat cost at its {@code ticketType}; {@code reprintCount} is
 * how many times it was printed again (the paper says "REPRINT #n"), each time with a new code.
 */
public record Ticket(String ticketId, String seatId, String qr, String status, TicketType ticketType,
                     long priceCents, int reprintCount) {
}
