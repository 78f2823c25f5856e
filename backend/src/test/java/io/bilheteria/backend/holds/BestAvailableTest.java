package io.bilheteria.backend.holds;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.backend.holds.BestAvailable.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A buyer asks for "n seats in this section" and gets the best ones. Rows are drawn as
 * strings, front row first, seat 1 on the left: {@code .} free, {@code #} taken,
 * {@code w} a free wheelchair place, {@code W} a taken one, {@code |} an aisle (numbers run on
 * across it, as in the demo theatre, but the seats on its two sides are not side by side).
 */
class BestAvailableTest {

    @Test
    void aCoupleGetsTwoSeatsSideBySideInTheFrontRow() {
        var section = section(
                "A ...........",
                "B ...........");

        assertThat(pick(section, 3)).containsExactly("A5", "A6", "A7");
    }

    @Test
    void aSoldOutFrontRowSendsTheGroupToTheNextRowTogether() {
        var section = section(
                "A #.#.#.#.#.#",   // plenty of singles, none side by side
                "B ...........");

        assertThat(pick(section, 2)).as("adjacent in row B beats scattered in row A").hasSize(2)
                .allSatisfy(s -> assertThat(s).startsWith("B"));
        assertThat(numbers(pick(section, 2))).as("and at the middle").isIn(List.of(5, 6), List.of(6, 7));
    }

    @Test
    void rowsAreRankedByTheirRankNotByTheOrderTheyArriveIn() {
        List<Candidate> section = new ArrayList<>(section(
                "A ...........",
                "B ..........."));
        Collections.shuffle(section, new Random(42));

        assertThat(pick(section, 3)).containsExactly("A5", "A6", "A7");
    }

    @Test
    void theSeatsClosestToTheMiddleOfTheRowAreChosen() {
        var section = section("A ...........");   // 11 seats, the middle is seat 6

        assertThat(pick(section, 1)).containsExactly("A6");
        assertThat(pick(section, 3)).containsExactly("A5", "A6", "A7");
        assertThat(pick(section(".........##"), 3)).as("a partly sold row still centres on the row, not the run")
                .containsExactly("A5", "A6", "A7");
    }

    @Test
    void aPairSkipsAFrontRowGapOfThreeRatherThanStrandASingleSeat() {
        var section = section(
                "A ####...####",   // 3 free: any pair leaves one lonely seat
                "B ###....####");  // 4 free: the pair at either end leaves two together

        List<String> chosen = pick(section, 2);

        assertThat(chosen).containsExactly("B6", "B7");
        assertThat(freeAfter(section, chosen)).as("free seats left in each run").noneMatch(run -> run == 1);
    }

    @Test
    void inOneRowTheMiddleIsGivenUpRatherThanStrandASeatOnEachSide() {
        var section = section("A ###.....###");   // free 4..8; the centred 5,6,7 would leave 4 and 8 alone

        List<String> chosen = pick(section, 3);

        assertThat(chosen).isIn(List.of("A4", "A5", "A6"), List.of("A6", "A7", "A8"));
        assertThat(freeAfter(section, chosen)).noneMatch(run -> run == 1);
    }

    @Test
    void whenEveryChoiceStrandsASeatOneIsTakenAnyway() {
        var section = section(
                "A ####...####",
                "B ###########");

        List<String> chosen = pick(section, 2);

        assertThat(chosen).isIn(List.of("A5", "A6"), List.of("A6", "A7"));
    }

    @Test
    void whenEveryChoiceStrandsASeatTheOneNearestTheMiddleIsTaken() {
        var section = section(
                "A ...#...#...",   // three runs of 3: every pair strands one seat
                "B ###########");

        assertThat(pick(section, 2)).isIn(List.of("A5", "A6"), List.of("A6", "A7"));
    }

    @Test
    void aChoiceIsIdealOnlyWhenTogetherStrandingNobodyAndSparingWheelchairPlaces() {
        assertThat(choose(section("A ...........", "B ..........."), 3).ideal()).isTrue();
        assertThat(choose(section("A ####...####"), 2).ideal()).as("strands a seat").isFalse();
        assertThat(choose(section("A #.#.#.#.#.#"), 2).ideal()).as("scattered").isFalse();
        assertThat(choose(section("A w.#########"), 2).ideal()).as("takes the wheelchair place").isFalse();
        assertThat(choose(section("A ####...####", "B ###....####"), 2).ideal())
                .as("a clean pair one row back").isTrue();
    }

    @Test
    void wheelchairPlacesAreLeftFreeWhileOtherSeatsFit() {
        var section = section(
                "A w..########",
                "B ###########");

        assertThat(pick(section, 2)).containsExactly("A2", "A3");
    }

    @Test
    void wheelchairPlacesAreSoldWhenNothingElseFits() {
        var section = section(
                "A w.#########",
                "B ###########");

        assertThat(pick(section, 2)).containsExactlyInAnyOrder("A1", "A2");
    }

    @Test
    void aWholeRowIncludingItsWheelchairPlacesGoesOnlyToALargeEnoughGroup() {
        var section = section("A w.........w");

        assertThat(pick(section, 11)).hasSize(11);
        assertThat(pick(section, 9)).as("nine fit between the wheelchair places")
                .containsExactly("A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10");
    }

    @Test
    void theGroupIsSplitRatherThanGivenAWheelchairPlace() {
        var section = section(
                "A w.#########",
                "B #####.#####");

        assertThat(pick(section, 2)).containsExactlyInAnyOrder("A2", "B6");
    }

    @Test
    void whenNoRowHasEnoughSeatsTogetherTheBestSingleSeatsAreTakenRowByRow() {
        var section = section(
                "A #.#######.#",   // singles at 2 and 10
                "B #####.#####",   // a single in the middle
                "C ##.#.#.#.##");  // more singles, further back

        assertThat(pick(section, 3)).containsExactlyInAnyOrder("A2", "A10", "B6");
    }

    @Test
    void scatteredSeatsComeFromTheMiddleOfTheBestRowFirst() {
        var section = section("A #.#.#.#.#.#");   // free 2, 4, 6, 8, 10

        List<String> chosen = pick(section, 3);

        assertThat(chosen).hasSize(3).contains("A6");
        assertThat(chosen).doesNotContain("A2", "A10");
    }

    @Test
    void seatsAcrossAnAisleAreNotSideBySide() {
        List<Candidate> section = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 10, 11, 12}) {   // an aisle between 3 and 10
            section.add(new Candidate(n, 0, n, false, true));
        }
        section.addAll(section("A ###########", "B ....#######").subList(11, 22));

        assertThat(pick(section, 4)).containsExactly("B1", "B2", "B3", "B4");
    }

    @Test
    void aPairIsNeverSplitByTheCentreAisle() {
        var section = section("A ..........|..........");   // the demo theatre's Plateia VIP: 10 | 10

        assertThat(pick(section, 2)).as("the two most central seats on one side of the aisle")
                .isIn(List.of("A9", "A10"), List.of("A11", "A12"));
        assertThat(pick(section, 3)).isIn(List.of("A8", "A9", "A10"), List.of("A11", "A12", "A13"));
        assertThat(pick(section("A ......|......"), 4)).as("a block of 6 holds four, leaving two together")
                .isIn(List.of("A3", "A4", "A5", "A6"), List.of("A7", "A8", "A9", "A10"));
    }

    @Test
    void aPairGoesToTheNextRowRatherThanAcrossAnAisle() {
        var section = section(
                "A ###.|.###",   // free 4 and 5: consecutive numbers, but the aisle is between them
                "B ####|..##");

        assertThat(pick(section, 2)).containsExactly("B5", "B6");
        assertThat(choose(section, 2).ideal()).isTrue();
    }

    @Test
    void aPairTakesACleanRowBehindRatherThanStrandASeatBesideAnAisle() {
        var section = section(
                "A ###...|...###",   // 3 | 3: every pair on one side leaves a lone seat by the aisle
                "B ##....|######");

        List<String> chosen = pick(section, 2);

        assertThat(chosen).containsExactly("B5", "B6");
        assertThat(freeAfter(section, chosen)).as("free seats left side by side").noneMatch(run -> run == 1);
    }

    @Test
    void withinARowTheSideOfTheAisleThatStrandsNobodyIsChosen() {
        var section = section("A ###...|....##");   // 3 | 4: the block of four takes a pair cleanly

        List<String> chosen = pick(section, 2);

        assertThat(chosen).containsExactly("A7", "A8");
        assertThat(freeAfter(section, chosen)).noneMatch(run -> run == 1);
    }

    @Test
    void aGroupSpansAnAisleOnlyWhenNothingElseFits() {
        var section = section(
                "A ###.|.###",
                "B ####|####");

        assertThat(pick(section, 2)).as("scattered: the only two seats left").containsExactlyInAnyOrder("A4", "A5");
        assertThat(choose(section, 2).ideal()).isFalse();
        assertThat(pick(section("A ..|..|..", "B ##|##|##"), 3)).as("no block holds three: scattered").hasSize(3);
        assertThat(choose(section("A ..|..|.."), 3).ideal()).isFalse();
    }

    @Test
    void aGroupFillsTheBlockBetweenTwoAislesRatherThanReachAcrossThem() {
        var section = section("A .|...........|.");   // lone seats beyond each aisle do not make the middle lonely

        assertThat(pick(section, 11)).as("the whole middle block").hasSize(11)
                .allSatisfy(s -> assertThat(s).isNotIn("A1", "A13"));
    }

    @Test
    void nothingIsPickedWhenTheSectionHasFewerFreeSeatsThanAsked() {
        var section = section(
                "A ##.##",
                "B w..##");

        assertThat(BestAvailable.pick(section, 5)).isEmpty();
        assertThat(BestAvailable.pick(section, 4)).as("exactly enough, counting the wheelchair place")
                .hasValueSatisfying(ids -> assertThat(ids).hasSize(4));
        assertThat(BestAvailable.pick(section("A #####"), 1)).isEmpty();
    }

    // ---- drawing and reading rows

    private static List<Candidate> section(String... rows) {
        List<Candidate> seats = new ArrayList<>();
        for (int rank = 0; rank < rows.length; rank++) {
            String drawn = rows[rank];
            String plan = drawn.contains(" ") ? drawn.substring(drawn.indexOf(' ') + 1) : drawn;
            int number = 0;
            int block = 0;
            for (int i = 0; i < plan.length(); i++) {
                char c = plan.charAt(i);
                if (c == '|') {
                    block++;
                    continue;
                }
                number++;
                seats.add(new Candidate(id(rank, number), rank, number,
                        c == 'w' || c == 'W', c == '.' || c == 'w', block));
            }
        }
        return seats;
    }

    private static BestAvailable.Choice choose(List<Candidate> section, int quantity) {
        return BestAvailable.choose(section, quantity, rank -> section.stream().filter(c -> c.rowRank() == rank)
                .mapToInt(Candidate::number).average().orElseThrow()).orElseThrow();
    }

    /** Rows are drawn A, B, C... best first. */
    private static String row(Candidate seat) {
        return String.valueOf((char) ('A' + seat.rowRank()));
    }

    private static String label(Candidate seat) {
        return row(seat) + seat.number();
    }

    private static long id(int rank, int number) {
        return rank * 1000L + number;
    }

    /** The chosen seats as "A5", "A6"... in the order the picker gave them. */
    private static List<String> pick(List<Candidate> section, int quantity) {
        Map<Long, Candidate> byId = section.stream().collect(Collectors.toMap(Candidate::spotId, Function.identity()));
        Optional<List<Long>> picked = BestAvailable.pick(section, quantity);
        assertThat(picked).as("something is picked").isPresent();
        assertThat(picked.get()).as("no seat twice").doesNotHaveDuplicates();
        assertThat(picked.get()).as("only free seats")
                .allSatisfy(id -> assertThat(byId.get(id).free()).isTrue());
        return picked.get().stream().map(id -> label(byId.get(id))).toList();
    }

    private static List<Integer> numbers(List<String> seats) {
        return seats.stream().map(s -> Integer.parseInt(s.substring(1))).toList();
    }

    /** The lengths of the runs of free seats side by side (an aisle ends a run) once {@code chosen} are taken. */
    private static List<Integer> freeAfter(List<Candidate> section, List<String> chosen) {
        List<Integer> runs = new ArrayList<>();
        Map<String, List<Candidate>> rows = section.stream()
                .collect(Collectors.groupingBy(BestAvailableTest::row));
        for (List<Candidate> row : rows.values()) {
            int run = 0;
            int block = 0;
            List<Candidate> sorted = row.stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
            for (Candidate c : sorted) {
                boolean free = c.free() && !chosen.contains(label(c));
                if (c.block() != block && run > 0) {
                    runs.add(run);
                    run = 0;
                }
                block = c.block();
                if (free) {
                    run++;
                } else if (run > 0) {
                    runs.add(run);
                    run = 0;
                }
            }
            if (run > 0) {
                runs.add(run);
            }
        }
        return runs;
    }
}
