package io.bilheteria.api.catalog;

/** A spot on the map of one session, with its status in that session. */
public record Seat(
        String id,
        String sectionId,
        String row,
        int number,
        double x,
        double y,
        boolean accessible,
        SeatStatus status) {
}
