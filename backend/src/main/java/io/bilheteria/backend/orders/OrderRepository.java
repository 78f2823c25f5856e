package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderItem;
import io.bilheteria.api.orders.OrderSession;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentSummary;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.vouchers.VoucherRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** Orders, their lines and their tickets: every statement on them, in the caller's transaction when one is open. */
public final class OrderRepository {
    static final String COLUMNS = "id, code, hold_id, session_id, partner_id, account_id, customer_id, email, "
            + "channel, status, total_cents, platform_fee_cents, partner_net_cents, currency, created_at, paid_at, "
            + "refunded_cents";
    /** The columns {@link #ticket} reads. */
    static final String TICKET_COLUMNS = "id, spot_id, qr, status, ticket_type, price_cents, reprint_count";

    private final Transactions tx;
    private final VoucherRepository vouchers;

    public OrderRepository(Transactions tx) {
        this.tx = tx;
        this.vouchers = new VoucherRepository(tx);
    }

    record OrderRow(String id, String code, String holdId, String sessionId, String partnerId, String accountId,
                    String customerId, String email, String channel, OrderStatus status, long totalCents,
                    long feeCents, long netCents, String currency, long createdAt, Long paidAt, long refundedCents) {
    }

    /** How an order is looked up. */
    enum Key {
        ID("id"), CODE("code"), HOLD("hold_id");

        private final String column;

        Key(String column) {
            this.column = column;
        }
    }

