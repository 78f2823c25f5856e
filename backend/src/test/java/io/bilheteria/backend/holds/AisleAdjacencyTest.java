package io.bilheteria.backend.holds;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Best available over real HTTP gives a group seats side by side on the floor, not merely
 * consecutive numbers: as long as some row of the section still has enough free seats side
 * by side, no group straddles an aisle. Side by side is judged here from the seat map's own
 * positions: neighbouring numbers of one row no further apart than half again the row's
 * closest two neighbours.
 */
class AisleAdjacencyTest {
    private static final Instant NEXT_MONTH = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void theDemoTheatresVipStallsAreSoldInGroupsThatNeverStraddleTheCentreAisle(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            List<BilheteriaClient> sellers = List.of(backend.as("kiosk"), backend.cashierOnShift());
            List<String> sessions = backend.theatre().sessions().stream().map(s -> s.id()).toList();
            String vip = backend.seatMap(sessions.get(0)).sections().stream()
                    .filter(s -> s.name().equals("Plateia VIP")).findFirst().orElseThrow().id();
            assertThat(aislesIn(rows(backend.seatMap(sessions.get(0)), vip)))
                    .as("the layout has an aisle between consecutive numbers, or this test proves nothing").isNotEmpty();

            Hold first = sellers.get(0).hold(HoldRequest.bestAvailable(sessions.get(0), vip, 2));
            Map<String, Seat> seats = byId(backend.seatMap(sessions.get(0)));
            assertThat(first.seatIds()).as("the first pair: in the front row")
                    .allSatisfy(id -> assertThat(seats.get(id).row()).isEqualTo("A"));
            assertSideBySide(rows(backend.seatMap(sessions.get(0)), vip), first, "the first pair");

            sellOut(backend, sellers, sessions.get(1), vip, List.of(2));
            sellOut(backend, sellers, sessions.get(2), vip, List.of(3, 4));
            sellOut(backend, sellers, sessions.get(3), vip, List.of(2, 5, 1, 3, 2, 6, 4));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aGeneratedCurvedLayoutWithAislesIsSoldInGroupsThatNeverStraddleThem(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient partner = backend.as("partner");
            EventSummary event = partner.createEvent(new EventDraft(null, "Coro e Orquestra", null, "Música",
                    "Anfiteatro", "Curitiba", null));
            ManagedSection stalls = partner.createSection(event.id(), new SectionDraft("Plateia", "#1565C0", 7000L, null));
            // blocks of four between three aisles, the middle of each row at an aisle; a tight curve near the stage
            partner.replaceLayout(stalls.id(), LayoutSpec.curved(5, 16, 8).withAislesAfter(List.of(4, 8, 12)));
            List<String> sessions = List.of(
                    partner.createSession(event.id(), new SessionDraft(NEXT_MONTH, null)).id(),
                    partner.createSession(event.id(), new SessionDraft(NEXT_MONTH.plus(Duration.ofDays(1)), null)).id());
            List<BilheteriaClient> sellers = List.of(backend.as("kiosk"), backend.cashierOnShift());
            assertThat(aislesIn(rows(backend.seatMap(sessions.get(0)), stalls.id())))
                    .as("three aisles in each of five rows").hasSize(15);

            sellOut(backend, sellers, sessions.get(0), stalls.id(), List.of(2));
            sellOut(backend, sellers, sessions.get(1), stalls.id(), List.of(3, 2, 4, 1, 2));
        }
    }

