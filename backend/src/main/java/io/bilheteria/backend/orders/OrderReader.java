package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderItem;
import io.bilheteria.api.orders.OrderSession;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentSummary;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Loads whole orders and decides who may see them. */
final class OrderReader {
    private OrderReader() {
    }

    record OrderRow(String id, String code, String holdId, String sessionId, String partnerId, String accountId,
                    String customerId, String email, String channel, OrderStatus status, long totalCents,
                    long feeCents, long netCents, String currency, long createdAt, Long paidAt, long refundedCents) {
    }

    static final String COLUMNS = "id, code, hold_id, session_id, partner_id, account_id, customer_id, email, "
            + "channel, status, total_cents, platform_fee_cents, partner_net_cents, currency, created_at, paid_at, "
            + "refunded_cents";

    static Optional<OrderRow> row(Handle h, String where, String value, boolean forUpdate) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE " + where + " = :v" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("v", value)
                .map((rs, ctx) -> new OrderRow(rs.getString("id"), rs.getString("code"), rs.getString("hold_id"),
                        rs.getString("session_id"), rs.getString("partner_id"), rs.getString("account_id"),
                        rs.getString("customer_id"), rs.getString("email"), rs.getString("channel"),
                        OrderStatus.valueOf(rs.getString("status")), rs.getLong("total_cents"),
                        rs.getLong("platform_fee_cents"), rs.getLong("partner_net_cents"), rs.getString("currency"),
                        rs.getLong("created_at"), (Long) rs.getObject("paid_at", Long.class),
                        rs.getLong("refunded_cents")))
                .findOne();
    }

    /** The order if the caller may see it; unknown and not-yours look the same (404). */
    static OrderRow visible(Handle h, Principal caller, String where, String value, boolean forUpdate) {
        OrderRow row = row(h, where, value, forUpdate).orElseThrow(() -> DomainException.notFound("Order"));
        if (!canSee(caller, row)) {
            throw DomainException.notFound("Order");
        }
        return row;
    }

    static boolean canSee(Principal caller, OrderRow row) {
        Role role = caller.role();
        if (role == null) {
            return false;
        }
        return switch (role) {
            case ADMIN -> true;
            case CASHIER -> caller.limitedToPartner() == null || row.partnerId().equals(caller.limitedToPartner());
            case PARTNER -> row.partnerId().equals(caller.partnerId());
            case CUSTOMER -> caller.customerId() != null && caller.customerId().equals(row.customerId());
            case KIOSK -> row.accountId().equals(caller.accountId());
            case GATE -> false;
        };
    }

    static Order load(Handle h, OrderRow row) {
        List<OrderItem> items = h.createQuery("SELECT kind, ref_id, description, quantity, unit_price_cents "
                        + "FROM order_items WHERE order_id = :o ORDER BY line_no")
                .bind("o", row.id())
                .map((rs, ctx) -> new OrderItem(rs.getString("kind"), rs.getString("ref_id"),
                        rs.getString("description"), rs.getInt("quantity"), rs.getLong("unit_price_cents")))
                .list();
        List<Ticket> tickets = tickets(h, row.id());
        PaymentSummary payment = h.createQuery("SELECT brand, last4, authorization_code FROM payments "
                        + "WHERE order_id = :o AND status IN ('APPROVED', 'REFUNDED')")
                .bind("o", row.id())
                .map((rs, ctx) -> new PaymentSummary(rs.getString("brand"), rs.getString("last4"),
                        rs.getString("authorization_code")))
                .findFirst().orElse(null);
        return new Order(row.id(), row.code(), row.status(), row.sessionId(), row.customerId(), row.email(),
                row.channel(), row.totalCents(), row.refundedCents(), row.feeCents(), row.netCents(), row.currency(),
                Instant.ofEpochMilli(row.createdAt()), row.paidAt() == null ? null : Instant.ofEpochMilli(row.paidAt()),
                items, tickets, payment, session(h, row.sessionId()));
    }

    private static OrderSession session(Handle h, String sessionId) {
        return h.createQuery("SELECT e.id, e.title, e.venue, s.starts_at FROM sessions s "
                        + "JOIN events e ON e.id = s.event_id WHERE s.id = :s")
                .bind("s", sessionId)
                .map((rs, ctx) -> new OrderSession(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))))
                .one();
    }

    static List<Ticket> tickets(Handle h, String orderId) {
        return h.createQuery("SELECT " + TICKET_COLUMNS + " FROM tickets WHERE order_id = :o ORDER BY spot_id")
                .bind("o", orderId)
                .map(OrderReader::ticket)
                .list();
    }

    /** The columns {@link #ticket} reads. */
    static final String TICKET_COLUMNS = "id, spot_id, qr, status, ticket_type, price_cents, reprint_count";

    static Ticket ticket(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Ticket(rs.getString("id"), Long.toString(rs.getLong("spot_id")), rs.getString("qr"),
                rs.getString("status"), TicketType.valueOf(rs.getString("ticket_type")), rs.getLong("price_cents"),
                rs.getInt("reprint_count"));
    }
}
