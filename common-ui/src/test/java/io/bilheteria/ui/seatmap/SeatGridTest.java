package io.bilheteria.ui.seatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeatGridTest {
    private final SeatMap stadium = Venues.stadium("final");
    private final SeatGrid grid = gridOf(stadium);

    @Test
    void theSpacingIsTheDistanceBetweenNeighboursInARow() {
        assertThat(grid.typicalSpacing()).isCloseTo(0.5, within(1e-9));
        assertThat(gridOf(Venues.theatre("t")).typicalSpacing()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theNearestSeatMatchesABruteForceSearch() {
        Random random = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            double x = random.nextDouble() * 260 - 130;
            double y = random.nextDouble() * 200 - 100;
            int found = grid.nearest(x, y, 0.3);
            int expected = bruteForceNearest(x, y, 0.3);
            if (expected < 0) {
                assertThat(found).isEqualTo(-1);
            } else {
                assertThat(distance(found, x, y)).isEqualTo(distance(expected, x, y));
            }
        }
    }

    @Test
    void anAreaQueryFindsExactlyTheSeatsInside() {
        List<Integer> found = new ArrayList<>();
        grid.forEachIn(-10, -60, 10, -45, found::add);

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            if (grid.x(i) >= -10 && grid.x(i) <= 10 && grid.y(i) >= -60 && grid.y(i) <= -45) {
                expected.add(i);
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    }

    @Test
    void moving() {
        int seat = indexOf("N-5-100");
        assertThat(idAt(grid.nearestInDirection(seat, 1, 0))).isEqualTo("N-5-101");
        assertThat(idAt(grid.nearestInDirection(seat, 0, -1))).isEqualTo("N-6-100"); // away from the pitch
        assertThat(idAt(grid.nearestInDirection(seat, 0, 1))).isEqualTo("N-4-100");
        assertThat(grid.nearestInDirection(indexOf("N-60-100"), 0, -1)).isEqualTo(-1);
    }

    @Test
    void oneSeatOrSeatsOnALineStillIndex() {
        SeatGrid single = SeatGrid.build(new double[] {5}, new double[] {5});
        assertThat(single.nearest(5.2, 5, 1)).isZero();
        assertThat(single.typicalSpacing()).isEqualTo(1);

        SeatGrid line = SeatGrid.build(new double[] {0, 2, 4, 6}, new double[] {0, 0, 0, 0});
        assertThat(line.typicalSpacing()).isEqualTo(2);
        assertThat(line.nearestInDirection(1, 1, 0)).isEqualTo(2);
        assertThat(line.nearestInDirection(1, 0, 1)).isEqualTo(-1);
    }

    private static SeatGrid gridOf(SeatMap map) {
        double[] xs = map.seats().stream().mapToDouble(Seat::x).toArray();
        double[] ys = map.seats().stream().mapToDouble(Seat::y).toArray();
        return SeatGrid.build(xs, ys);
    }

    private int bruteForceNearest(double x, double y, double max) {
        int best = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (distance(i, x, y) <= max && (best < 0 || distance(i, x, y) < distance(best, x, y))) {
                best = i;
            }
        }
        return best;
    }

    private double distance(int seat, double x, double y) {
        return Math.hypot(grid.x(seat) - x, grid.y(seat) - y);
    }

    private int indexOf(String id) {
        List<Seat> seats = stadium.seats();
        for (int i = 0; i < seats.size(); i++) {
            if (seats.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private String idAt(int index) {
        return stadium.seats().get(index).id();
    }
}
