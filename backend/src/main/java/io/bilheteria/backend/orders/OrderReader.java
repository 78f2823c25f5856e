package io.bilheteria.backend.orders;

import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.orders.OrderRepository.OrderRow;

/** Who may see an order. */
final class OrderReader {
    private OrderReader() {
    }

    /** The order if the caller may see it; unknown and not-yours look the same (404). */
    static OrderRow visible(OrderRepository orders, Principal caller, OrderRepository.Key key, String value,
                            boolean forUpdate) {
        OrderRow row = orders.row(key, value, forUpdate).orElseThrow(() -> DomainException.notFound("Order"));
        requireVisible(caller, row);
        return row;
    }

    static void requireVisible(Principal caller, OrderRow row) {
        if (!canSee(caller, row)) {
            throw DomainException.notFound("Order");
        }
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
}
