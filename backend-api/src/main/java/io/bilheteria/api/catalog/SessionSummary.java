package io.bilheteria.api.catalog;

import java.time.Instant;

/**
 * One showing of an event; counts let a screen say "selling out" without loading the
 * seat map. {@code queueEnabled}: online buyers must pass the virtual queue first.
 * {@code halfPriceCap}: how many of its tickets may be sold at half price (meia-entrada):
 * {@code halfPriceCapPercent} of its seats, 40 unless the partner set another share;
 * {@code halfPriceSold}: how many are.
 */
public record SessionSummary(String id, Instant startsAt, int totalSeats, int availableSeats, boolean queueEnabled,
                             int halfPriceCapPercent, int halfPriceCap, int halfPriceSold) {
}
