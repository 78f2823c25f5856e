package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.Channel;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Orders: a hold plus products becomes an order awaiting payment; a paid order can be
 * looked up and cancelled (seats back on sale, tickets revoked, card refunded).
 */
public final class OrderService {
    static final int MAX_PRODUCT_QUANTITY = 50;

    private final Transactions tx;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final SalesMetrics metrics;

    public OrderService(Transactions tx, Clock clock, PaymentGateway gateway, SalesMetrics metrics) {
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
        this.metrics = metrics;
    }

    private record SeatLine(long spotId, String description, long priceCents, String currency) {
    }

    private record ProductRow(String id, String eventId, String name, long priceCents, String currency, int stock) {
    }

    /** Creates the order of a hold, or replaces the not-yet-paid order of the same hold (the cart changed). */
    public OrderCreated create(Principal caller, OrderRequest request) {
        Channel channel = Channel.of(caller.role())
                .orElseThrow(() -> DomainException.forbidden("Only kiosks, cashiers and customers place orders"));
        if (request == null || request.holdId() == null || request.holdId().isBlank()) {
            throw DomainException.invalid("'holdId' is required");
        }
        String email = request.email() == null || request.email().isBlank() ? null
                : CustomerService.normalizeEmail(request.email());
        Map<String, Integer> wanted = productQuantities(request.products());
        return tx.inTransaction(h -> {
            var hold = h.createQuery("SELECT session_id, account_id, status, expires_at FROM holds WHERE id = :id FOR UPDATE")
                    .bind("id", request.holdId())
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)})
                    .findOne()
                    .orElseThrow(() -> DomainException.notFound("Hold " + request.holdId()));
            String sessionId = (String) hold[0];
            if (!hold[1].equals(caller.accountId())) {
                throw DomainException.notFound("Hold " + request.holdId());
            }
            long now = clock.millis();
            if (!"ACTIVE".equals(hold[2]) || (long) hold[3] < now) {
                throw holdExpired();
            }
            List<SeatLine> seats = h.createQuery("SELECT sp.id, sec.name, sp.row_label, sp.seat_number, sec.price_cents, "
                            + "sec.currency FROM session_seats ss JOIN spots sp ON sp.id = ss.spot_id "
                            + "JOIN sections sec ON sec.id = ss.section_id "
                            + "WHERE ss.hold_id = :h AND ss.status = 'HELD' ORDER BY sp.id")
                    .bind("h", request.holdId())
                    .map((rs, ctx) -> new SeatLine(rs.getLong(1),
                            rs.getString(2) + " row " + rs.getString(3) + " seat " + rs.getInt(4), rs.getLong(5),
                            rs.getString(6)))
                    .list();
            if (seats.isEmpty()) {
                throw holdExpired();
            }
            String[] eventAndPartner = h.createQuery("SELECT e.id, e.partner_id FROM sessions s "
                            + "JOIN events e ON e.id = s.event_id WHERE s.id = :s")
                    .bind("s", sessionId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one();
            String customerId = customerFor(h, caller, request.customerId());
            String receiptEmail = email != null ? email : customerEmail(h, customerId);

            List<ProductRow> products = new ArrayList<>();
            for (var entry : wanted.entrySet()) {
                ProductRow p = h.createQuery("SELECT id, event_id, name, price_cents, currency, stock FROM products "
                                + "WHERE id = :id")
                        .bind("id", entry.getKey())
                        .map((rs, ctx) -> new ProductRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getLong(4), rs.getString(5), rs.getInt(6)))
                        .findOne()
                        .filter(row -> row.eventId().equals(eventAndPartner[0]))
                        .orElseThrow(() -> DomainException.invalid("Product " + entry.getKey() + " is not sold with this event"));
                if (p.stock() < entry.getValue()) {
                    throw new DomainException(DomainException.Kind.OUT_OF_STOCK,
                            "Only " + p.stock() + " left of " + p.name());
                }
                products.add(p);
            }
            String currency = seats.get(0).currency();
            long total = seats.stream().mapToLong(SeatLine::priceCents).sum()
                    + products.stream().mapToLong(p -> p.priceCents() * wanted.get(p.id())).sum();

