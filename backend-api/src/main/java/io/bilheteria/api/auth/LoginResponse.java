package io.bilheteria.api.auth;

import java.time.Instant;

/**
 * A bearer token for {@code Authorization: Bearer <token>}.
 * {@code customerId} is set only when the account is a customer's.
 */
public record LoginResponse(String token, Role role, Instant expiresAt, String customerId) {
}
