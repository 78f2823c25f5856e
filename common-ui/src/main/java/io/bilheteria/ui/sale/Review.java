package io.bilheteria.ui.sale;

import io.bilheteria.api.orders.TicketType;
import java.time.Instant;
import java.util.List;

/** What the customer is about to pay for, with the backend's total and the hold's end. */
public record Review(String eventTitle, Instant sessionStart, List<SeatLine> seats, List<ProductLine> products,
                     long totalCents, String currency, String orderCode, Instant holdExpiresAt) {

    public record SeatLine(String seatId, String section, String row, int number, long priceCents,
                           TicketType ticketType) {
    }

    public record ProductLine(String productId, String name, int quantity, long unitPriceCents) {
    }
}
