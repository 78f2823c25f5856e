package io.bilheteria.api.orders;

import java.time.Instant;
import io.bilheteria.api.vouchers.Voucher;
import java.util.List;

/**
 * {@code refundedCents}: what has been given back so far; once REFUNDED, all of {@code totalCents} but the
 * products a concession counter had already handed over.
 * {@code session}: the event, venue and start its tickets print, e.g. for a reprint.
 * {@code vouchers}: one per product unit, handed over once at the concession counter.
 */
public record Order(
        String orderId,
        String code,
        OrderStatus status,
        String sessionId,
        String customerId,
        String email,
        String channel,
        long totalCents,
        long refundedCents,
        long platformFeeCents,
        long partnerNetCents,
        String currency,
        Instant createdAt,
        Instant paidAt,
        List<OrderItem> items,
        List<Ticket> tickets,
        PaymentSummary payment,
        OrderSession session,
        List<Voucher> vouchers) {
}
