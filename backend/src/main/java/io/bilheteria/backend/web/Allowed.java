package io.bilheteria.backend.web;

import io.bilheteria.api.auth.Role;
import io.javalin.security.RouteRole;

/** The roles a route admits, as Javalin route roles. A route with none is public. */
public enum Allowed implements RouteRole {
    ADMIN(Role.ADMIN), PARTNER(Role.PARTNER), CASHIER(Role.CASHIER), GATE(Role.GATE), KIOSK(Role.KIOSK),
    CUSTOMER(Role.CUSTOMER);

    private final Role role;

    Allowed(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** The roles that sell: they hold seats, place and pay orders. */
    public static final Allowed[] SELLERS = {KIOSK, CASHIER, CUSTOMER};
}
