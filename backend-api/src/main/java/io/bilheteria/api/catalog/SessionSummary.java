package io.bilheteria.api.catalog;

import java.time.Instant;

/**
 * One showing of an event; counts let a screen say "selling out" without loading the
 * seat map. {@code queueEnabled}: online buyers must pass the virtual queue first.
 */
public record SessionSummary(String id, Instant startsAt, int totalSeats, int availableSeats, boolean queueEnabled) {
}
