package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.CancelRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.shifts.ShiftService;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Gives back a paid order, whole or some of its tickets: those seats are on sale again at
 * once, those tickets revoked (the gates' next download carries it), and the card refunded
 * exactly what they cost. A whole refund also gives back the products and puts them back
 * in stock. The order is PARTIALLY_REFUNDED until everything is given back, then REFUNDED.
 */
public final class RefundService {
    static final int MAX_TICKETS = 100;

    private final Transactions tx;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final SalesMetrics metrics;

    private final OrderRepository orders;

    public RefundService(Transactions tx, Clock clock, PaymentGateway gateway, SalesMetrics metrics,
                         OrderRepository orders) {
        this.orders = orders;
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
        this.metrics = metrics;
    }

    private record TicketRow(String id, long spotId, long priceCents) {
    }

    /** {@code request} null or without ticket ids: the whole order (what is left of it). */
    public Order cancel(Principal caller, String orderId, CancelRequest request) {
        List<String> only = request == null ? null : request.ticketIds();
        checkTicketIds(only);
        return tx.inTransaction(h -> {
            var row = OrderReader.visible(orders, caller, OrderRepository.Key.ID, orderId, true);
            if (row.status() == OrderStatus.REFUNDED && only == null) {
                return orders.load(row);
            }
            if (row.status() != OrderStatus.PAID && row.status() != OrderStatus.PARTIALLY_REFUNDED) {
                throw DomainException.conflict("Only paid orders can be refunded; this one is " + row.status());
            }
            long now = clock.millis();
            long startsAt = h.createQuery("SELECT starts_at FROM sessions WHERE id = :s").bind("s", row.sessionId())
                    .mapTo(Long.class).one();
            RefundPolicy.check(startsAt, now);
            String shiftId = ShiftService.shiftOf(h, caller);
            List<TicketRow> valid = h.createQuery("SELECT id, spot_id, price_cents FROM tickets "
                            + "WHERE order_id = :o AND status = 'VALID' ORDER BY spot_id FOR UPDATE")
                    .bind("o", orderId)
                    .map((rs, ctx) -> new TicketRow(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                    .list();
            List<TicketRow> refunded = only == null ? valid : chosen(h, orderId, valid, only);
            long amount = only == null ? row.totalCents() - row.refundedCents()
                    : refunded.stream().mapToLong(TicketRow::priceCents).sum();
            long refundedSoFar = row.refundedCents() + amount;
            boolean whole = refundedSoFar >= row.totalCents();

            int seats = 0;
            if (!refunded.isEmpty()) {
                List<Long> spots = refunded.stream().map(TicketRow::spotId).toList();
                seats = h.createUpdate("UPDATE session_seats SET status = 'AVAILABLE', order_id = NULL, hold_id = NULL, "
                                + "held_until = NULL WHERE session_id = :s AND order_id = :o AND status = 'SOLD' "
                                + "AND spot_id IN (<spots>)")
                        .bind("s", row.sessionId()).bind("o", orderId).bindList("spots", spots).execute();
                // updated_at: the gates' next download carries the revocation
                h.createUpdate("UPDATE tickets SET status = 'REVOKED', seat_key = NULL, updated_at = :now "
                                + "WHERE order_id = :o AND id IN (<ids>)")
                        .bind("now", now).bind("o", orderId)
                        .bindList("ids", refunded.stream().map(TicketRow::id).toList()).execute();
            }
            if (only == null) {
                restock(h, orderId);
            }
            h.createUpdate("UPDATE orders SET status = :st, refunded_cents = :r, refunded_at = :now WHERE id = :o")
                    .bind("st", (whole ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED).name())
                    .bind("r", refundedSoFar).bind("now", now).bind("o", orderId).execute();
            var payment = h.createQuery("SELECT id, authorization_code FROM payments WHERE order_id = :o "
                            + "AND status = 'APPROVED'")
                    .bind("o", orderId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one();
            if (whole) {
                h.createUpdate("UPDATE payments SET status = 'REFUNDED', updated_at = :now WHERE id = :p")
                        .bind("now", now).bind("p", payment[0]).execute();
            }
            String refundId = Ids.newId();
            h.createUpdate("INSERT INTO refunds (id, order_id, payment_id, amount_cents, account_id, shift_id, "
                            + "created_at) VALUES (:id, :o, :p, :a, :by, :sh, :now)")
                    .bind("id", refundId).bind("o", orderId).bind("p", payment[0]).bind("a", amount)
                    .bind("by", caller.accountId()).bind("sh", shiftId).bind("now", now).execute();
            // inside the transaction: if the acquirer refuses, nothing changes here either
            gateway.refund(payment[1], amount, "refund-" + refundId);
            metrics.refund(seats);
            return orders.load(orders.row(OrderRepository.Key.ID, orderId, false).orElseThrow());
        });
    }

    private static void checkTicketIds(List<String> ids) {
        if (ids == null) {
            return;
        }
        if (ids.isEmpty() || ids.size() > MAX_TICKETS) {
            throw DomainException.invalid("'ticketIds' must name between 1 and " + MAX_TICKETS
                    + " tickets; leave it out to refund the whole order");
        }
        if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw DomainException.invalid("'ticketIds' must not hold empty ids");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw DomainException.invalid("'ticketIds' names a ticket twice");
        }
    }

    /** The requested tickets, each still valid and of this order. */
    private static List<TicketRow> chosen(Handle h, String orderId, List<TicketRow> valid, List<String> ids) {
        Map<String, TicketRow> byId = valid.stream().collect(Collectors.toMap(TicketRow::id, Function.identity()));
        for (String id : ids) {
            if (byId.containsKey(id)) {
                continue;
            }
            boolean ofThisOrder = h.createQuery("SELECT COUNT(*) FROM tickets WHERE id = :t AND order_id = :o")
                    .bind("t", id).bind("o", orderId).mapTo(Integer.class).one() > 0;
            if (ofThisOrder) {
                throw DomainException.conflict("Ticket " + id + " has already been refunded");
            }
            throw DomainException.notFound("Ticket " + id + " of this order");
        }
        return ids.stream().map(byId::get).toList();
    }

    private static void restock(Handle h, String orderId) {
        h.createQuery("SELECT ref_id, quantity FROM order_items WHERE order_id = :o AND kind = 'PRODUCT'")
                .bind("o", orderId).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2)}).list()
                .forEach(p -> h.createUpdate("UPDATE products SET stock = stock + :q WHERE id = :id")
                        .bind("q", (int) p[1]).bind("id", (String) p[0]).execute());
    }
}
