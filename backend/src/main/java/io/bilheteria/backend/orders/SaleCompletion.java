package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Turns an authorised payment into the sale: the order PAID, its held seats SOLD, its tickets
 * signed, its products taken from stock, in one transaction. Run by the buyer's payment call,
 * by a retry that took over a call cut off mid-way, and by the reconciler for a payment whose
 * caller never came back: whichever comes first makes the sale, the others find it made.
 */
final class SaleCompletion {
    private final Clock clock;
    private final TicketSigner signer;
    private final SalesMetrics metrics;

    SaleCompletion(Clock clock, TicketSigner signer, SalesMetrics metrics) {
        this.clock = clock;
        this.signer = signer;
        this.metrics = metrics;
    }

    /** A payment being charged, with what its sale needs. */
    record Pending(String paymentId, String orderId, String holdId, String sessionId, String channel,
                   long totalCents, String currency, int seatCount, int feeBps, boolean hasProducts) {
    }

    /** The pending payment {@code paymentId} as its sale needs it; empty when it is no longer pending. */
    static java.util.Optional<Pending> pending(Handle h, String paymentId) {
        return h.createQuery("SELECT p.id, o.id, o.hold_id, o.session_id, o.channel, o.total_cents, o.currency, "
                        + "(SELECT COUNT(*) FROM order_items WHERE order_id = o.id AND kind = 'SEAT'), "
                        + "(SELECT fee_bps FROM partners WHERE id = o.partner_id), "
                        + "(SELECT COUNT(*) FROM order_items WHERE order_id = o.id AND kind = 'PRODUCT') "
                        + "FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.id = :id AND p.status = 'PENDING'")
                .bind("id", paymentId)
                .map((rs, ctx) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10) > 0))
                .findOne();
    }

    /**
     * Makes the sale of {@code p}, charged under {@code authorization}. The payment row is claimed
     * first: when another caller completed it already, its sale is answered; when it was settled
     * otherwise meanwhile (voided, failed), or a seat of the hold was lost, this throws and the
     * caller gives the authorisation back.
     */
    PaymentResult complete(Handle h, Pending p, String authorization) {
        long now = clock.millis();
        int claimed = h.createUpdate("UPDATE payments SET status = 'APPROVED', authorization_code = :a, updated_at = :now "
                        + "WHERE id = :id AND status = 'PENDING'")
                .bind("a", authorization).bind("now", now).bind("id", p.paymentId()).execute();
        if (claimed != 1) {
            String status = h.createQuery("SELECT status FROM payments WHERE id = :id").bind("id", p.paymentId())
                    .mapTo(String.class).one();
            if ("APPROVED".equals(status)) {
                return new PaymentResult(p.orderId(), OrderStatus.PAID, OrderReader.tickets(h, p.orderId()));
            }
            throw DomainException.conflict("This payment was interrupted and closed meanwhile; nothing was charged, "
                    + "please pay again");
        }
        long fee = Math.round(p.totalCents() * p.feeBps() / 10_000.0);
        // only an order still awaiting payment turns PAID (a cancelled or expired one is refused),
        // and its row stays locked until this commits
        int paid = h.createUpdate("UPDATE orders SET status = 'PAID', paid_at = :now, platform_fee_cents = :fee, "
                        + "partner_net_cents = :net WHERE id = :o AND status = 'PENDING_PAYMENT'")
                .bind("now", now).bind("fee", fee).bind("net", p.totalCents() - fee).bind("o", p.orderId()).execute();
        if (paid != 1) {
            throw OrderService.holdExpired();
        }
        int sold = h.createUpdate("UPDATE session_seats SET status = 'SOLD', order_id = :o, held_until = NULL "
                        + "WHERE hold_id = :h AND status = 'HELD'")
                .bind("o", p.orderId()).bind("h", p.holdId()).execute();
        if (sold != p.seatCount()) {
            throw OrderService.holdExpired(); // a seat of the hold was lost meanwhile: the charge is voided
        }
        if (p.hasProducts()) {
            takeProductStock(h, p.orderId());
        }
        // the order's seat lines are the hold's seats: it was made from them
        Map<Long, SeatPrice> seats = seatPrices(h, p.orderId());
        var insertTickets = h.prepareBatch("INSERT INTO tickets (id, order_id, session_id, spot_id, seat_key, version, "
                + "qr, status, ticket_type, price_cents, created_at, updated_at) "
                + "VALUES (:id, :o, :s, :spot, :key, 1, :qr, 'VALID', :type, :price, :now, :now)");
        List<Ticket> tickets = new ArrayList<>(seats.size());
        seats.forEach((spot, price) -> {
            String ticketId = Ids.newId();
            String qr = signer.sign(new TicketCode(ticketId, 1, p.sessionId(), Long.toString(spot)));
            insertTickets.bind("id", ticketId).bind("o", p.orderId()).bind("s", p.sessionId()).bind("spot", spot)
                    .bind("key", p.sessionId() + ":" + spot).bind("qr", qr).bind("type", price.type().name())
                    .bind("price", price.cents()).bind("now", now).add();
            tickets.add(new Ticket(ticketId, Long.toString(spot), qr, "VALID", price.type(), price.cents(), 0));
        });
        insertTickets.execute();
        h.createUpdate("UPDATE holds SET status = 'CONVERTED' WHERE id = :h").bind("h", p.holdId()).execute();
        metrics.sale(p.channel(), tickets.size(), p.totalCents());
        return new PaymentResult(p.orderId(), OrderStatus.PAID, tickets);
    }

    /** Closes a pending payment with {@code status}; one settled meanwhile by another caller keeps that outcome. */
    static void close(Handle h, String paymentId, String status, String authorization, String reason, long now) {
        h.createUpdate("UPDATE payments SET status = :s, authorization_code = :a, decline_reason = :r, updated_at = :now "
                        + "WHERE id = :id AND status = 'PENDING'")
                .bind("s", status).bind("a", authorization).bind("r", reason).bind("now", now).bind("id", paymentId)
                .execute();
    }

    private record SeatPrice(TicketType type, long cents) {
    }

    /** The type and price each seat line of the order was sold at, by seat id in seat order. */
    private static Map<Long, SeatPrice> seatPrices(Handle h, String orderId) {
        Map<Long, SeatPrice> prices = new TreeMap<>();
        h.createQuery("SELECT ref_id, ticket_type, unit_price_cents FROM order_items WHERE order_id = :o AND kind = 'SEAT'")
                .bind("o", orderId)
                .map((rs, ctx) -> Map.entry(Long.parseLong(rs.getString(1)),
                        new SeatPrice(TicketType.valueOf(rs.getString(2)), rs.getLong(3))))
                .forEach(e -> prices.put(e.getKey(), e.getValue()));
        return prices;
    }

    private static void takeProductStock(Handle h, String orderId) {
        h.createQuery("SELECT ref_id, quantity FROM order_items WHERE order_id = :o AND kind = 'PRODUCT'")
                .bind("o", orderId).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2)}).list()
                .forEach(line -> {
                    int taken = h.createUpdate("UPDATE products SET stock = stock - :q WHERE id = :id AND stock >= :q")
                            .bind("q", (int) line[1]).bind("id", (String) line[0]).execute();
                    if (taken != 1) {
                        throw new DomainException(DomainException.Kind.OUT_OF_STOCK,
                                "A product in this order has just sold out");
                    }
                });
    }
}
