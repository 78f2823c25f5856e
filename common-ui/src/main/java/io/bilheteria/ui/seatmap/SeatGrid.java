package io.bilheteria.ui.seatmap;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Uniform-grid spatial index over seat centres (map units), so hit tests, visible-area queries and keyboard
 * navigation look at a few cells instead of every seat: a stadium has 60,000 of them.
 * Seats are identified by their index in the arrays given to {@link #build}.
 */
final class SeatGrid {
    /** Aim for a handful of seats per cell where seats are dense. */
    private static final double SEATS_PER_CELL = 4;
    /** Seats sampled to estimate the spacing; enough for a stable median, cheap at any venue size. */
    private static final int SPACING_SAMPLES = 1024;

    private final double[] xs;
    private final double[] ys;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cellSize;
    private final int cols;
    private final int rows;
    /** Seats of cell c are cellSeats[cellStart[c] .. cellStart[c + 1]). */
    private final int[] cellStart;
    private final int[] cellSeats;

    private SeatGrid(double[] xs, double[] ys, double minX, double minY, double maxX, double maxY,
                     double cellSize, int cols, int rows) {
        this.xs = xs;
        this.ys = ys;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.cellSize = cellSize;
        this.cols = cols;
        this.rows = rows;
        this.cellStart = new int[cols * rows + 1];
        this.cellSeats = new int[xs.length];
        int[] cellOf = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            cellOf[i] = cell(col(xs[i]), row(ys[i]));
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = Arrays.copyOf(cellStart, cols * rows);
        for (int i = 0; i < xs.length; i++) {
            cellSeats[fill[cellOf[i]]++] = i;
        }
    }

    /** Indexes seats at (xs[i], ys[i]); the arrays are kept, not copied. */
    static SeatGrid build(double[] xs, double[] ys) {
        int n = xs.length;
        if (n == 0) {
            return new SeatGrid(xs, ys, 0, 0, 0, 0, 1, 1, 1);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double width = maxX - minX;
        double height = maxY - minY;
        double cellSize = Math.sqrt(width * height * SEATS_PER_CELL / n);
        if (!(cellSize > 0)) {
            // all seats on one line or one point: cut the line into about n / SEATS_PER_CELL cells
            cellSize = Math.max(width, height) * SEATS_PER_CELL / n;
        }
        if (!(cellSize > 0)) {
            cellSize = 1;
        }
        // bound the cell count so a few far-apart seats cannot blow up the memory
        long maxCells = 4L * n + 64;
        while ((long) cellsAlong(width, cellSize) * cellsAlong(height, cellSize) > maxCells) {
            cellSize *= 1.5;
        }
        return new SeatGrid(xs, ys, minX, minY, maxX, maxY, cellSize,
                cellsAlong(width, cellSize), cellsAlong(height, cellSize));
    }

    private static int cellsAlong(double extent, double cellSize) {
        return (int) Math.floor(extent / cellSize) + 1;
    }

    int size() {
        return xs.length;
    }

    double minX() {
        return minX;
    }

    double minY() {
        return minY;
    }

    double maxX() {
        return maxX;
    }

    double maxY() {
        return maxY;
    }

    double x(int seat) {
        return xs[seat];
    }

    double y(int seat) {
        return ys[seat];
    }

    /** Calls {@code action} with every seat whose centre lies in the rectangle (edges included). */
    void forEachIn(double x0, double y0, double x1, double y1, IntConsumer action) {
        if (xs.length == 0 || x1 < minX || y1 < minY || x0 > maxX || y0 > maxY) {
            return;
        }
        int c0 = col(x0);
        int c1 = col(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = cell(c, r);
                boolean inner = c > c0 && c < c1 && r > r0 && r < r1;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int seat = cellSeats[k];
                    if (inner || (xs[seat] >= x0 && xs[seat] <= x1 && ys[seat] >= y0 && ys[seat] <= y1)) {
                        action.accept(seat);
                    }
                }
            }
        }
    }

    /** The seat nearest to (x, y) within {@code maxDistance}, or -1. */
    int nearest(double x, double y, double maxDistance) {
        Nearest best = new Nearest(maxDistance * maxDistance);
        forEachIn(x - maxDistance, y - maxDistance, x + maxDistance, y + maxDistance, seat -> {
            double dx = xs[seat] - x;
            double dy = ys[seat] - y;
            best.offer(seat, dx * dx + dy * dy);
        });
        return best.seat;
    }

    /**
     * The seat to move to from {@code from} when the user presses an arrow pointing along (dirX, dirY), a unit
     * vector: among seats ahead of it, the one with the lowest distance-ahead plus twice the sideways distance,
     * so the seat next in the row beats a nearer seat in the row behind. -1 when nothing lies that way.
     */
    int nearestInDirection(int from, double dirX, double dirY) {
        double fx = xs[from];
        double fy = ys[from];
        double reach = Math.max(Math.max(fx - minX, maxX - fx), Math.max(fy - minY, maxY - fy));
        Nearest best = new Nearest(Double.POSITIVE_INFINITY);
        // the score is never below the distance, so once a seat scores within the searched radius no seat
        // outside that radius can beat it
        for (double radius = cellSize; ; radius *= 2) {
            forEachIn(fx - radius, fy - radius, fx + radius, fy + radius, seat -> {
                double dx = xs[seat] - fx;
                double dy = ys[seat] - fy;
                double ahead = dx * dirX + dy * dirY;
                if (seat != from && ahead > 1e-9) {
                    double sideways = Math.abs(dx * dirY - dy * dirX);
                    best.offer(seat, ahead + 2 * sideways);
                }
            });
            if (best.score <= radius || radius >= reach) {
                return best.seat;
            }
        }
    }

    /**
     * The usual distance between neighbouring seats: the median nearest-neighbour distance over a sample.
     * Seats are drawn a little smaller than this so neighbours never overlap. 1 when there is nothing to measure.
     */
    double typicalSpacing() {
        int n = xs.length;
        if (n < 2) {
            return 1;
        }
        int samples = Math.min(n, SPACING_SAMPLES);
        double[] distances = new double[samples];
        int found = 0;
        double reach = Math.max(maxX - minX, maxY - minY);
        for (int s = 0; s < samples; s++) {
            int seat = (int) ((long) s * n / samples);
            for (double radius = cellSize; ; radius *= 2) {
                int other = nearestApart(seat, radius);
                if (other >= 0) {
                    distances[found++] = Math.hypot(xs[other] - xs[seat], ys[other] - ys[seat]);
                    break;
                }
                if (radius >= reach) {
                    break;
                }
            }
        }
        if (found == 0) {
            return 1; // every seat on the same spot
        }
        Arrays.sort(distances, 0, found);
        return distances[found / 2];
    }

    /** The nearest seat within radius that is not on the very same spot as {@code seat}, or -1. */
    private int nearestApart(int seat, double radius) {
        Nearest best = new Nearest(radius * radius);
        forEachIn(xs[seat] - radius, ys[seat] - radius, xs[seat] + radius, ys[seat] + radius, other -> {
            double dx = xs[other] - xs[seat];
            double dy = ys[other] - ys[seat];
            double d2 = dx * dx + dy * dy;
            if (d2 > 1e-18) {
                best.offer(other, d2);
            }
        });
        return best.seat;
    }

    private int col(double x) {
        return clamp((int) Math.floor((x - minX) / cellSize), cols);
    }

    private int row(double y) {
        return clamp((int) Math.floor((y - minY) / cellSize), rows);
    }

    private static int clamp(int i, int count) {
        return Math.max(0, Math.min(count - 1, i));
    }

    private int cell(int col, int row) {
        return row * cols + col;
    }

    /** Running minimum of a score, for the search lambdas. */
    private static final class Nearest {
        int seat = -1;
        double score;

        Nearest(double limit) {
            this.score = limit;
        }

        void offer(int candidate, double candidateScore) {
            if (candidateScore < score || (candidateScore == score && seat < 0)) {
                seat = candidate;
                score = candidateScore;
            }
        }
    }
}
