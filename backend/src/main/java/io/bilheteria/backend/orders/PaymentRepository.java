package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.storage.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** Card payments of orders: every statement on them, in the caller's transaction when one is open. */
public final class PaymentRepository {
    private final Transactions tx;

    public PaymentRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A seat line of an order: the seat and the type and price it is sold at. */
    record SeatLine(long spotId, TicketType type, long priceCents) {
    }

    /** An earlier payment attempt of the order under the same Idempotency-Key. */
    record Attempt(String id, String status, String declineReason) {
    }

    /**
     * Everything a payment needs to start, read and locked in one statement: the order, its hold and
     * how many of its seats are still held, the organiser's fee, this key's earlier attempt, whether
     * another attempt is charging now, and the order's seat lines.
     */
    record Charging(OrderRepository.OrderRow order, String holdStatus, long holdExpiresAt, int stillHeld, int feeBps,
                    boolean hasProducts, Optional<Attempt> attempt, boolean otherPending, List<SeatLine> seats) {
    }

    Optional<Charging> charging(String orderId, String key, long now) {
        return tx.withHandle(h -> withSeatLines(h.createQuery("SELECT o.id, o.code, o.hold_id, o.session_id, o.partner_id, "
                        + "o.account_id, o.customer_id, o.email, o.channel, o.status, o.total_cents, o.platform_fee_cents, "
                        + "o.partner_net_cents, o.currency, o.created_at, o.paid_at, o.refunded_cents, "
                        + "h.status AS hold_status, h.expires_at AS hold_expires_at, "
                        + "(SELECT COUNT(*) FROM session_seats WHERE hold_id = h.id AND status = 'HELD' "
                        + "AND held_until >= :now) AS still_held, "
                        + "(SELECT fee_bps FROM partners WHERE id = o.partner_id) AS fee_bps, "
                        + "(SELECT COUNT(*) FROM order_items WHERE order_id = o.id AND kind = 'PRODUCT') AS products, "
                        + "(SELECT id FROM payments WHERE order_id = o.id AND idempotency_key = :k) AS attempt_id, "
                        + "(SELECT status FROM payments WHERE order_id = o.id AND idempotency_key = :k) AS attempt_status, "
                        + "(SELECT decline_reason FROM payments WHERE order_id = o.id AND idempotency_key = :k) "
                        + "AS attempt_reason, "
                        + "(SELECT COUNT(*) FROM payments WHERE order_id = o.id AND status = 'PENDING' "
                        + "AND idempotency_key <> :k) AS other_pending, "
                        + "i.ref_id, i.ticket_type, i.unit_price_cents "
                        + "FROM orders o JOIN holds h ON h.id = o.hold_id JOIN order_items i ON i.order_id = o.id "
                        + "AND i.kind = 'SEAT' WHERE o.id = :o ORDER BY i.line_no FOR UPDATE")
                .bind("o", orderId).bind("k", key).bind("now", now), (rs, ctx) -> {
                    String attemptId = rs.getString("attempt_id");
                    return new Charging(OrderRepository.orderRow(rs, ctx), rs.getString("hold_status"),
                            rs.getLong("hold_expires_at"), rs.getInt("still_held"), rs.getInt("fee_bps"),
                            rs.getInt("products") > 0, attemptId == null ? Optional.empty()
                            : Optional.of(new Attempt(attemptId, rs.getString("attempt_status"),
                            rs.getString("attempt_reason"))), rs.getInt("other_pending") > 0, new ArrayList<>());
                }, Charging::seats));
    }

    /**
     * One row per seat line, each carrying what the whole read is about: that is made of the first
     * row, and every row's seat line is added to the list {@code seatsOf} gives of it.
     */
    private static <R> Optional<R> withSeatLines(Query query, RowMapper<R> first, Function<R, List<SeatLine>> seatsOf) {
        List<R> found = new ArrayList<>(1);
        query.map((rs, ctx) -> {
            if (found.isEmpty()) {
                found.add(first.map(rs, ctx));
            }
            SeatLine seat = seatLine(rs);
            seatsOf.apply(found.get(0)).add(seat);
            return seat;
        }).list();
        return found.stream().findFirst();
    }

    private static SeatLine seatLine(ResultSet rs) throws SQLException {
        return new SeatLine(Long.parseLong(rs.getString("ref_id")), TicketType.valueOf(rs.getString("ticket_type")),
                rs.getLong("unit_price_cents"));
    }