    Optional<OrderRow> row(Key key, String value, boolean forUpdate) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE " + key.column + " = :v"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("v", value)
                .map(OrderRepository::orderRow)
                .findOne());
    }

    static OrderRow orderRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new OrderRow(rs.getString("id"), rs.getString("code"), rs.getString("hold_id"),
                rs.getString("session_id"), rs.getString("partner_id"), rs.getString("account_id"),
                rs.getString("customer_id"), rs.getString("email"), rs.getString("channel"),
                OrderStatus.valueOf(rs.getString("status")), rs.getLong("total_cents"),
                rs.getLong("platform_fee_cents"), rs.getLong("partner_net_cents"), rs.getString("currency"),
                rs.getLong("created_at"), (Long) rs.getObject("paid_at", Long.class), rs.getLong("refunded_cents"));
    }

    /** The whole order: lines, tickets, the card that paid and the session. */
    Order load(OrderRow row) {
        return tx.withHandle(h -> {
            List<OrderItem> items = h.createQuery("SELECT kind, ref_id, description, quantity, unit_price_cents "
                            + "FROM order_items WHERE order_id = :o ORDER BY line_no")
                    .bind("o", row.id())
                    .map((rs, ctx) -> new OrderItem(rs.getString("kind"), rs.getString("ref_id"),
                            rs.getString("description"), rs.getInt("quantity"), rs.getLong("unit_price_cents")))
                    .list();
            PaymentSummary payment = h.createQuery("SELECT brand, last4, authorization_code FROM payments "
                            + "WHERE order_id = :o AND status IN ('APPROVED', 'REFUNDED')")
                    .bind("o", row.id())
                    .map((rs, ctx) -> new PaymentSummary(rs.getString("brand"), rs.getString("last4"),
                            rs.getString("authorization_code")))
                    .findFirst().orElse(null);
            OrderSession session = h.createQuery("SELECT e.id, e.title, e.venue, s.starts_at FROM sessions s "
                            + "JOIN events e ON e.id = s.event_id WHERE s.id = :s")
                    .bind("s", row.sessionId())
                    .map((rs, ctx) -> new OrderSession(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4))))
                    .one();
            return new Order(row.id(), row.code(), row.status(), row.sessionId(), row.customerId(), row.email(),
                    row.channel(), row.totalCents(), row.refundedCents(), row.feeCents(), row.netCents(), row.currency(),
                    Instant.ofEpochMilli(row.createdAt()),
                    row.paidAt() == null ? null : Instant.ofEpochMilli(row.paidAt()),
                    items, tickets(row.id()), payment, session, vouchers.ofOrder(row.id()));
        });
    }

    List<Ticket> tickets(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT " + TICKET_COLUMNS + " FROM tickets WHERE order_id = :o "
                        + "ORDER BY spot_id")
                .bind("o", orderId)
                .map(OrderRepository::ticket)
                .list());
    }

    static Ticket ticket(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Ticket(rs.getString("id"), Long.toString(rs.getLong("spot_id")), rs.getString("qr"),
                rs.getString("status"), TicketType.valueOf(rs.getString("ticket_type")), rs.getLong("price_cents"),
                rs.getInt("reprint_count"));
    }

    /**
     * A hold about to be ordered, locked, with the order it already has (the cart changed) and whether
     * that order is being paid right now: one statement.
     */
    record HoldToOrder(String sessionId, String accountId, String status, long expiresAt, String orderId,
                       String orderCode, OrderStatus orderStatus, boolean paymentPending) {
    }

    Optional<HoldToOrder> holdToOrder(String holdId) {
        return tx.withHandle(h -> h.createQuery("SELECT session_id, account_id, status, expires_at, "
                        + "(SELECT id FROM orders WHERE hold_id = :h), (SELECT code FROM orders WHERE hold_id = :h), "
                        + "(SELECT status FROM orders WHERE hold_id = :h), "
                        + "(SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id WHERE o.hold_id = :h "
                        + "AND p.status = 'PENDING') FROM holds WHERE id = :h FOR UPDATE")
                .bind("h", holdId)
                .map((rs, ctx) -> new HoldToOrder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7) == null ? null : OrderStatus.valueOf(rs.getString(7)),
                        rs.getInt(8) > 0))
                .findOne());
    }

    /** A seat a hold has, with its section's price and the event and organiser it is sold for. */
    record HeldSeat(long spotId, String section, String rowLabel, int number, long priceCents, String currency,
                    String eventId, String partnerId) {
    }

    List<HeldSeat> heldSeats(String holdId) {
        return tx.withHandle(h -> h.createQuery("SELECT sp.id, sec.name, sp.row_label, sp.seat_number, sec.price_cents, "
                        + "sec.currency, e.id, e.partner_id FROM session_seats ss JOIN spots sp ON sp.id = ss.spot_id "
                        + "JOIN sections sec ON sec.id = ss.section_id JOIN sessions s ON s.id = ss.session_id "
                        + "JOIN events e ON e.id = s.event_id WHERE ss.hold_id = :h AND ss.status = 'HELD' ORDER BY sp.id")
                .bind("h", holdId)
                .map((rs, ctx) -> new HeldSeat(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list());
    }

    /** Where a ticket's seat is, as a person reads it. */
    record SeatLabel(String section, String rowLabel, int number) {
    }

    /** The seats of an order's tickets by spot id. */
    Map<Long, SeatLabel> seatLabels(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT sp.id, sec.name, sp.row_label, sp.seat_number FROM tickets t "
                        + "JOIN spots sp ON sp.id = t.spot_id JOIN sections sec ON sec.id = sp.section_id "
                        + "WHERE t.order_id = :o")
                .bind("o", orderId)
                .reduceRows(new HashMap<Long, SeatLabel>(), (labels, row) -> {
                    labels.put(row.getColumn(1, Long.class), new SeatLabel(row.getColumn(2, String.class),
                            row.getColumn(3, String.class), row.getColumn(4, Integer.class)));
                    return labels;
                }));
    }

    /** The name the selling terminal or cashier signs in with: the receipt's "terminal". */
    Optional<String> accountName(String accountId) {
        return tx.withHandle(h -> h.createQuery("SELECT username FROM accounts WHERE id = :id").bind("id", accountId)
                .mapTo(String.class).findOne());
    }

    boolean customerExists(String customerId) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customers WHERE id = :id").bind("id", customerId)
                .mapTo(Integer.class).one() > 0);
    }

    Optional<String> customerEmail(String customerId) {
        return tx.withHandle(h -> h.createQuery("SELECT email FROM customers WHERE id = :id").bind("id", customerId)
                .mapTo(String.class).findOne());
    }

    record ProductRow(String id, String eventId, String name, long priceCents, String currency, int stock) {
    }

    Optional<ProductRow> product(String productId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, event_id, name, price_cents, currency, stock FROM products "
                        + "WHERE id = :id")
                .bind("id", productId)
                .map((rs, ctx) -> new ProductRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6)))
                .findOne());
    }

    record NewOrder(String id, String code, String holdId, String sessionId, String partnerId, String accountId,
                    String customerId, String email, String channel, long totalCents, String currency, long createdAt) {
        NewOrder withCode(String newCode) {
            return new NewOrder(id, newCode, holdId, sessionId, partnerId, accountId, customerId, email, channel,
                    totalCents, currency, createdAt);
        }
    }

    /** Inserts the order unless its code is taken already (false: draw another); no statement to check first. */
    boolean insertIfCodeFree(NewOrder o) {
        return tx.withHandle(h -> h.createUpdate("INSERT INTO orders (id, code, hold_id, session_id, partner_id, "
                        + "account_id, customer_id, email, channel, status, total_cents, currency, created_at) "
                        + "SELECT :id, :code, :hold, :s, :p, :a, :c, :e, :ch, 'PENDING_PAYMENT', :t, :cur, :now "
                        + "WHERE NOT EXISTS (SELECT 1 FROM orders WHERE code = :code)")
                .bind("id", o.id()).bind("code", o.code()).bind("hold", o.holdId()).bind("s", o.sessionId())
                .bind("p", o.partnerId()).bind("a", o.accountId()).bind("c", o.customerId()).bind("e", o.email())
                .bind("ch", o.channel()).bind("t", o.totalCents()).bind("cur", o.currency()).bind("now", o.createdAt())
                .execute()) == 1;
    }

    /** The unpaid order of a hold takes new lines: the old ones go. */
    void replace(String orderId, String customerId, String email, long totalCents) {
        tx.inTransaction(h -> {
            h.createUpdate("DELETE FROM order_items WHERE order_id = :o").bind("o", orderId).execute();
            return h.createUpdate("UPDATE orders SET customer_id = :c, email = :e, total_cents = :t WHERE id = :o")
                    .bind("c", customerId).bind("e", email).bind("t", totalCents).bind("o", orderId).execute();
        });
    }

    /** A line of an order; {@code ticketType} only for seats. */
    record NewItem(String kind, String refId, String description, int quantity, long unitPriceCents,
                   String ticketType) {
    }

    /** All the order's lines in one statement. */
    void insertItems(String orderId, List<NewItem> items) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < items.size(); i++) {
            rows.add("(:o, " + (i + 1) + ", :k" + i + ", :r" + i + ", :d" + i + ", :q" + i + ", :u" + i + ", :t" + i + ")");
        }
        tx.withHandle(h -> {
            Update insert = h.createUpdate("INSERT INTO order_items (order_id, line_no, kind, ref_id, description, "
                    + "quantity, unit_price_cents, ticket_type) VALUES " + rows).bind("o", orderId);
            for (int i = 0; i < items.size(); i++) {
                NewItem item = items.get(i);
                insert.bind("k" + i, item.kind()).bind("r" + i, item.refId()).bind("d" + i, item.description())
                        .bind("q" + i, item.quantity()).bind("u" + i, item.unitPriceCents())
                        .bind("t" + i, item.ticketType());
            }
            return insert.execute();
        });
    }

    /** Only an order still awaiting payment turns PAID; its row stays locked until the caller commits. */
    boolean markPaid(String orderId, long paidAt, long feeCents) {
        return tx.withHandle(h -> h.createUpdate("UPDATE orders SET status = 'PAID', paid_at = :now, "
                        + "platform_fee_cents = :fee, partner_net_cents = total_cents - :fee WHERE id = :o "
                        + "AND status = 'PENDING_PAYMENT'")
                .bind("now", paidAt).bind("fee", feeCents).bind("o", orderId).execute()) == 1;
    }

    record NewTicket(String id, String orderId, String sessionId, long spotId, String qr, TicketType type,
                     long priceCents, long createdAt) {
    }

    /** The sale's tickets in one statement. */
    void insertTickets(List<NewTicket> tickets) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < tickets.size(); i++) {
            rows.add("(:id" + i + ", :o" + i + ", :s" + i + ", :spot" + i + ", :key" + i + ", 1, :qr" + i
                    + ", 'VALID', :type" + i + ", :price" + i + ", :now" + i + ", :now" + i + ")");
        }
        tx.withHandle(h -> {
            Update insert = h.createUpdate("INSERT INTO tickets (id, order_id, session_id, spot_id, seat_key, version, "
                    + "qr, status, ticket_type, price_cents, created_at, updated_at) VALUES " + rows);
            for (int i = 0; i < tickets.size(); i++) {
                NewTicket t = tickets.get(i);
                insert.bind("id" + i, t.id()).bind("o" + i, t.orderId()).bind("s" + i, t.sessionId())
                        .bind("spot" + i, t.spotId()).bind("key" + i, t.sessionId() + ":" + t.spotId())
                        .bind("qr" + i, t.qr()).bind("type" + i, t.type().name()).bind("price" + i, t.priceCents())
                        .bind("now" + i, t.createdAt());
            }
            return insert.execute();
        });
    }

    record ProductLine(String productId, String eventId, int quantity) {
    }

    List<ProductLine> productLines(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT i.ref_id, p.event_id, i.quantity FROM order_items i "
                        + "JOIN products p ON p.id = i.ref_id WHERE i.order_id = :o AND i.kind = 'PRODUCT'")
                .bind("o", orderId)
                .map((rs, ctx) -> new ProductLine(rs.getString(1), rs.getString(2), rs.getInt(3))).list());
    }

    /** Takes {@code quantity} of a product from stock if there is that much: false when there is not. */
    boolean takeStock(String productId, int quantity) {
        return tx.withHandle(h -> h.createUpdate("UPDATE products SET stock = stock - :q WHERE id = :id AND stock >= :q")
                .bind("q", quantity).bind("id", productId).execute()) == 1;
    }

    /** A ticket of an order, locked for a reprint. */
    record TicketToReprint(String sessionId, long spotId, int version, String status) {
    }

    Optional<TicketToReprint> ticketForReprint(String orderId, String ticketId) {
        return tx.withHandle(h -> h.createQuery("SELECT session_id, spot_id, version, status FROM tickets "
                        + "WHERE id = :t AND order_id = :o FOR UPDATE")
                .bind("t", ticketId).bind("o", orderId)
                .map((rs, ctx) -> new TicketToReprint(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .findOne());
    }

    /** An order as a kiosk collects it: who may collect it (its addresses and CPF) and how often it was. */
    record ToCollect(OrderRow order, String customerEmail, String customerCpf, int collectedCount) {
    }

    Optional<ToCollect> toCollect(String code) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", (SELECT email FROM customers c WHERE "
                        + "c.id = orders.customer_id) AS customer_email, (SELECT cpf FROM customers c WHERE "
                        + "c.id = orders.customer_id) AS customer_cpf, collected_count FROM orders WHERE code = :c FOR UPDATE")
                .bind("c", code)
                .map((rs, ctx) -> new ToCollect(orderRow(rs, ctx), rs.getString("customer_email"),
                        rs.getString("customer_cpf"), rs.getInt("collected_count")))
                .findOne());
    }

    void markCollected(String orderId) {
        tx.withHandle(h -> h.createUpdate("UPDATE orders SET collected_count = collected_count + 1 WHERE id = :o")
                .bind("o", orderId).execute());
    }

    /** The ticket's new code replaces the old one, which the gates then refuse. */
    Ticket reissue(String ticketId, int version, String qr, long now) {
        return tx.withHandle(h -> {
            h.createUpdate("UPDATE tickets SET version = :v, qr = :qr, reprint_count = reprint_count + 1, "
                            + "updated_at = :now WHERE id = :t")
                    .bind("v", version).bind("qr", qr).bind("now", now).bind("t", ticketId).execute();
            return h.createQuery("SELECT " + TICKET_COLUMNS + " FROM tickets WHERE id = :t")
                    .bind("t", ticketId).map(OrderRepository::ticket).one();
        });
    }

    /** A valid ticket of an order, with what a refund needs of it. */
    record RefundableTicket(String id, long spotId, long priceCents, TicketType type) {
    }

    /** The order's valid tickets in seat order, locked. */
    List<RefundableTicket> validTicketsForRefund(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT id, spot_id, price_cents, ticket_type FROM tickets "
                        + "WHERE order_id = :o AND status = 'VALID' ORDER BY spot_id FOR UPDATE")
                .bind("o", orderId)
                .map((rs, ctx) -> new RefundableTicket(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        TicketType.valueOf(rs.getString(4))))
                .list());
    }

    boolean ticketOfOrder(String ticketId, String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tickets WHERE id = :t AND order_id = :o")
                .bind("t", ticketId).bind("o", orderId).mapTo(Integer.class).one() > 0);
    }

    /** Refunded tickets are revoked; updated_at makes the gates' next download carry the revocation. */
    void revokeTickets(String orderId, List<String> ticketIds, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE tickets SET status = 'REVOKED', seat_key = NULL, updated_at = :now "
                        + "WHERE order_id = :o AND id IN (<ids>)")
                .bind("now", now).bind("o", orderId).bindList("ids", ticketIds).execute());
    }

    /** A whole order refunded: its products go back to stock. */
    /** Puts an order's products back in stock, but for the units a counter has already handed over. */
    void restockProducts(String orderId, Map<String, Integer> handedOverUnits) {
        for (ProductLine line : productLines(orderId)) {
            int back = line.quantity() - handedOverUnits.getOrDefault(line.productId(), 0);
            if (back > 0) {
                tx.withHandle(h -> h.createUpdate("UPDATE products SET stock = stock + :q WHERE id = :id")
                        .bind("q", back).bind("id", line.productId()).execute());
            }
        }
    }

    void markRefunded(String orderId, OrderStatus status, long refundedCents, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE orders SET status = :st, refunded_cents = :r, refunded_at = :now "
                        + "WHERE id = :o")
                .bind("st", status.name()).bind("r", refundedCents).bind("now", now).bind("o", orderId).execute());
    }

    long sessionStartsAt(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT starts_at FROM sessions WHERE id = :s").bind("s", sessionId)
                .mapTo(Long.class).one());
    }

    /**
     * Paid orders found by {@code condition} on {@code :v} (and of {@code partnerId} when given), newest
     * first, at most {@code limit}.
     */
    List<io.bilheteria.api.orders.OrderSummary> search(String condition, String value, String partnerId, int limit) {
        String sql = "SELECT o.id, o.code, o.status, o.total_cents, o.currency, o.created_at, "
                + "e.title, s.starts_at, (SELECT COUNT(*) FROM tickets t WHERE t.order_id = o.id) AS ticket_count, "
                + "c.name, COALESCE(o.email, c.email) AS email FROM orders o "
                + "JOIN sessions s ON s.id = o.session_id JOIN events e ON e.id = s.event_id "
                + "LEFT JOIN customers c ON c.id = o.customer_id "
                + "WHERE o.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND " + condition
                + (partnerId != null ? " AND o.partner_id = :p" : "")
                + " ORDER BY o.created_at DESC, o.id DESC LIMIT " + limit;
        return tx.withHandle(h -> {
            var query = h.createQuery(sql).bind("v", value);
            if (partnerId != null) {
                query.bind("p", partnerId);
            }
            return query.map((rs, ctx) -> new io.bilheteria.api.orders.OrderSummary(rs.getString("id"),
                            rs.getString("code"), OrderStatus.valueOf(rs.getString("status")), rs.getLong("total_cents"),
                            rs.getString("currency"), Instant.ofEpochMilli(rs.getLong("created_at")),
                            rs.getString("title"), Instant.ofEpochMilli(rs.getLong("starts_at")),
                            rs.getInt("ticket_count"), rs.getString("name"), rs.getString("email")))
                    .list();
        });
    }
}
