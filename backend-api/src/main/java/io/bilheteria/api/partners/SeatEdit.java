package io.bilheteria.api.partners;

/** A change to one seat of a layout: whether it is a wheelchair place. */
public record SeatEdit(Boolean accessible) {
}