            var existing = OrderReader.row(h, "hold_id", request.holdId(), true);
            String orderId;
            String code;
            if (existing.isPresent()) {
                var order = existing.get();
                if (order.status() != OrderStatus.PENDING_PAYMENT) {
                    throw DomainException.conflict("This hold already has an order in status " + order.status());
                }
                if (paymentPending(h, order.id())) {
                    throw new DomainException(DomainException.Kind.PAYMENT_IN_PROGRESS, "A payment for this order is in progress");
                }
                orderId = order.id();
                code = order.code();
                h.createUpdate("DELETE FROM order_items WHERE order_id = :o").bind("o", orderId).execute();
                h.createUpdate("UPDATE orders SET customer_id = :c, email = :e, total_cents = :t WHERE id = :o")
                        .bind("c", customerId).bind("e", receiptEmail).bind("t", total).bind("o", orderId).execute();
            } else {
                orderId = Ids.newId();
                code = uniqueCode(h);
                h.createUpdate("INSERT INTO orders (id, code, hold_id, session_id, partner_id, account_id, customer_id, "
                                + "email, channel, status, total_cents, currency, created_at) VALUES (:id, :code, :hold, "
                                + ":s, :p, :a, :c, :e, :ch, 'PENDING_PAYMENT', :t, :cur, :now)")
                        .bind("id", orderId).bind("code", code).bind("hold", request.holdId()).bind("s", sessionId)
                        .bind("p", eventAndPartner[1]).bind("a", caller.accountId()).bind("c", customerId)
                        .bind("e", receiptEmail).bind("ch", channel.name()).bind("t", total).bind("cur", currency)
                        .bind("now", now)
                        .execute();
            }
            var lines = h.prepareBatch("INSERT INTO order_items (order_id, line_no, kind, ref_id, description, quantity, "
                    + "unit_price_cents) VALUES (:o, :l, :k, :r, :d, :q, :u)");
            int line = 0;
            for (SeatLine seat : seats) {
                addItem(lines, orderId, ++line, "SEAT", Long.toString(seat.spotId()), seat.description(), 1, seat.priceCents());
            }
            for (ProductRow p : products) {
                addItem(lines, orderId, ++line, "PRODUCT", p.id(), p.name(), wanted.get(p.id()), p.priceCents());
            }
            lines.execute();
            return new OrderCreated(orderId, code, OrderStatus.PENDING_PAYMENT, total, currency);
        });
    }

    private static void addItem(PreparedBatch batch, String orderId, int line, String kind, String ref,
                                String description, int quantity, long unitPrice) {
        batch.bind("o", orderId).bind("l", line).bind("k", kind).bind("r", ref).bind("d", description)
                .bind("q", quantity).bind("u", unitPrice).add();
    }

    private static Map<String, Integer> productQuantities(List<ProductLine> lines) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (lines == null) {
            return wanted;
        }
        for (ProductLine line : lines) {
            if (line == null || line.productId() == null || line.productId().isBlank()) {
                throw DomainException.invalid("Each product needs a 'productId'");
            }
            if (line.quantity() < 1 || line.quantity() > MAX_PRODUCT_QUANTITY) {
                throw DomainException.invalid("Product quantity must be between 1 and " + MAX_PRODUCT_QUANTITY);
            }
            wanted.merge(line.productId(), line.quantity(), Integer::sum);
        }
        return wanted;
    }

    private static String customerFor(Handle h, Principal caller, String requested) {
        if (caller.is(Role.CUSTOMER)) {
            if (requested != null && !requested.equals(caller.customerId())) {
                throw DomainException.forbidden("Customers order only for themselves");
            }
            return caller.customerId();
        }
        if (requested == null || requested.isBlank()) {
            return null;
        }
        boolean exists = h.createQuery("SELECT COUNT(*) FROM customers WHERE id = :id").bind("id", requested)
                .mapTo(Integer.class).one() > 0;
        if (!exists) {
            throw DomainException.invalid("Customer " + requested + " does not exist");
        }
        return requested;
    }

    private static String customerEmail(Handle h, String customerId) {
        if (customerId == null) {
            return null;
        }
        return h.createQuery("SELECT email FROM customers WHERE id = :id").bind("id", customerId)
                .mapTo(String.class).findOne().orElse(null);
    }

    private static boolean paymentPending(Handle h, String orderId) {
        return h.createQuery("SELECT COUNT(*) FROM payments WHERE order_id = :o AND status = 'PENDING'")
                .bind("o", orderId).mapTo(Integer.class).one() > 0;
    }

    private static String uniqueCode(Handle h) {
        for (int i = 0; i < 10; i++) {
            String code = Ids.newOrderCode();
            boolean used = h.createQuery("SELECT COUNT(*) FROM orders WHERE code = :c").bind("c", code)
                    .mapTo(Integer.class).one() > 0;
            if (!used) {
                return code;
            }
        }
        throw new IllegalStateException("could not find a free order code");
    }

    static DomainException holdExpired() {
        return new DomainException(DomainException.Kind.HOLD_EXPIRED, "The seats' hold has expired; choose the seats again");
    }

    public Order get(Principal caller, String orderId) {
        return tx.withHandle(h -> OrderReader.load(h, OrderReader.visible(h, caller, "id", orderId, false)));
    }

    public Order byCode(Principal caller, String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("Give the order 'code' to look up");
        }
        String normalized = code.trim().toUpperCase();
        return tx.withHandle(h -> OrderReader.load(h, OrderReader.visible(h, caller, "code", normalized, false)));
    }

    /** Refunds a paid order in full: seats on sale again at once, tickets revoked, products back in stock. */
    public Order cancel(Principal caller, String orderId) {
        Order order = tx.inTransaction(h -> {
            var row = OrderReader.visible(h, caller, "id", orderId, true);
            if (row.status() == OrderStatus.REFUNDED) {
                return OrderReader.load(h, row);
            }
            if (row.status() != OrderStatus.PAID) {
                throw DomainException.conflict("Only paid orders can be refunded; this one is " + row.status());
            }
            long now = clock.millis();
            long startsAt = h.createQuery("SELECT starts_at FROM sessions WHERE id = :s").bind("s", row.sessionId())
                    .mapTo(Long.class).one();
            if (startsAt <= now) {
                throw DomainException.conflict("The session has already started; it can no longer be refunded");
            }
            var payment = h.createQuery("SELECT id, authorization_code FROM payments WHERE order_id = :o "
                            + "AND status = 'APPROVED'")
                    .bind("o", orderId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one();
            int seats = h.createUpdate("UPDATE session_seats SET status = 'AVAILABLE', order_id = NULL, hold_id = NULL, "
                            + "held_until = NULL WHERE order_id = :o AND status = 'SOLD'")
                    .bind("o", orderId).execute();
            // updated_at: the gates' next download carries the revocation
            h.createUpdate("UPDATE tickets SET status = 'REVOKED', seat_key = NULL, updated_at = :now "
                            + "WHERE order_id = :o")
                    .bind("now", now).bind("o", orderId).execute();
            h.createQuery("SELECT ref_id, quantity FROM order_items WHERE order_id = :o AND kind = 'PRODUCT'")
                    .bind("o", orderId).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2)}).list()
                    .forEach(p -> h.createUpdate("UPDATE products SET stock = stock + :q WHERE id = :id")
                            .bind("q", (int) p[1]).bind("id", (String) p[0]).execute());
            h.createUpdate("UPDATE orders SET status = 'REFUNDED', refunded_at = :now WHERE id = :o")
                    .bind("now", now).bind("o", orderId).execute();
            h.createUpdate("UPDATE payments SET status = 'REFUNDED', updated_at = :now WHERE id = :p")
                    .bind("now", now).bind("p", payment[0]).execute();
            h.createUpdate("INSERT INTO refunds (id, order_id, payment_id, amount_cents, account_id, created_at) "
                            + "VALUES (:id, :o, :p, :a, :by, :now)")
                    .bind("id", Ids.newId()).bind("o", orderId).bind("p", payment[0]).bind("a", row.totalCents())
                    .bind("by", caller.accountId()).bind("now", now).execute();
            // inside the transaction: if the acquirer refuses, nothing changes here either
            gateway.refund(payment[1], row.totalCents(), "refund-" + orderId);
            metrics.refund(seats);
            return OrderReader.load(h, OrderReader.row(h, "id", orderId, false).orElseThrow());
        });
        return order;
    }
}
