package io.bilheteria.backend.auth;

import io.bilheteria.api.auth.Role;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a login's token lives, per role. Customers sign in on shared kiosks and on phones,
 * so theirs is short; staff and terminals sign in once for a shift.
 */
public record TokenLifetimes(Map<Role, Duration> byRole) {
    public static final Duration CUSTOMER_DEFAULT = Duration.ofHours(2);
    public static final Duration STAFF_DEFAULT = Duration.ofHours(12);

    public TokenLifetimes {
        byRole = Map.copyOf(byRole);
        for (Role role : Role.values()) {
            if (!byRole.containsKey(role)) {
                throw new IllegalArgumentException("no token lifetime for " + role);
            }
        }
    }

    public static TokenLifetimes defaults() {
        Map<Role, Duration> lifetimes = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            lifetimes.put(role, role == Role.CUSTOMER ? CUSTOMER_DEFAULT : STAFF_DEFAULT);
        }
        return new TokenLifetimes(lifetimes);
    }

    public Duration of(Role role) {
        return byRole.get(role);
    }

    public TokenLifetimes with(Role role, Duration lifetime) {
        Map<Role, Duration> lifetimes = new EnumMap<>(byRole);
        lifetimes.put(role, lifetime);
        return new TokenLifetimes(lifetimes);
    }
}
