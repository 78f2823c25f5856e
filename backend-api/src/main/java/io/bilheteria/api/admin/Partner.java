package io.bilheteria.api.admin;

import java.time.Instant;

/** An organiser of events; {@code feeBps} is the platform's fee in basis points (1000 = 10 %). */
public record Partner(String id, String name, int feeBps, boolean enabled, Instant createdAt) {
}
