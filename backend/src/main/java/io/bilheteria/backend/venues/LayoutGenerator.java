package io.bilheteria.backend.venues;

import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.RowLabels;
import io.bilheteria.api.partners.RowShape;
import io.bilheteria.api.partners.SeatPosition;
import io.bilheteria.backend.common.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a {@link LayoutSpec} into seats with map coordinates; no storage, no HTTP. One seat
 * width is one map unit, as in the demo venues. Rows are centred on originX, so rows of
 * different lengths line up in the middle; on a curved layout each row lies on a circle around
 * a focal point on the stage, seats one unit apart along the arc, so outer rows hold more
 * seats in the same angle, as in a real amphitheatre.
 */
public final class LayoutGenerator {
    public static final int MAX_ROWS = 200;
    public static final int MAX_SEATS_PER_ROW = 500;
    public static final int MAX_SEATS = 20_000;
    static final double DEFAULT_RADIUS = 20;
    private static final String ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int MAX_FIRST_ROW_INDEX = 400;

    private LayoutGenerator() {
    }

    /** One generated seat; {@code rowRank} 0 is the front row (the best, for best-available). */
    public record PlacedSeat(String row, int rowRank, int number, double x, double y, boolean accessible) {
    }

    public static List<PlacedSeat> generate(LayoutSpec spec) {
        if (spec == null) {
            throw DomainException.invalid("A layout description is required");
        }
        List<Integer> counts = rowCounts(spec);
        int widest = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<Integer> aisles = aisles(spec.aisleAfter(), widest);
        int firstRow = spec.firstRowIndex() == null ? 0 : spec.firstRowIndex();
        if (firstRow < 0 || firstRow > MAX_FIRST_ROW_INDEX) {
            throw DomainException.invalid("'firstRowIndex' must be between 0 and " + MAX_FIRST_ROW_INDEX);
        }
        RowLabels labels = spec.rowLabels() == null ? RowLabels.LETTERS : spec.rowLabels();
        boolean curved = spec.shape() == RowShape.CURVED;
        double radius = spec.radius() == null ? DEFAULT_RADIUS : spec.radius();
        if (curved && !(radius >= 1 && radius <= 1_000)) {
            throw DomainException.invalid("'radius' must be between 1 and 1000 seat widths");
        }
        if (!curved && spec.radius() != null) {
            throw DomainException.invalid("'radius' applies only to CURVED rows");
        }
        double originX = finite(spec.originX(), "originX");
        double originY = finite(spec.originY(), "originY");
        Set<String> accessible = accessibleKeys(spec.accessible());

        List<PlacedSeat> seats = new ArrayList<>();
        for (int rank = 0; rank < counts.size(); rank++) {
            String label = label(labels, firstRow + rank);
            double[] along = positionsAlongRow(counts.get(rank), aisles);
            for (int i = 0; i < along.length; i++) {
                int number = i + 1;
                double x;
                double y;
                if (curved) {
                    double rowRadius = radius + rank;
                    double angle = along[i] / rowRadius;
                    if (Math.abs(angle) > Math.PI / 2) {
                        throw DomainException.invalid("Row " + label + " is too long for a radius of " + radius
                                + ": it would wrap behind the stage; use a radius of at least "
                                + (int) Math.ceil(Math.abs(along[i]) / (Math.PI / 2)));
                    }
                    x = originX + rowRadius * Math.sin(angle);
                    y = originY - radius + rowRadius * Math.cos(angle);
                } else {
                    x = originX + along[i];
                    y = originY + rank;
                }
                seats.add(new PlacedSeat(label, rank, number, round(x), round(y), accessible.remove(label + "-" + number)));
            }
        }
        if (!accessible.isEmpty()) {
            throw DomainException.invalid("'accessible' names seats this layout does not have: "
                    + String.join(", ", new TreeSet<>(accessible)));
        }
        return seats;
    }

    /** The label of the row {@code index} places from the front: A..Z without I and O, then AA, AB...; or 1, 2... */
    public static String label(RowLabels labels, int index) {
        if (labels == RowLabels.NUMBERS) {
            return Integer.toString(index + 1);
        }
        int n = ROW_LETTERS.length();
        return index < n ? String.valueOf(ROW_LETTERS.charAt(index))
                : "" + ROW_LETTERS.charAt(index / n - 1) + ROW_LETTERS.charAt(index % n);
    }

    private static List<Integer> rowCounts(LayoutSpec spec) {
        List<Integer> counts;
        if (spec.rowSeats() != null && !spec.rowSeats().isEmpty()) {
            if (spec.rows() != null || spec.seatsPerRow() != null) {
                throw DomainException.invalid("Give either 'rows' with 'seatsPerRow', or 'rowSeats', not both");
            }
            counts = spec.rowSeats();
        } else {
            if (spec.rows() == null || spec.seatsPerRow() == null) {
                throw DomainException.invalid("Give 'rows' with 'seatsPerRow', or 'rowSeats' (seats in each row)");
            }
            if (spec.rows() < 1 || spec.rows() > MAX_ROWS) {
                throw DomainException.invalid("'rows' must be between 1 and " + MAX_ROWS);
            }
            counts = java.util.Collections.nCopies(spec.rows(), spec.seatsPerRow());
        }
        if (counts.size() > MAX_ROWS) {
            throw DomainException.invalid("A section has at most " + MAX_ROWS + " rows");
        }
        long total = 0;
        for (Integer count : counts) {
            if (count == null || count < 1 || count > MAX_SEATS_PER_ROW) {
                throw DomainException.invalid("Each row has between 1 and " + MAX_SEATS_PER_ROW + " seats");
            }
            total += count;
        }
        if (total > MAX_SEATS) {
            throw DomainException.invalid("A section has at most " + MAX_SEATS + " seats; split it into several");
        }
        return counts;
    }

    private static Set<Integer> aisles(List<Integer> after, int widest) {
        Set<Integer> aisles = new HashSet<>();
        if (after == null) {
            return aisles;
        }
        for (Integer seat : after) {
            if (seat == null || seat < 1 || seat >= widest) {
                throw DomainException.invalid("'aisleAfter' takes seat numbers between 1 and " + (widest - 1));
            }
            aisles.add(seat);
        }
        return aisles;
    }

    private static Set<String> accessibleKeys(List<SeatPosition> positions) {
        Set<String> keys = new HashSet<>();
        if (positions != null) {
            for (SeatPosition p : positions) {
                if (p == null || p.row() == null || p.row().isBlank()) {
                    throw DomainException.invalid("Each accessible seat needs a 'row' and a 'seat'");
                }
                keys.add(p.row().trim().toUpperCase() + "-" + p.seat());
            }
        }
        return keys;
    }

    /** Offsets of a row's seats from its middle: one unit apart, one more after each aisle. */
    private static double[] positionsAlongRow(int count, Set<Integer> aisles) {
        double[] along = new double[count];
        double position = 0;
        for (int i = 0; i < count; i++) {
            along[i] = position;
            position += 1 + (aisles.contains(i + 1) ? 1 : 0);
        }
        double middle = along[count - 1] / 2;
        for (int i = 0; i < count; i++) {
            along[i] -= middle;
        }
        return along;
    }

    private static double finite(Double value, String field) {
        if (value == null) {
            return 0;
        }
        if (!Double.isFinite(value) || Math.abs(value) > 100_000) {
            throw DomainException.invalid("'" + field + "' must be a number between -100000 and 100000");
        }
        return value;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
