package io.bilheteria.backend.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.live.AvailabilityState;
import io.bilheteria.api.live.SectionAvailability;
import io.bilheteria.api.live.SessionAvailability;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.StreamRecorder;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.LiveStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An event's sessions list follows how many seats each has left, and says when they are nearly gone. */
class AvailabilityStreamTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void theSessionsListSeesEachSessionsSeatsLeftAndTheirFall(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            EventSummary theatre = backend.theatre();
            String session = theatre.sessions().get(0).id();
            StreamRecorder sessionsList = new StreamRecorder();
            try (LiveStream stream = backend.anonymous().followAvailability(theatre.id(), sessionsList)) {
                List<SessionAvailability> first = new ArrayList<>();
                for (SessionSummary ignored : theatre.sessions()) {
                    first.add(sessionsList.nextAvailability());
                }
                assertThat(first).extracting(SessionAvailability::sessionId)
                        .containsExactlyElementsOf(theatre.sessions().stream().map(SessionSummary::id).toList());
                SessionAvailability before = first.get(0);
                int seats = backend.seatMap(session).seats().size();
                assertThat(before.seats()).isEqualTo(seats);
                assertThat(before.available()).isEqualTo(seats);
                assertThat(before.state()).isEqualTo(AvailabilityState.AVAILABLE);

                String stalls = Sales.stalls(backend, session).id();
                backend.as("kiosk").hold(HoldRequest.bestAvailable(session, stalls, 3));

                SessionAvailability after = sessionsList.nextAvailability();
                assertThat(after.sessionId()).isEqualTo(session);
                assertThat(after.available()).isEqualTo(seats - 3);
                SectionAvailability stallsAfter = after.sections().stream()
                        .filter(s -> s.sectionId().equals(stalls)).findFirst().orElseThrow();
                SectionAvailability stallsBefore = before.sections().stream()
                        .filter(s -> s.sectionId().equals(stalls)).findFirst().orElseThrow();
                assertThat(stallsAfter.available()).isEqualTo(stallsBefore.available() - 3);
            }
        }
    }
}
