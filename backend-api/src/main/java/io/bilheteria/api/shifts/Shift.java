package io.bilheteria.api.shifts;

import java.time.Instant;

/** A cashier's shift; {@code closedAt} is null while it is open. */
public record Shift(String shiftId, String cashier, Instant openedAt, Instant closedAt) {
}
