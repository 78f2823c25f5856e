package io.bilheteria.api.auth;

/** Staff log in with their username; customers with their email. */
public record LoginRequest(String username, String password) {
}
