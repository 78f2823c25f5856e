package io.bilheteria.backend.venues;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Buyers hold seats of a section while its partner lays it out anew, all at once: either the
 * new layout wins and the holds on the old seats fail (400: not seats of the session), or a
 * hold wins and the layout is refused. A hold never ends up on a seat that no longer exists.
 */
class LayoutRaceTest {
    private static final int BUYERS = 6;
    private static final int ROUNDS = 4;

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aLayoutChangeAndHoldsOnTheSameSeatsNeverBothWin(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient partner = backend.as("partner");
            List<BilheteriaClient> buyers = List.of(backend.as("kiosk"), backend.as("cashier"));
            EventSummary event = partner.createEvent(new EventDraft(null, "Corrida", null, null, null, null, null));
            String session = partner.createSession(event.id(),
                    new SessionDraft(Instant.now().plus(Duration.ofDays(5)), null)).id();

            for (int round = 0; round < ROUNDS; round++) {
                String section = partner.createSection(event.id(), new SectionDraft("Setor " + round, "#37474F", 100L,
                        null)).id();
                List<String> oldSeats = partner.replaceLayout(section, LayoutSpec.straight(2, BUYERS)).seats().stream()
                        .map(Seat::id).toList();

                List<Together.Outcome<Object>> outcomes = Together.run(BUYERS + 1, Duration.ofSeconds(60), i -> () ->
                        i == BUYERS ? partner.replaceLayout(section, LayoutSpec.straight(3, 3))
                                : buyers.get(i % 2).hold(HoldRequest.seats(session, List.of(oldSeats.get(i)))));

                SeatMap now = backend.seatMap(session);
                Map<String, Seat> seats = now.seats().stream().filter(s -> s.sectionId().equals(section))
                        .collect(Collectors.toMap(Seat::id, s -> s));
                List<Hold> held = outcomes.stream().filter(o -> o.succeeded() && o.value() instanceof Hold)
                        .map(o -> (Hold) o.value()).toList();
                boolean relaidOut = outcomes.get(BUYERS).succeeded();
                assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.error())
                        .isInstanceOf(ApiException.class)
                        .satisfies(e -> assertThat(((ApiException) e).status()).isIn(400, 404, 409)));
                assertThat(relaidOut && !held.isEmpty()).as("round %d: the layout and %d holds both won", round,
                        held.size()).isFalse();
                assertThat(seats).hasSize(relaidOut ? 9 : 12);
                for (Hold hold : held) {
                    assertThat(seats.get(hold.seatIds().get(0))).as("a held seat still exists").isNotNull()
                            .extracting(Seat::status).isEqualTo(SeatStatus.HELD);
                }
            }
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM holds h WHERE h.status = 'ACTIVE' AND NOT EXISTS "
                    + "(SELECT 1 FROM session_seats ss WHERE ss.hold_id = h.id)")).isZero();
        }
    }
}
