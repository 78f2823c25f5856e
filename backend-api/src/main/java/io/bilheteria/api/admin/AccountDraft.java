package io.bilheteria.api.admin;

import io.bilheteria.api.auth.Role;

/**
 * A staff account: PARTNER (needs partnerId), CASHIER, GATE or KIOSK, for a partner
 * (partnerId) or for the venue itself (no partnerId). Passwords have at least 8 characters.
 */
public record AccountDraft(String username, String password, Role role, String partnerId) {
}