    void insertPending(String paymentId, String orderId, String key, long amountCents, String brand, String last4,
                       String shiftId, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO payments (id, order_id, idempotency_key, status, amount_cents, "
                        + "brand, last4, shift_id, created_at, updated_at) "
                        + "VALUES (:id, :o, :k, 'PENDING', :a, :b, :l, :sh, :now, :now)")
                .bind("id", paymentId).bind("o", orderId).bind("k", key).bind("a", amountCents)
                .bind("b", brand).bind("l", last4).bind("sh", shiftId).bind("now", now).execute());
    }

    /** This key's failed attempt is tried again with the card given now. */
    void retry(String paymentId, String brand, String last4, String shiftId, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE payments SET status = 'PENDING', brand = :b, last4 = :l, shift_id = :sh, "
                        + "updated_at = :now WHERE id = :id")
                .bind("b", brand).bind("l", last4).bind("sh", shiftId).bind("now", now).bind("id", paymentId)
                .execute());
    }

    /** Touches a pending payment so the reconciler leaves it alone; false when it is no longer pending. */
    boolean touch(String paymentId, long now) {
        return tx.withHandle(h -> h.createUpdate("UPDATE payments SET updated_at = :now WHERE id = :id "
                        + "AND status = 'PENDING'")
                .bind("now", now).bind("id", paymentId).execute()) == 1;
    }

    /** As {@link #touch}, only if nobody touched it since {@code seen}: of two reconcilers exactly one claims it. */
    boolean claimStale(String paymentId, long seen, long now) {
        return tx.withHandle(h -> h.createUpdate("UPDATE payments SET updated_at = :now "
                        + "WHERE id = :id AND status = 'PENDING' AND updated_at = :seen")
                .bind("now", now).bind("id", paymentId).bind("seen", seen).execute()) == 1;
    }

    /** A payment pending since before {@code cutoff}. */
    record Stale(String id, long updatedAt) {
    }

    List<Stale> staleSince(long cutoff) {
        return tx.withHandle(h -> h.createQuery("SELECT id, updated_at FROM payments WHERE status = 'PENDING' "
                        + "AND updated_at < :cutoff")
                .bind("cutoff", cutoff).map((rs, ctx) -> new Stale(rs.getString(1), rs.getLong(2))).list());
    }

    /** The pending payment {@code paymentId} as its sale needs it; empty when it is no longer pending. */
    Optional<SaleCompletion.Pending> pending(String paymentId) {
        return tx.withHandle(h -> withSeatLines(h.createQuery("SELECT p.id, o.id, o.hold_id, o.session_id, o.channel, "
                        + "o.total_cents, o.currency, (SELECT fee_bps FROM partners WHERE id = o.partner_id), o.email, "
                        + "(SELECT COUNT(*) FROM order_items WHERE order_id = o.id AND kind = 'PRODUCT'), "
                        + "i.ref_id, i.ticket_type, i.unit_price_cents "
                        + "FROM payments p JOIN orders o ON o.id = p.order_id JOIN order_items i ON i.order_id = o.id "
                        + "AND i.kind = 'SEAT' WHERE p.id = :id AND p.status = 'PENDING' ORDER BY i.line_no")
                .bind("id", paymentId), (rs, ctx) -> new SaleCompletion.Pending(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getInt(8),
                        rs.getInt(10) > 0, rs.getString(9), new ArrayList<>()), SaleCompletion.Pending::seats));
    }

    /** The payment charged under {@code authorization}, if still pending: false when another caller settled it. */
    boolean approve(String paymentId, String authorization, long now) {
        return tx.withHandle(h -> h.createUpdate("UPDATE payments SET status = 'APPROVED', authorization_code = :a, "
                        + "updated_at = :now WHERE id = :id AND status = 'PENDING'")
                .bind("a", authorization).bind("now", now).bind("id", paymentId).execute()) == 1;
    }

    String status(String paymentId) {
        return tx.withHandle(h -> h.createQuery("SELECT status FROM payments WHERE id = :id").bind("id", paymentId)
                .mapTo(String.class).one());
    }

    /** Closes a pending payment with {@code status}; one settled meanwhile by another caller keeps that outcome. */
    void close(String paymentId, String status, String authorization, String reason, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE payments SET status = :s, authorization_code = :a, decline_reason = :r, "
                        + "updated_at = :now WHERE id = :id AND status = 'PENDING'")
                .bind("s", status).bind("a", authorization).bind("r", reason).bind("now", now).bind("id", paymentId)
                .execute());
    }

    /** The approved payment of a paid order: its id and authorisation. */
    record Approved(String id, String authorization) {
    }

    Approved approvedOf(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, authorization_code FROM payments WHERE order_id = :o "
                        + "AND status = 'APPROVED'")
                .bind("o", orderId).map((rs, ctx) -> new Approved(rs.getString(1), rs.getString(2))).one());
    }

    void markRefunded(String paymentId, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE payments SET status = 'REFUNDED', updated_at = :now WHERE id = :p")
                .bind("now", now).bind("p", paymentId).execute());
    }

    void insertRefund(String refundId, String orderId, String paymentId, long amountCents, String accountId,
                      String shiftId, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO refunds (id, order_id, payment_id, amount_cents, account_id, "
                        + "shift_id, created_at) VALUES (:id, :o, :p, :a, :by, :sh, :now)")
                .bind("id", refundId).bind("o", orderId).bind("p", paymentId).bind("a", amountCents)
                .bind("by", accountId).bind("sh", shiftId).bind("now", now).execute());
    }
}
