package io.bilheteria.api.admin;

import io.bilheteria.api.auth.Role;

public record StaffAccount(String id, String username, Role role, String partnerId, boolean enabled) {
}
