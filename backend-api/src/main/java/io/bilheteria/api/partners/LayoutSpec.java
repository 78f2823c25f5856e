package io.bilheteria.api.partners;

import java.util.List;

/**
 * A description of a section's seats, from which the backend generates rows and seats.
 *
 * <ul>
 *   <li>{@code rows} with {@code seatsPerRow}, or {@code rowSeats} (the seat count of each row, front first);</li>
 *   <li>{@code rowLabels}: LETTERS (default) or NUMBERS; {@code firstRowIndex} (default 0) starts the labels
 *       further on, e.g. 2 for a section whose first row is C;</li>
 *   <li>{@code shape}: STRAIGHT (default) or CURVED, with {@code radius}: the distance in seat widths from the
 *       focal point on the stage to the first row (default 20);</li>
 *   <li>{@code aisleAfter}: seat numbers followed by an aisle (a gap of one seat width);</li>
 *   <li>{@code accessible}: seats for wheelchair users;</li>
 *   <li>{@code originX}, {@code originY}: where the middle of the first row goes on the venue map (default 0, 0).</li>
 * </ul>
 * Rows are one seat width apart, front row at originY, further rows at larger y.
 */
public record LayoutSpec(Integer rows, Integer seatsPerRow, List<Integer> rowSeats, RowLabels rowLabels,
                         Integer firstRowIndex, RowShape shape, Double radius, List<Integer> aisleAfter,
                         List<SeatPosition> accessible, Double originX, Double originY) {

    /** {@code rows} straight rows of {@code seatsPerRow}, lettered from A. */
    public static LayoutSpec straight(int rows, int seatsPerRow) {
        return new LayoutSpec(rows, seatsPerRow, null, null, null, RowShape.STRAIGHT, null, null, null, null, null);
    }

    /** {@code rows} curved rows of {@code seatsPerRow}, lettered from A, around a stage {@code radius} away. */
    public static LayoutSpec curved(int rows, int seatsPerRow, double radius) {
        return new LayoutSpec(rows, seatsPerRow, null, null, null, RowShape.CURVED, radius, null, null, null, null);
    }

    public LayoutSpec withAislesAfter(List<Integer> seatNumbers) {
        return new LayoutSpec(rows, seatsPerRow, rowSeats, rowLabels, firstRowIndex, shape, radius, seatNumbers,
                accessible, originX, originY);
    }

    public LayoutSpec withAccessible(List<SeatPosition> seats) {
        return new LayoutSpec(rows, seatsPerRow, rowSeats, rowLabels, firstRowIndex, shape, radius, aisleAfter, seats,
                originX, originY);
    }
}
