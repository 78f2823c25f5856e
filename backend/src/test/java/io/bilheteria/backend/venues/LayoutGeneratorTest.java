package io.bilheteria.backend.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.RowLabels;
import io.bilheteria.api.partners.RowShape;
import io.bilheteria.api.partners.SeatPosition;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.venues.LayoutGenerator.PlacedSeat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayoutGeneratorTest {

    @Test
    void straightRowsAreLetteredFromTheFrontCentredAndOneUnitApart() {
        List<PlacedSeat> seats = LayoutGenerator.generate(LayoutSpec.straight(3, 4));

        assertThat(seats).hasSize(12);
        assertThat(seats.stream().map(PlacedSeat::row).distinct()).containsExactly("A", "B", "C");
        List<PlacedSeat> rowA = seats.stream().filter(s -> s.row().equals("A")).toList();
        assertThat(rowA).extracting(PlacedSeat::number).containsExactly(1, 2, 3, 4);
        assertThat(rowA).extracting(PlacedSeat::x).containsExactly(-1.5, -0.5, 0.5, 1.5);
        assertThat(rowA).allSatisfy(s -> assertThat(s.y()).isEqualTo(0.0));
        assertThat(seats.stream().filter(s -> s.row().equals("C"))).allSatisfy(s -> {
            assertThat(s.y()).isEqualTo(2.0);
            assertThat(s.rowRank()).isEqualTo(2);
        });
        assertThat(seats).noneMatch(PlacedSeat::accessible);
    }

    @Test
    void perRowCountsNumbersAndAFirstRowIndexShapeTheLabels() {
        List<PlacedSeat> seats = LayoutGenerator.generate(new LayoutSpec(null, null, List.of(2, 3), RowLabels.NUMBERS,
                9, RowShape.STRAIGHT, null, null, null, 10.0, 5.0));

        assertThat(seats.stream().collect(Collectors.groupingBy(PlacedSeat::row, Collectors.counting())))
                .containsEntry("10", 2L).containsEntry("11", 3L);
        assertThat(seats.stream().filter(s -> s.row().equals("11"))).extracting(PlacedSeat::x)
                .containsExactly(9.0, 10.0, 11.0);
        assertThat(seats.get(0).y()).isEqualTo(5.0);
    }

    @Test
    void lettersSkipIAndOAndGoOnWithTwoLetters() {
        assertThat(LayoutGenerator.label(RowLabels.LETTERS, 7)).isEqualTo("H");
        assertThat(LayoutGenerator.label(RowLabels.LETTERS, 8)).isEqualTo("J");
        assertThat(LayoutGenerator.label(RowLabels.LETTERS, 23)).isEqualTo("Z");
        assertThat(LayoutGenerator.label(RowLabels.LETTERS, 24)).isEqualTo("AA");
        assertThat(LayoutGenerator.label(RowLabels.LETTERS, 25)).isEqualTo("AB");
    }

    @Test
    void anAisleLeavesAGapOfOneSeatAfterTheGivenSeats() {
        List<PlacedSeat> row = LayoutGenerator.generate(LayoutSpec.straight(1, 6).withAislesAfter(List.of(3)));

        assertThat(row).extracting(PlacedSeat::x).containsExactly(-3.0, -2.0, -1.0, 1.0, 2.0, 3.0);
    }

    @Test
    void curvedRowsLieOnCirclesAroundTheStageWithSeatsOneUnitApartAlongTheArc() {
        double radius = 10;
        List<PlacedSeat> seats = LayoutGenerator.generate(LayoutSpec.curved(2, 9, radius));
        double focusY = -radius;

        for (PlacedSeat s : seats) {
            double expected = radius + s.rowRank();
            assertThat(Math.hypot(s.x(), s.y() - focusY)).as("seat %s-%d on its row's circle", s.row(), s.number())
                    .isCloseTo(expected, within(0.01));
        }
        PlacedSeat middle = seats.get(4);
        assertThat(middle.number()).isEqualTo(5);
        assertThat(middle.x()).isCloseTo(0, within(0.001));
        assertThat(middle.y()).isCloseTo(0, within(0.001));
        PlacedSeat end = seats.get(0);
        assertThat(end.y()).as("the ends of a row bend towards the stage").isLessThan(middle.y());
        assertThat(end.x()).isCloseTo(-seats.get(8).x(), within(0.001));
        double arcBetweenNeighbours = 2 * radius * Math.asin(Math.hypot(seats.get(1).x() - seats.get(0).x(),
                seats.get(1).y() - seats.get(0).y()) / (2 * radius));
        assertThat(arcBetweenNeighbours).isCloseTo(1.0, within(0.01));
    }

    @Test
    void aRadiusTooSmallForTheRowIsRefusedRatherThanWrappingBehindTheStage() {
        assertThatThrownBy(() -> LayoutGenerator.generate(LayoutSpec.curved(1, 40, 5)))
                .isInstanceOf(DomainException.class).hasMessageContaining("radius of at least");
    }

    @Test
    void accessibleSeatsAreMarkedAndUnknownOnesRefused() {
        List<PlacedSeat> seats = LayoutGenerator.generate(LayoutSpec.straight(2, 5)
                .withAccessible(List.of(new SeatPosition("b", 1), new SeatPosition("B", 5))));

        assertThat(seats.stream().filter(PlacedSeat::accessible).map(s -> s.row() + s.number()))
                .containsExactlyInAnyOrder("B1", "B5");
        assertThatThrownBy(() -> LayoutGenerator.generate(LayoutSpec.straight(2, 5)
                .withAccessible(List.of(new SeatPosition("C", 1)))))
                .isInstanceOf(DomainException.class).hasMessageContaining("C-1");
    }

    @Test
    void malformedDescriptionsAreRefused() {
        assertThatThrownBy(() -> LayoutGenerator.generate(new LayoutSpec(null, null, null, null, null, null, null,
                null, null, null, null))).hasMessageContaining("rows");
        assertThatThrownBy(() -> LayoutGenerator.generate(LayoutSpec.straight(0, 5))).hasMessageContaining("rows");
        assertThatThrownBy(() -> LayoutGenerator.generate(LayoutSpec.straight(200, 500))).hasMessageContaining("at most");
        assertThatThrownBy(() -> LayoutGenerator.generate(LayoutSpec.straight(2, 5).withAislesAfter(List.of(5))))
                .hasMessageContaining("aisleAfter");
        assertThatThrownBy(() -> LayoutGenerator.generate(new LayoutSpec(2, 5, List.of(3), null, null, null, null,
                null, null, null, null))).hasMessageContaining("not both");
        assertThatThrownBy(() -> LayoutGenerator.generate(new LayoutSpec(2, 5, null, null, null, RowShape.STRAIGHT,
                4.0, null, null, null, null))).hasMessageContaining("radius");
    }
}
