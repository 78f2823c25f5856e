package io.bilheteria.backend.holds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where aisles cut a section's rows, read from the seats' positions on the map: a gap between
 * neighbouring seats of a row wider than half again the row's seat pitch (the typical distance
 * between its neighbours) is an aisle. Distances are straight lines between the seats' points, so a
 * curved row is measured along itself. The seats between two aisles (or a row's end) make a
 * block; only seats of one block sit side by side. No storage: built from a section's layout.
 */
public final class Aisles {
    /** A gap wider than this many seat pitches is an aisle; the generated layouts' aisles are two. */
    static final double AISLE_FACTOR = 1.5;
    /** A row with fewer gaps than this has no typical gap of its own: the section's pitch judges it. */
    private static final int GAPS_FOR_OWN_PITCH = 2;

    /** A seat's place: its row, its number in the row, its point on the venue map. */
    public record Spot(int rowRank, int number, double x, double y) {
    }

    /** For each row cut by aisles, the numbers of the seats just past an aisle, ascending. */
    private final Map<Integer, int[]> cuts;

    private Aisles(Map<Integer, int[]> cuts) {
        this.cuts = cuts;
    }

    public static Aisles of(Collection<Spot> spots) {
        Map<Integer, List<Spot>> rows = spots.stream().collect(Collectors.groupingBy(Spot::rowRank, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), row -> {
                    row.sort(Comparator.comparingInt(Spot::number));
                    return row;
                })));
        Map<Integer, double[]> gaps = new HashMap<>();
        List<Double> allGaps = new ArrayList<>();
        rows.forEach((rank, row) -> {
            double[] rowGaps = new double[row.size() - 1];
            for (int i = 1; i < row.size(); i++) {
                rowGaps[i - 1] = Math.hypot(row.get(i).x() - row.get(i - 1).x(), row.get(i).y() - row.get(i - 1).y());
                allGaps.add(rowGaps[i - 1]);
            }
            gaps.put(rank, rowGaps);
        });
        double sectionPitch = pitch(allGaps.stream().mapToDouble(Double::doubleValue).toArray());
        Map<Integer, int[]> cuts = new HashMap<>();
        rows.forEach((rank, row) -> {
            double[] rowGaps = gaps.get(rank);
            double pitch = rowGaps.length >= GAPS_FOR_OWN_PITCH ? pitch(rowGaps) : sectionPitch;
            if (!(pitch > 0)) {
                return;
            }
            int[] rowCuts = new int[rowGaps.length];
            int count = 0;
            for (int i = 0; i < rowGaps.length; i++) {
                if (rowGaps[i] > AISLE_FACTOR * pitch) {
                    rowCuts[count++] = row.get(i + 1).number();
                }
            }
            if (count > 0) {
                cuts.put(rank, Arrays.copyOf(rowCuts, count));
            }
        });
        return new Aisles(cuts);
    }

    /**
     * Which block of its row a seat is in, counted from the row's lowest numbers: 0 before the
     * first aisle. Two seats of a row sit side by side only if their blocks are the same.
     */
    public int blockOf(int rowRank, int number) {
        int[] rowCuts = cuts.get(rowRank);
        if (rowCuts == null) {
            return 0;
        }
        int at = Arrays.binarySearch(rowCuts, number);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The typical gap between neighbours: the lower median of the positive gaps (aisles are the few wide ones). */
    private static double pitch(double[] gaps) {
        double[] positive = Arrays.stream(gaps).filter(g -> g > 0).sorted().toArray();
        return positive.length == 0 ? 0 : positive[(positive.length - 1) / 2];
    }
}
