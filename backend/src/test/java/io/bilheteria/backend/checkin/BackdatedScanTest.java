package io.bilheteria.backend.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinResult;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.ScanOutcome;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The earliest truthful record stands: a ticket scanned online (stamped by the backend's own
 * clock) keeps that first scan when a batch uploaded later claims an earlier offline scan of
 * it. The late scan is a conflict, answered and recorded as one.
 */
class BackdatedScanTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anOfflineScanUploadedLaterCannotClaimToPrecedeAnOnlineFirstScan(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Ticket ticket = Sales.atTheKiosk(backend, session, 1).tickets().get(0);
            BilheteriaClient north = backend.as("gate");
            BilheteriaClient south = backend.as("gate");
            CheckinResult online = north.checkin(ticket.qr(), "north-1", List.of(session));
            GateTicket before = ticketAtTheGate(north, session, ticket);

            ScanOutcome backdated = south.checkinBatch(new CheckinBatch("south-2", List.of(session),
                    List.of(new OfflineScan(UUID.randomUUID().toString(), ticket.qr(),
                            before.firstScanAt().minus(Duration.ofHours(1)))))).results().get(0);

            assertThat(online.result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(backdated.result()).isEqualTo(CheckinResultType.ALREADY_USED);
            assertThat(backdated.conflict()).as("south let someone in on a ticket already used").isTrue();
            assertThat(backdated.firstGateId()).isEqualTo("north-1");
            assertThat(backdated.firstScanAt()).isEqualTo(before.firstScanAt());
            GateTicket after = ticketAtTheGate(north, session, ticket);
            assertThat(after.firstScanAt()).as("the online first scan's time stands").isEqualTo(before.firstScanAt());
            assertThat(after.firstGateId()).isEqualTo("north-1");
            CheckinResult again = north.checkin(ticket.qr(), "north-1", List.of(session));
            assertThat(again.firstScanAt()).isEqualTo(before.firstScanAt());
            assertThat(again.firstGateId()).isEqualTo("north-1");
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM checkins WHERE gate_id = 'south-2' "
                    + "AND result = 'ALREADY_USED' AND conflict = TRUE")).as("recorded as a conflict").isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void betweenTwoOfflineScansTheEarlierStillWinsAndAnOnlineScanAfterwardsChangesNothing(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Ticket ticket = Sales.atTheKiosk(backend, session, 1).tickets().get(0);
            BilheteriaClient gate = backend.as("gate");
            Instant later = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
            Instant earlier = later.minus(Duration.ofMinutes(10));

            ScanOutcome north = offline(gate, "north-1", session, ticket, later);
            ScanOutcome south = offline(gate, "south-2", session, ticket, earlier);
            CheckinResult online = gate.checkin(ticket.qr(), "east-3", List.of(session));

            assertThat(north.result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(south.result()).as("earlier by the gates' clocks").isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(online.result()).isEqualTo(CheckinResultType.ALREADY_USED);
            assertThat(online.firstScanAt()).isEqualTo(earlier);
            assertThat(online.firstGateId()).isEqualTo("south-2");
        }
    }

    private static ScanOutcome offline(BilheteriaClient gate, String gateId, String session, Ticket ticket,
                                       Instant at) {
        return gate.checkinBatch(new CheckinBatch(gateId, List.of(session),
                List.of(new OfflineScan(UUID.randomUUID().toString(), ticket.qr(), at)))).results().get(0);
    }

    private static GateTicket ticketAtTheGate(BilheteriaClient gate, String session, Ticket ticket) {
        return gate.sessionTickets(session, null).tickets().stream()
                .filter(t -> t.ticketId().equals(ticket.ticketId())).findFirst().orElseThrow();
    }
}
