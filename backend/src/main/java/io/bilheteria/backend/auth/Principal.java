package io.bilheteria.backend.auth;

import io.bilheteria.api.auth.Role;

/** The authenticated caller: an account with its role, and its partner or customer when it has one. */
public record Principal(String accountId, String username, Role role, String partnerId, String customerId) {

    /** Callers without a token (browsing the catalogue, registering). */
    public static final Principal ANONYMOUS = new Principal("", "anonymous", null, null, null);

    public boolean is(Role other) {
        return role == other;
    }
}
