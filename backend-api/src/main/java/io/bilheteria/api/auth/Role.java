package io.bilheteria.api.auth;

/** Who is calling. Each endpoint admits only the roles that need it. */
public enum Role {
    ADMIN, PARTNER, CASHIER, GATE, KIOSK, CUSTOMER
}
