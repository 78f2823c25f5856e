package io.bilheteria.backend.holds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Picks the best {@code quantity} free seats of a section: side by side in one row when
 * possible, best rows first, nearest the middle of the row, and never leaving a single
 * free seat stranded between taken ones when another choice exists. Accessible seats
 * are kept for those who need them unless nothing else fits.
 */
public final class BestAvailable {

    /** A seat of the section; {@code free} tells whether it can be taken now. */
    public record Candidate(long spotId, int rowRank, String rowLabel, int number, boolean accessible, boolean free) {
    }

    private BestAvailable() {
    }

    public static Optional<List<Long>> pick(List<Candidate> section, int quantity) {
        Optional<List<Long>> withoutAccessible = pick(section, quantity, false);
        return withoutAccessible.isPresent() ? withoutAccessible : pick(section, quantity, true);
    }

    private static Optional<List<Long>> pick(List<Candidate> section, int quantity, boolean useAccessible) {
        Map<Integer, List<Candidate>> rows = section.stream()
                .collect(Collectors.groupingBy(Candidate::rowRank, TreeMap::new, Collectors.toList()));
        Window best = null;
        Window bestStranding = null;
        for (List<Candidate> row : rows.values()) {
            row.sort(Comparator.comparingInt(Candidate::number));
            double middle = (row.get(0).number() + row.get(row.size() - 1).number()) / 2.0;
            for (List<Candidate> run : freeRuns(row, useAccessible)) {
                for (int start = 0; start + quantity <= run.size(); start++) {
                    int left = start;
                    int right = run.size() - start - quantity;
                    double centre = (run.get(start).number() + run.get(start + quantity - 1).number()) / 2.0;
                    Window w = new Window(run.subList(start, start + quantity), run.get(0).rowRank(),
                            Math.abs(centre - middle));
                    if (left == 1 || right == 1) {
                        bestStranding = better(bestStranding, w);
                    } else {
                        best = better(best, w);
                    }
                }
            }
        }
        if (best != null || bestStranding != null) {
            Window chosen = best != null ? best : bestStranding;
            return Optional.of(chosen.seats().stream().map(Candidate::spotId).toList());
        }
        return scattered(rows, quantity, useAccessible);
    }

    /** No row has enough seats together: the best seats one by one, row by row. */
    private static Optional<List<Long>> scattered(Map<Integer, List<Candidate>> rows, int quantity,
                                                  boolean useAccessible) {
        List<Long> chosen = new ArrayList<>();
        for (List<Candidate> row : rows.values()) {
            double middle = (row.get(0).number() + row.get(row.size() - 1).number()) / 2.0;
            row.stream()
                    .filter(c -> c.free() && (useAccessible || !c.accessible()))
                    .sorted(Comparator.comparingDouble(c -> Math.abs(c.number() - middle)))
                    .limit(quantity - chosen.size())
                    .forEach(c -> chosen.add(c.spotId()));
            if (chosen.size() == quantity) {
                return Optional.of(chosen);
            }
        }
        return Optional.empty();
    }

    /** Stretches of free seats with consecutive numbers in one row. */
    private static List<List<Candidate>> freeRuns(List<Candidate> row, boolean useAccessible) {
        List<List<Candidate>> runs = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : row) {
            boolean usable = c.free() && (useAccessible || !c.accessible());
            boolean continues = previous != null && c.number() == previous.number() + 1;
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

    private record Window(List<Candidate> seats, int rowRank, double offCentre) {
    }

    private static Window better(Window current, Window candidate) {
        if (current == null) {
            return candidate;
        }
        if (candidate.rowRank() != current.rowRank()) {
            return candidate.rowRank() < current.rowRank() ? candidate : current;
        }
        return candidate.offCentre() < current.offCentre() ? candidate : current;
    }
}
