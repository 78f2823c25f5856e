package io.bilheteria.backend.orders;

import io.bilheteria.backend.storage.Transactions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What suggestions are made of: what a buyer did before, and what others bought. */
final class SuggestionRepository {
    private final Transactions tx;

    SuggestionRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Orders of the same buyer (by customer account, or by e-mail for guests) for this event: the
     * sessions they paid for and the sessions they gave up on, and the products they bought.
     */
    record History(Set<String> paidSessions, Set<String> abandonedSessions, Set<String> boughtProducts) {
    }

    History history(String eventId, String customerId, String email) {
        if (customerId == null && email == null) {
            return new History(Set.of(), Set.of(), Set.of());
        }
        String buyer = "(o.customer_id = :c OR o.email = :m)";
        return tx.withHandle(h -> {
            Map<String, Set<String>> byStatus = h.createQuery("SELECT o.session_id, o.status FROM orders o "
                            + "JOIN sessions s ON s.id = o.session_id WHERE s.event_id = :e AND " + buyer)
                    .bind("e", eventId).bind("c", customerId).bind("m", email)
                    .reduceRows(new HashMap<String, Set<String>>(), (found, row) -> {
                        String status = row.getColumn(2, String.class);
                        String kind = status.equals("EXPIRED") ? "ABANDONED"
                                : status.equals("PENDING_PAYMENT") ? "OPEN" : "PAID";
                        found.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(row.getColumn(1, String.class));
                        return found;
                    });
            Set<String> products = h.createQuery("SELECT DISTINCT i.ref_id FROM order_items i JOIN orders o "
                            + "ON o.id = i.order_id WHERE i.kind = 'PRODUCT' AND o.status IN ('PAID', "
                            + "'PARTIALLY_REFUNDED') AND " + buyer)
                    .bind("c", customerId).bind("m", email)
                    .mapTo(String.class).set();
            return new History(byStatus.getOrDefault("PAID", Set.of()), byStatus.getOrDefault("ABANDONED", Set.of()),
                    products);
        });
    }

    /** Units of each of the event's products sold so far: the best sellers are offered first. */
    Map<String, Long> unitsSold(String eventId) {
        return tx.withHandle(h -> h.createQuery("SELECT i.ref_id, SUM(i.quantity) FROM order_items i "
                        + "JOIN orders o ON o.id = i.order_id JOIN products p ON p.id = i.ref_id "
                        + "WHERE i.kind = 'PRODUCT' AND p.event_id = :e AND o.status IN ('PAID', 'PARTIALLY_REFUNDED') "
                        + "GROUP BY i.ref_id")
                .bind("e", eventId)
                .reduceRows(new HashMap<String, Long>(), (sold, row) -> {
                    sold.put(row.getColumn(1, String.class), row.getColumn(2, Long.class));
                    return sold;
                }));
    }

    /** The products in an order. */
    Set<String> productsOf(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT ref_id FROM order_items WHERE order_id = :o AND kind = 'PRODUCT'")
                .bind("o", orderId).mapTo(String.class).collect(Collectors.toSet()));
    }

    /** The event a session belongs to. */
    String eventOf(String sessionId) {
        return tx.withHandle(h -> h.createQuery("SELECT event_id FROM sessions WHERE id = :s").bind("s", sessionId)
                .mapTo(String.class).one());
    }

    /** Orders given up on (run out or cancelled before payment) with an address, not yet offered anything. */
    record Abandoned(String orderId, String email) {
    }

    List<Abandoned> abandonedSince(long since, String mailKind) {
        return tx.withHandle(h -> h.createQuery("SELECT o.id, o.email FROM orders o WHERE o.status = 'EXPIRED' "
                        + "AND o.email IS NOT NULL AND o.created_at >= :since AND NOT EXISTS (SELECT 1 FROM mail_outbox m "
                        + "WHERE m.kind = :k AND m.subject_id = o.id)")
                .bind("since", since).bind("k", mailKind)
                .map((rs, ctx) -> new Abandoned(rs.getString(1), rs.getString(2)))
                .list());
    }

    /** Whether this address paid for a session of the event after {@code after}. */
    boolean boughtEventSince(String eventId, String email, long after) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders o JOIN sessions s ON s.id = o.session_id "
                        + "LEFT JOIN customers c ON c.id = o.customer_id WHERE s.event_id = :e "
                        + "AND (o.email = :m OR c.email = :m) AND o.status IN ('PAID', 'PARTIALLY_REFUNDED') "
                        + "AND o.paid_at > :after")
                .bind("e", eventId).bind("m", email).bind("after", after)
                .mapTo(Integer.class).one()) > 0;
    }
}
