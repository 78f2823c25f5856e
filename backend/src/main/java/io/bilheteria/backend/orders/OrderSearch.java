package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.orders.OrderSummaries;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.customers.Cpf;
import io.bilheteria.backend.customers.CustomerService;

/**
 * Finds a customer's orders at the box office, by the e-mail on the order or on the
 * customer's account, or by the account's CPF: the bought ones (paid, partly or wholly
 * refunded), newest first, at most {@link OrderSummaries#LIMIT}. Cashiers and admins search
 * all orders, a partner only those of its own events; kiosks and customers not at all (a
 * search by someone's e-mail would show a stranger's purchases).
 */
public final class OrderSearch {
    private final OrderRepository orders;

    public OrderSearch(OrderRepository orders) {
        this.orders = orders;
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
        return new OrderSummaries(orders.search(condition, value, caller.limitedToPartner(), OrderSummaries.LIMIT));
    }
}
