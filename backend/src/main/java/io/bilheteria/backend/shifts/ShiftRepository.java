package io.bilheteria.backend.shifts;

import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.shifts.ProductSales;
import io.bilheteria.backend.storage.Transactions;
import java.util.List;
import java.util.Optional;

/** Cashiers' shifts ({@code shifts}) and what a shift's report adds up of its payments and refunds. */
final class ShiftRepository {
    private static final String SOLD_IN_SHIFT = "p.shift_id = :s AND p.status IN ('APPROVED', 'REFUNDED')";
    private final Transactions tx;

    ShiftRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A shift as stored; {@code closedAt} null while it is open. */
    record ShiftRow(String id, long openedAt, Long closedAt) {
    }

    /** A count and a sum of cents, of one card brand. */
    record BrandSum(String brand, long count, long cents) {
    }

    /** The tickets of one type. */
    record TicketCount(TicketType type, int count) {
    }

    /** The open shift of an account, if any. */
    Optional<ShiftRow> open(String accountId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, opened_at FROM shifts WHERE open_account_id = :a")
                .bind("a", accountId)
                .map((rs, ctx) -> new ShiftRow(rs.getString(1), rs.getLong(2), null))
                .findOne());
    }

    /** Opens a shift; the unique {@code open_account_id} refuses a second open one of the account. */
    void insert(String id, String accountId, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO shifts (id, account_id, open_account_id, opened_at) "
                        + "VALUES (:id, :a, :a, :now)")
                .bind("id", id).bind("a", accountId).bind("now", now).execute());
    }

    /** A shift of the account, locked until the transaction ends. */
    Optional<ShiftRow> lock(String shiftId, String accountId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, opened_at, closed_at FROM shifts "
                        + "WHERE id = :id AND account_id = :a FOR UPDATE")
                .bind("id", shiftId).bind("a", accountId)
                .map((rs, ctx) -> new ShiftRow(rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class)))
                .findOne());
    }

    boolean hasPendingPayments(String shiftId) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM payments WHERE shift_id = :s "
                        + "AND status = 'PENDING'")
                .bind("s", shiftId).mapTo(Integer.class).one() > 0);
    }

    void close(String shiftId, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE shifts SET closed_at = :now, open_account_id = NULL WHERE id = :id")
                .bind("now", now).bind("id", shiftId).execute());
    }

    /** The id of the account's open shift, locked until the transaction ends. */
    Optional<String> lockOpen(String accountId) {
        return tx.withHandle(h -> h.createQuery("SELECT id FROM shifts WHERE open_account_id = :a FOR UPDATE")
                .bind("a", accountId).mapTo(String.class).findOne());
    }

    /** Approved payments made in the shift (also those refunded later), by brand. */
    List<BrandSum> salesByBrand(String shiftId) {
        return tx.withHandle(h -> h.createQuery("SELECT p.brand, COUNT(*), SUM(p.amount_cents) FROM payments p WHERE "
                        + SOLD_IN_SHIFT + " GROUP BY p.brand")
                .bind("s", shiftId)
                .map((rs, ctx) -> new BrandSum(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list());
    }

    /** Refunds made in the shift, by the brand of the payment refunded. */
    List<BrandSum> refundsByBrand(String shiftId) {
        return tx.withHandle(h -> h.createQuery("SELECT p.brand, COUNT(*), SUM(r.amount_cents) FROM refunds r "
                        + "JOIN payments p ON p.id = r.payment_id WHERE r.shift_id = :s GROUP BY p.brand")
                .bind("s", shiftId)
                .map((rs, ctx) -> new BrandSum(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list());
    }

    /** The tickets of the shift's sales, by type. */
    List<TicketCount> ticketsSold(String shiftId) {
        return tx.withHandle(h -> h.createQuery("SELECT t.ticket_type, COUNT(*) FROM tickets t "
                        + "JOIN payments p ON p.order_id = t.order_id WHERE " + SOLD_IN_SHIFT + " GROUP BY t.ticket_type")
                .bind("s", shiftId)
                .map((rs, ctx) -> new TicketCount(TicketType.valueOf(rs.getString(1)), rs.getInt(2)))
                .list());
    }

    /** The products of the shift's sales. */
    List<ProductSales> productsSold(String shiftId) {
        return tx.withHandle(h -> h.createQuery("SELECT i.ref_id, i.description, SUM(i.quantity), "
                        + "SUM(i.quantity * i.unit_price_cents) FROM order_items i "
                        + "JOIN payments p ON p.order_id = i.order_id WHERE " + SOLD_IN_SHIFT + " AND i.kind = 'PRODUCT' "
                        + "GROUP BY i.ref_id, i.description ORDER BY i.description")
                .bind("s", shiftId)
                .map((rs, ctx) -> new ProductSales(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)))
                .list());
    }
}