    /**
     * Holds the section's seats best-available, {@code quantities} in turn, kiosk and cashier in turn,
     * until none is left; every group must sit side by side whenever such a group was free before it.
     */
    private static void sellOut(TestBackend backend, List<BilheteriaClient> sellers, String session,
                                String sectionId, List<Integer> quantities) {
        int together = 0;
        for (int turn = 0; ; turn++) {
            Map<String, List<Seat>> rows = rows(backend.seatMap(session), sectionId);
            long free = rows.values().stream().flatMap(List::stream).filter(s -> s.status() == SeatStatus.AVAILABLE)
                    .count();
            if (free == 0) {
                break;
            }
            int quantity = (int) Math.min(quantities.get(turn % quantities.size()), free);
            boolean fits = fitsSideBySide(rows, quantity);
            Hold hold = sellers.get(turn % sellers.size())
                    .hold(HoldRequest.bestAvailable(session, sectionId, quantity));
            assertThat(hold.seatIds()).hasSize(quantity);
            if (fits) {
                assertSideBySide(rows, hold, "hold " + (turn + 1) + " of " + quantity
                        + ", while a row still had " + quantity + " free seats side by side");
                together++;
            }
        }
        assertThat(together).as("groups that had seats side by side to get").isGreaterThan(3);
    }

    private static void assertSideBySide(Map<String, List<Seat>> rows, Hold hold, String what) {
        Map<String, Seat> seats = rows.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Seat::id, s -> s));
        List<Seat> group = hold.seatIds().stream().map(seats::get).sorted(Comparator.comparingInt(Seat::number))
                .toList();
        String shown = group.stream().map(s -> s.row() + s.number() + "@(" + s.x() + ", " + s.y() + ")")
                .collect(Collectors.joining(" "));
        assertThat(group).as("%s: %s in one row", what, shown).extracting(Seat::row).containsOnly(group.get(0).row());
        List<Seat> row = rows.get(group.get(0).row());
        for (int i = 1; i < group.size(); i++) {
            assertThat(sideBySide(row, group.get(i - 1), group.get(i)))
                    .as("%s: %s side by side, no aisle between them", what, shown).isTrue();
        }
    }

    /** Whether some row has {@code quantity} free seats side by side. */
    private static boolean fitsSideBySide(Map<String, List<Seat>> rows, int quantity) {
        for (List<Seat> row : rows.values()) {
            int run = 0;
            Seat previous = null;
            for (Seat seat : row) {
                boolean free = seat.status() == SeatStatus.AVAILABLE;
                boolean continues = previous != null && sideBySide(row, previous, seat);
                run = !free ? 0 : continues ? run + 1 : 1;
                if (run >= quantity) {
                    return true;
                }
                previous = seat;
            }
        }
        return false;
    }

    /** Neighbouring numbers of one row that are not side by side: an aisle between them. */
    private static List<String> aislesIn(Map<String, List<Seat>> rows) {
        List<String> aisles = new ArrayList<>();
        rows.forEach((label, row) -> {
            for (int i = 1; i < row.size(); i++) {
                if (!sideBySide(row, row.get(i - 1), row.get(i))) {
                    aisles.add(label + row.get(i - 1).number() + "|" + row.get(i).number());
                }
            }
        });
        return aisles;
    }

    /** Neighbouring numbers, no further apart than half again the row's closest two neighbouring numbers. */
    private static boolean sideBySide(List<Seat> row, Seat a, Seat b) {
        if (Math.abs(a.number() - b.number()) != 1) {
            return false;
        }
        double closest = Double.MAX_VALUE;
        for (int i = 1; i < row.size(); i++) {
            if (row.get(i).number() == row.get(i - 1).number() + 1) {
                closest = Math.min(closest, distance(row.get(i - 1), row.get(i)));
            }
        }
        return distance(a, b) <= 1.5 * closest;
    }

    private static double distance(Seat a, Seat b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** The section's seats by row, each row in seat-number order. */
    private static Map<String, List<Seat>> rows(SeatMap map, String sectionId) {
        return map.seats().stream().filter(s -> s.sectionId().equals(sectionId))
                .sorted(Comparator.comparingInt(Seat::number))
                .collect(Collectors.groupingBy(Seat::row, TreeMap::new, Collectors.toList()));
    }

    private static Map<String, Seat> byId(SeatMap map) {
        return map.seats().stream().collect(Collectors.toMap(Seat::id, s -> s));
    }
}
