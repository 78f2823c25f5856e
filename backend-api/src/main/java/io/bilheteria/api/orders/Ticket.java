package io.bilheteria.api.orders;

/** One admission: {@code qr} is the signed payload printed as a QR code (see the API reference). */
public record Ticket(String ticketId, String seatId, String qr, String status) {
}
