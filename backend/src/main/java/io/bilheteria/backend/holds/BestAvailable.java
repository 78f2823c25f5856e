package io.bilheteria.backend.holds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Picks the best {@code quantity} free seats of a section: side by side in one row when
 * possible, best rows first, nearest the middle of the row, and never leaving a single
 * free seat stranded between taken ones (or between a taken one and an aisle) when another
 * choice exists. Accessible seats are kept for those who need them unless nothing else fits.
 * Side by side means consecutive numbers in the same block of a row: an aisle between two
 * seats (see {@link Aisles}) parts them, so a group straddles an aisle only when no row has
 * enough seats together and the seats are taken one by one.
 */
public final class BestAvailable {

    /**
     * A seat of the section; {@code free} tells whether it can be taken now; {@code block} which
     * stretch of its row between aisles it is in ({@link Aisles#blockOf}).
     */
    public record Candidate(long spotId, int rowRank, int number, boolean accessible, boolean free, int block) {
        /** A seat of a row no aisle cuts. */
        public Candidate(long spotId, int rowRank, int number, boolean accessible, boolean free) {
            this(spotId, rowRank, number, accessible, free, 0);
        }
    }

    /**
     * The seats chosen; {@code ideal} when they sit together, strand nobody and use no
     * accessible seat: no seat further back can beat such a choice.
     */
    public record Choice(List<Long> spotIds, boolean ideal) {
    }

    private BestAvailable() {
    }

    /** The choice among {@code section}, whose rows' middles follow from the seats given. */
    public static Optional<List<Long>> pick(List<Candidate> section, int quantity) {
        Map<Integer, double[]> extents = new TreeMap<>();
        for (Candidate c : section) {
            extents.merge(c.rowRank(), new double[] {c.number(), c.number()},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        return choose(section, quantity, rank -> (extents.get(rank)[0] + extents.get(rank)[1]) / 2.0)
                .map(Choice::spotIds);
    }

    /** As {@link #pick}, with each row's middle given (the free seats alone may not show a row's ends). */
    public static Optional<Choice> choose(List<Candidate> seats, int quantity, IntToDoubleFunction rowMiddle) {
        Optional<Choice> withoutAccessible = choose(seats, quantity, rowMiddle, false);
        if (withoutAccessible.isPresent()) {
            return withoutAccessible;
        }
        return choose(seats, quantity, rowMiddle, true).map(c -> new Choice(c.spotIds(), false));
    }

    private static Optional<Choice> choose(List<Candidate> seats, int quantity, IntToDoubleFunction rowMiddle,
                                           boolean useAccessible) {
        Map<Integer, List<Candidate>> rows = seats.stream()
                .collect(Collectors.groupingBy(Candidate::rowRank, TreeMap::new, Collectors.toList()));
        Window bestStranding = null;
        for (List<Candidate> row : rows.values()) {
            row.sort(Comparator.comparingInt(Candidate::number));
            double middle = rowMiddle.applyAsDouble(row.get(0).rowRank());
            Window bestInRow = null;
            for (List<Candidate> run : freeRuns(row, useAccessible)) {
                for (int start = 0; start + quantity <= run.size(); start++) {
                    int left = start;
                    int right = run.size() - start - quantity;
                    double centre = (run.get(start).number() + run.get(start + quantity - 1).number()) / 2.0;
                    Window w = new Window(run.subList(start, start + quantity), run.get(0).rowRank(),
                            Math.abs(centre - middle));
                    if (left == 1 || right == 1) {
                        // only the best row with such windows counts, and in it the most central window
                        if (bestStranding == null || bestStranding.rowRank() == w.rowRank()) {
                            bestStranding = better(bestStranding, w);
                        }
                    } else {
                        bestInRow = better(bestInRow, w);
                    }
                }
            }
            if (bestInRow != null) {
                // rows come best first: the first row with a clean window wins
                return Optional.of(new Choice(ids(bestInRow.seats()), true));
            }
        }
        if (bestStranding != null) {
            return Optional.of(new Choice(ids(bestStranding.seats()), false));
        }
        return scattered(rows, quantity, rowMiddle, useAccessible);
    }

    /** No row has enough seats together: the best seats one by one, row by row. */
    private static Optional<Choice> scattered(Map<Integer, List<Candidate>> rows, int quantity,
                                              IntToDoubleFunction rowMiddle, boolean useAccessible) {
        List<Long> chosen = new ArrayList<>();
        for (List<Candidate> row : rows.values()) {
            double middle = rowMiddle.applyAsDouble(row.get(0).rowRank());
            row.stream()
                    .filter(c -> c.free() && (useAccessible || !c.accessible()))
                    .sorted(Comparator.comparingDouble(c -> Math.abs(c.number() - middle)))
                    .limit(quantity - chosen.size())
                    .forEach(c -> chosen.add(c.spotId()));
            if (chosen.size() == quantity) {
                return Optional.of(new Choice(chosen, false));
            }
        }
        return Optional.empty();
    }

    /** Stretches of free seats side by side in one row: consecutive numbers, no aisle between them. */
    private static List<List<Candidate>> freeRuns(List<Candidate> row, boolean useAccessible) {
        List<List<Candidate>> runs = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : row) {
            boolean usable = c.free() && (useAccessible || !c.accessible());
            boolean continues = previous != null && c.number() == previous.number() + 1
                    && c.block() == previous.block();
            if (!usable || !continues) {
                if (!current.isEmpty()) {
                    runs.add(current);
                }
                current = new ArrayList<>();
            }
            if (usable) {
                current.add(c);
            }
            previous = c;
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static List<Long> ids(List<Candidate> seats) {
        return seats.stream().map(Candidate::spotId).toList();
    }

    private record Window(List<Candidate> seats, int rowRank, double offCentre) {
    }

    private static Window better(Window current, Window candidate) {
        return current == null || candidate.offCentre() < current.offCentre() ? candidate : current;
    }
}
