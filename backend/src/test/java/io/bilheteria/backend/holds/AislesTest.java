package io.bilheteria.backend.holds;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.backend.venues.LayoutGenerator;
import io.bilheteria.backend.venues.LayoutGenerator.PlacedSeat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where aisles cut a section's rows, read from the seats' positions on the map alone. */
class AislesTest {

    @Test
    void theDemoTheatresCentreAisleCutsEachRowBetweenSeatsTenAndEleven() {
        List<Aisles.Spot> spots = new ArrayList<>();
        for (int row = 0; row < 2; row++) {
            for (int seat = 1; seat <= 20; seat++) {
                spots.add(new Aisles.Spot(row, seat, seat + (seat > 10 ? 1.0 : 0), row));   // as DemoData lays it out
            }
        }
        Aisles aisles = Aisles.of(spots);

        for (int row = 0; row < 2; row++) {
            for (int seat = 1; seat <= 20; seat++) {
                assertThat(aisles.blockOf(row, seat)).as("row %d seat %d", row, seat)
                        .isEqualTo(aisles.blockOf(row, seat <= 10 ? 1 : 20));
            }
            assertThat(aisles.blockOf(row, 10)).isNotEqualTo(aisles.blockOf(row, 11));
        }
    }

    @Test
    void generatedCurvedRowsAreCutExactlyWhereTheirAislesAre() {
        // a tight curve: the seats' straight-line distance is shorter than along the arc, more so near the stage
        for (double radius : new double[] {8, 20, 60}) {
            List<PlacedSeat> seats = LayoutGenerator.generate(LayoutSpec.curved(6, 16, radius)
                    .withAislesAfter(List.of(4, 8, 12)));
            Aisles aisles = Aisles.of(seats.stream().map(AislesTest::spot).toList());

            assertThat(seats).allSatisfy(s -> assertThat(aisles.blockOf(s.rowRank(), s.number()))
                    .as("radius %s, row %s seat %d", radius, s.row(), s.number()).isEqualTo((s.number() - 1) / 4));
        }
    }

    @Test
    void rowsWithoutAislesStayWholeCurvedOrStraight() {
        List<PlacedSeat> curved = LayoutGenerator.generate(LayoutSpec.curved(8, 30, 20));
        List<PlacedSeat> straight = LayoutGenerator.generate(LayoutSpec.straight(3, 40));

        for (List<PlacedSeat> seats : List.of(curved, straight)) {
            Aisles aisles = Aisles.of(seats.stream().map(AislesTest::spot).toList());
            assertThat(seats).allSatisfy(s -> assertThat(aisles.blockOf(s.rowRank(), s.number())).isZero());
        }
    }

    @Test
    void aRowTooShortToShowItsOwnPitchIsJudgedByTheSection() {
        List<Aisles.Spot> spots = new ArrayList<>();
        for (int seat = 1; seat <= 10; seat++) {
            spots.add(new Aisles.Spot(0, seat, seat, 0));
        }
        spots.add(new Aisles.Spot(1, 1, 4, 1));   // two seats with an aisle between them
        spots.add(new Aisles.Spot(1, 2, 6, 1));
        spots.add(new Aisles.Spot(2, 1, 4, 2));   // two seats side by side
        spots.add(new Aisles.Spot(2, 2, 5, 2));
        Aisles aisles = Aisles.of(spots);

        assertThat(aisles.blockOf(1, 1)).isNotEqualTo(aisles.blockOf(1, 2));
        assertThat(aisles.blockOf(2, 1)).isEqualTo(aisles.blockOf(2, 2));
    }

    @Test
    void aRowWithAWiderPitchThanTheOthersIsNotCutBetweenEverySeat() {
        List<Aisles.Spot> spots = new ArrayList<>();
        for (int seat = 1; seat <= 10; seat++) {
            spots.add(new Aisles.Spot(0, seat, seat, 0));
            spots.add(new Aisles.Spot(1, seat, seat * 1.6, 1));   // roomier seats further back
        }
        Aisles aisles = Aisles.of(spots);

        for (int seat = 1; seat <= 10; seat++) {
            assertThat(aisles.blockOf(1, seat)).isZero();
        }
    }

    private static Aisles.Spot spot(PlacedSeat s) {
        return new Aisles.Spot(s.rowRank(), s.number(), s.x(), s.y());
    }
}
