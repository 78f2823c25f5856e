package io.bilheteria.api.partners;

/** One seat of a layout by its row label and seat number, such as row "C", seat 12. */
public record SeatPosition(String row, int seat) {
}
