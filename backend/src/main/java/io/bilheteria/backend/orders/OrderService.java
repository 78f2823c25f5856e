package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.Channel;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Orders: a hold plus products becomes an order awaiting payment, which can be looked up
 * (refunds are {@link RefundService}'s).
 */
public final class OrderService {
    static final int MAX_PRODUCT_QUANTITY = 50;

    private final Transactions tx;
    private final Clock clock;

    public OrderService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    private record SeatLine(long spotId, String description, TicketType type, long priceCents, String currency) {
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
        Map<String, TicketType> types = TicketTypes.requested(caller, request.ticketTypes());
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
                    .map((rs, ctx) -> {
                        TicketType type = types.getOrDefault(Long.toString(rs.getLong(1)), TicketType.FULL);
                        return new SeatLine(rs.getLong(1),
                                rs.getString(2) + " row " + rs.getString(3) + " seat " + rs.getInt(4), type,
                                type.priceCents(rs.getLong(5)), rs.getString(6));
                    })
                    .list();
            if (seats.isEmpty()) {
                throw holdExpired();
            }
            TicketTypes.checkSeatsHeld(types, seats.stream().map(seat -> Long.toString(seat.spotId())).toList());
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
                    + "unit_price_cents, ticket_type) VALUES (:o, :l, :k, :r, :d, :q, :u, :t)");
            int line = 0;
            for (SeatLine seat : seats) {
                addItem(lines, orderId, ++line, "SEAT", Long.toString(seat.spotId()), seat.description(), 1,
                        seat.priceCents(), seat.type().name());
            }
            for (ProductRow p : products) {
                addItem(lines, orderId, ++line, "PRODUCT", p.id(), p.name(), wanted.get(p.id()), p.priceCents(), null);
            }
            lines.execute();
            return new OrderCreated(orderId, code, OrderStatus.PENDING_PAYMENT, total, currency);
        });
    }

    private static void addItem(PreparedBatch batch, String orderId, int line, String kind, String ref,
                                String description, int quantity, long unitPrice, String ticketType) {
        batch.bind("o", orderId).bind("l", line).bind("k", kind).bind("r", ref).bind("d", description)
                .bind("q", quantity).bind("u", unitPrice).bind("t", ticketType).add();
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
}
