package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.OrderSummaries;
import io.bilheteria.api.orders.OrderSummary;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.customers.Cpf;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.storage.Transactions;
import java.time.Instant;
import java.util.List;

/**
 * Finds a customer's orders at the box office, by the e-mail on the order or on the
 * customer's account, or by the account's CPF: the bought ones (paid, partly or wholly
 * refunded), newest first, at most {@link OrderSummaries#LIMIT}. Cashiers and admins search
 * all orders, a partner only those of its own events; kiosks and customers not at all (a
 * search by someone's e-mail would show a stranger's purchases).
 */
public final class OrderSearch {
    private static final String SELECT = "SELECT o.id, o.code, o.status, o.total_cents, o.currency, o.created_at, "
            + "e.title, s.starts_at, (SELECT COUNT(*) FROM tickets t WHERE t.order_id = o.id) AS ticket_count, "
            + "c.name, COALESCE(o.email, c.email) AS email FROM orders o "
            + "JOIN sessions s ON s.id = o.session_id JOIN events e ON e.id = s.event_id "
            + "LEFT JOIN customers c ON c.id = o.customer_id "
            + "WHERE o.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') AND ";

    private final Transactions tx;

    public OrderSearch(Transactions tx) {
        this.tx = tx;
    }

    public OrderSummaries byEmail(Principal caller, String email) {
        checkMaySearch(caller);
        // the customer's id, not the joined row, so each side of the OR can use its index
        return find(caller, "(o.email = :v OR o.customer_id IN (SELECT id FROM customers WHERE email = :v))",
                CustomerService.normalizeEmail(email));
    }

    public OrderSummaries byCpf(Principal caller, String cpf) {
        checkMaySearch(caller);
        String digits = Cpf.normalize(cpf)
                .orElseThrow(() -> DomainException.invalid("'cpf' is not a valid CPF (check digits do not match)"));
        return find(caller, "o.customer_id IN (SELECT id FROM customers WHERE cpf = :v)", digits);
    }

    private static void checkMaySearch(Principal caller) {
        if (!(caller.is(Role.CASHIER) || caller.is(Role.ADMIN) || caller.is(Role.PARTNER))) {
            throw DomainException.forbidden("Only the box office (and partners, for their events) search orders "
                    + "by e-mail or CPF; look an order up by its code");
        }
    }

    private OrderSummaries find(Principal caller, String condition, String value) {
        String partner = caller.limitedToPartner();
        String sql = SELECT + condition + (partner != null ? " AND o.partner_id = :p" : "")
                + " ORDER BY o.created_at DESC, o.id DESC LIMIT " + OrderSummaries.LIMIT;
        List<OrderSummary> found = tx.withHandle(h -> {
            var query = h.createQuery(sql).bind("v", value);
            if (partner != null) {
                query.bind("p", partner);
            }
            return query.map((rs, ctx) -> new OrderSummary(rs.getString("id"), rs.getString("code"),
                            OrderStatus.valueOf(rs.getString("status")), rs.getLong("total_cents"),
                            rs.getString("currency"), Instant.ofEpochMilli(rs.getLong("created_at")),
                            rs.getString("title"), Instant.ofEpochMilli(rs.getLong("starts_at")),
                            rs.getInt("ticket_count"), rs.getString("name"), rs.getString("email")))
                    .list();
        });
        return new OrderSummaries(found);
    }
}
