package io.bilheteria.backend.auth;

import io.bilheteria.api.auth.Role;

/** The authenticated caller: an account with its role, and its partner or customer when it has one. */
public record Principal(String accountId, String username, Role role, String partnerId, String customerId) {

    /** Callers without a token (browsing the catalogue, registering). */
    public static final Principal ANONYMOUS = new Principal("", "anonymous", null, null, null);

    public boolean is(Role other) {
        return role == other;
    }

    /**
     * The partner whose orders and sales this caller is limited to: its own for a partner and a
     * partner's box office (cashier, kiosk); null for admins and the venue's own staff.
     */
    public String limitedToPartner() {
        return role == Role.ADMIN ? null : partnerId;
    }
}
