package io.bilheteria.backend.checkin;

import static io.bilheteria.backend.testing.JsonText.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinResult;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.ScanOutcome;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gate admits the sessions it names: tonight's gate refuses tomorrow's ticket as
 * WRONG_SESSION, says when that ticket is for, and leaves it unused for tomorrow; online and in
 * an offline batch alike. A check-in that does not name its session is refused.
 */
class GateSessionTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void tonightsGateRefusesTomorrowsTicketAndTomorrowItStillGoesIn(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            List<SessionSummary> sessions = backend.theatre().sessions();
            String tonight = sessions.get(0).id();
            SessionSummary tomorrow = sessions.get(1);
            Ticket ticket = Sales.atTheKiosk(backend, tomorrow.id(), 1).tickets().get(0);
            BilheteriaClient gate = backend.as("gate");

            CheckinResult tonightsScan = gate.checkin(ticket.qr(), "north-1", List.of(tonight));

            assertThat(tonightsScan.result()).isEqualTo(CheckinResultType.WRONG_SESSION);
            assertThat(tonightsScan.ticketId()).isEqualTo(ticket.ticketId());
            assertThat(tonightsScan.ticketSessionId()).isEqualTo(tomorrow.id());
            assertThat(tonightsScan.ticketStartsAt()).as("so the gate can tell the holder when to come")
                    .isEqualTo(tomorrow.startsAt());
            assertThat(tonightsScan.firstScanAt()).isNull();
            assertThat(unusedTickets(gate, tomorrow.id())).as("the ticket is still unused for its own session")
                    .containsExactly(ticket.ticketId());
            assertThat(Sql.strings(backend, "SELECT result FROM checkins WHERE ticket_id = ?", ticket.ticketId()))
                    .as("the scan is on record").containsExactly("WRONG_SESSION");

            CheckinResult tomorrowsScan = gate.checkin(ticket.qr(), "north-1", List.of(tomorrow.id()));

            assertThat(tomorrowsScan.result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(gate.checkin(ticket.qr(), "south-2", List.of(tonight, tomorrow.id())).result())
                    .as("a door admitting both sessions sees it was used").isEqualTo(CheckinResultType.ALREADY_USED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anOfflineBatchFromTonightsGateAnswersWrongSessionForTomorrowsTicket(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            List<SessionSummary> sessions = backend.theatre().sessions();
            String tonight = sessions.get(0).id();
            SessionSummary tomorrow = sessions.get(1);
            Ticket tomorrows = Sales.atTheKiosk(backend, tomorrow.id(), 1).tickets().get(0);
            Ticket tonights = Sales.atTheKiosk(backend, tonight, 1).tickets().get(0);
            BilheteriaClient gate = backend.as("gate");
            CheckinBatch batch = new CheckinBatch("north-1", List.of(tonight), List.of(
                    scan(tomorrows.qr()), scan(tonights.qr())));

            List<ScanOutcome> answers = gate.checkinBatch(batch).results();

            assertThat(answers).extracting(ScanOutcome::result)
                    .containsExactly(CheckinResultType.WRONG_SESSION, CheckinResultType.ACCEPTED);
            assertThat(answers.get(0).ticketSessionId()).isEqualTo(tomorrow.id());
            assertThat(answers.get(0).ticketStartsAt()).isEqualTo(tomorrow.startsAt());
            assertThat(answers.get(0).conflict()).isFalse();
            assertThat(gate.checkinBatch(batch).results()).as("a replay answers the same").isEqualTo(answers);
            assertThat(unusedTickets(gate, tomorrow.id())).containsExactly(tomorrows.ticketId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anOnlineCheckinThatDoesNotNameItsSessionIsRefusedAndUsesNothing(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Ticket ticket = Sales.atTheKiosk(backend, session, 1).tickets().get(0);
            BilheteriaClient gate = backend.as("gate");

            var online = gate.raw("POST", "/checkins", "{\"qr\":\"" + ticket.qr() + "\",\"gateId\":\"north-1\"}",
                    Map.of());

            assertThat(online.status()).isEqualTo(400);
            assertThat(json(online.body()).path("type").asText()).isEqualTo(ProblemTypes.INVALID_REQUEST);
            assertThat(json(online.body()).path("detail").asText()).contains("'sessionIds' is required");
            assertThatThrownBy(() -> gate.checkin(ticket.qr(), "north-1", List.of(" ")))
                    .isInstanceOf(InvalidRequestException.class);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM checkins")).isZero();
            assertThat(unusedTickets(gate, session)).containsExactly(ticket.ticketId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void offlineScansOfAnOlderGateThatNamesNoSessionAreRecordedAsMadeNotLost(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Ticket ticket = Sales.atTheKiosk(backend, session, 1).tickets().get(0);
            BilheteriaClient gate = backend.as("gate");

            var offline = gate.raw("POST", "/checkins/batch", "{\"gateId\":\"north-1\",\"scans\":[{\"scanId\":\"a\","
                    + "\"qr\":\"" + ticket.qr() + "\",\"scannedAt\":\"" + Instant.now() + "\"}]}", Map.of());

            assertThat(offline.status()).as(offline.body()).isEqualTo(200);
            assertThat(json(offline.body()).path("results").path(0).path("result").asText()).isEqualTo("ACCEPTED");
            assertThat(unusedTickets(gate, session)).as("the holder went in").isEmpty();
        }
    }

    private static List<String> unusedTickets(BilheteriaClient gate, String session) {
        return gate.sessionTickets(session, null).tickets().stream().filter(t -> t.firstScanAt() == null)
                .map(GateTicket::ticketId).toList();
    }

    private static OfflineScan scan(String qr) {
        return new OfflineScan(UUID.randomUUID().toString(), qr, Instant.now());
    }
}
