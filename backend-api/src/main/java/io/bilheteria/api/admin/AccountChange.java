package io.bilheteria.api.admin;

/**
 * A change to a staff account: {@code enabled} false signs it out everywhere and refuses its
 * logins; {@code password} sets a new one (at least 8 characters) and signs it out too.
 * A null field is left as it is.
 */
public record AccountChange(Boolean enabled, String password) {
}
