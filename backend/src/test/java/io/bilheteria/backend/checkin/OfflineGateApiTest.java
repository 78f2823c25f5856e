package io.bilheteria.backend.checkin;

import static io.bilheteria.backend.testing.JsonText.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinBatchResult;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.ScanOutcome;
import io.bilheteria.api.checkin.SessionTickets;
import io.bilheteria.api.checkin.TicketStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.api.tickets.TicketVerifier;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.ShiftableClock;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate's side of the API over real HTTP: the session's tickets downloaded and then
 * polled by cursor, and offline scans sent in batches, replayed, and raced by two gates.
 */
class OfflineGateApiTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void theGateDownloadsEveryTicketThenOnlyWhatChangedSinceItsCursor(TestDatabase db) {
        ShiftableClock clock = new ShiftableClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            BilheteriaClient gate = backend.as("gate");
            String session = backend.theatreSession();
            PaymentResult first = sell(backend, session, 2);

            SessionTickets all = gate.sessionTickets(session, null);

            assertThat(all.changesOnly()).isFalse();
            assertThat(all.sessionId()).isEqualTo(session);
            assertThat(all.serverTime()).isCloseTo(clock.instant(), within(Duration.ofSeconds(5)));
            Map<String, Seat> seats = backend.seatMap(session).seats().stream()
                    .collect(Collectors.toMap(Seat::id, Function.identity()));
            assertThat(all.tickets()).extracting(GateTicket::ticketId)
                    .containsExactlyInAnyOrderElementsOf(ids(first.tickets()));
            assertThat(all.tickets()).allSatisfy(t -> {
                Seat seat = seats.get(t.seatId());
                assertThat(t.status()).isEqualTo(TicketStatus.VALID);
                assertThat(t.version()).isEqualTo(1);
                assertThat(t.sectionName()).isEqualTo("Plateia");
                assertThat(t.row()).isEqualTo(seat.row());
                assertThat(t.seatNumber()).isEqualTo(seat.number());
                assertThat(t.firstScanAt()).isNull();
                assertThat(t.firstGateId()).isNull();
            });

            clock.advance(Duration.ofMinutes(2));
            SessionTickets overlap = gate.sessionTickets(session, all.cursor());
            assertThat(overlap.tickets()).as("changes just before a cursor are sent once more, in case they "
                    + "committed after it").extracting(GateTicket::ticketId)
                    .containsExactlyInAnyOrderElementsOf(ids(first.tickets()));
            SessionTickets quiet = gate.sessionTickets(session, overlap.cursor());
            assertThat(quiet.changesOnly()).isTrue();
            assertThat(quiet.tickets()).as("nothing changed since").isEmpty();

            PaymentResult second = sell(backend, session, 1);
            backend.cashierOnShift().cancelOrder(first.orderId());
            assertThat(gate.checkin(second.tickets().get(0).qr(), "north-1", List.of(session)).result())
                    .isEqualTo(CheckinResultType.ACCEPTED);
            SessionTickets changes = gate.sessionTickets(session, quiet.cursor());

            Map<String, GateTicket> changed = changes.tickets().stream()
                    .collect(Collectors.toMap(GateTicket::ticketId, Function.identity()));
            assertThat(changed).hasSize(3);
            assertThat(ids(first.tickets())).allSatisfy(id ->
                    assertThat(changed.get(id).status()).as("the cancelled order's tickets").isEqualTo(TicketStatus.REVOKED));
            GateTicket scanned = changed.get(second.tickets().get(0).ticketId());
            assertThat(scanned.status()).isEqualTo(TicketStatus.VALID);
            assertThat(scanned.firstGateId()).isEqualTo("north-1");
            assertThat(scanned.firstScanAt()).isCloseTo(clock.instant(), within(Duration.ofSeconds(5)));
            assertThat(gate.sessionTickets(session, null).tickets()).as("a full download still has every ticket")
                    .hasSize(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aBadCursorIsRefusedAndAnUnknownSessionIsNotFound(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient gate = backend.as("gate");

            assertThatThrownBy(() -> gate.sessionTickets(backend.theatreSession(), "yesterday"))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problem().detail()).contains("since"));
            assertThatThrownBy(() -> gate.sessionTickets(backend.theatreSession(), "-5"))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> gate.sessionTickets("no-such-session", null)).isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartnerDownloadsTheTicketsOfItsOwnSessionsOnly(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            sell(backend, session, 1);
            var services = backend.server().services();
            services.tx().useTransaction(h -> {
                h.createUpdate("INSERT INTO partners (id, name, created_at) VALUES ('rival', 'Rival Shows', 0)").execute();
                services.auth().createAccount("rival", "rival-password", Role.PARTNER, "rival");
            });
            BilheteriaClient rival = backend.anonymous();
            rival.login("rival", "rival-password");

            assertThat(backend.as("partner").sessionTickets(session, null).tickets()).hasSize(1);
            assertThatThrownBy(() -> rival.sessionTickets(session, null)).isInstanceOf(NotFoundException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aBatchIsAnsweredScanByScanAndAReplayAnswersTheSameAndRecordsNothingTwice(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient gate = backend.as("gate");
            String session = backend.theatreSession();
            PaymentResult sale = sell(backend, session, 2);
            String qr = sale.tickets().get(0).qr();
            Instant t0 = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS);
            CheckinBatch batch = batch("north-1", session, List.of(
                    scan(qr, t0),
                    scan(qr, t0.plusSeconds(30)),
                    scan(forged(qr), t0.plusSeconds(40)),
                    scan(tampered(sale.tickets().get(1).qr()), t0.plusSeconds(50)),
                    scan("4006381333931", t0.plusSeconds(60))));

            CheckinBatchResult answer = gate.checkinBatch(batch);

            assertThat(answer.results()).extracting(ScanOutcome::scanId)
                    .containsExactlyElementsOf(batch.scans().stream().map(OfflineScan::scanId).toList());
            assertThat(answer.results()).extracting(ScanOutcome::result).containsExactly(CheckinResultType.ACCEPTED,
                    CheckinResultType.ALREADY_USED, CheckinResultType.INVALID, CheckinResultType.INVALID,
                    CheckinResultType.INVALID);
            ScanOutcome accepted = answer.results().get(0);
            assertThat(accepted.ticketId()).isEqualTo(sale.tickets().get(0).ticketId());
            assertThat(accepted.firstScanAt()).as("the scan's own time, not the sync's").isEqualTo(t0);
            ScanOutcome again = answer.results().get(1);
            assertThat(again.firstScanAt()).isEqualTo(t0);
            assertThat(again.firstGateId()).isEqualTo("north-1");
            assertThat(again.conflict()).as("the same gate's second scan is no conflict").isFalse();
            long recorded = Sql.number(backend, "SELECT COUNT(*) FROM checkins");
            assertThat(recorded).isEqualTo(5);

            CheckinBatchResult replay = gate.checkinBatch(batch);

            assertThat(replay.results()).isEqualTo(answer.results());
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM checkins")).as("nothing recorded twice")
                    .isEqualTo(recorded);
            assertThat(gate.checkin(sale.tickets().get(1).qr(), "north-1", List.of(session)).result())
                    .as("the tampered code did not use up the real ticket").isEqualTo(CheckinResultType.ACCEPTED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void theEarliestScanByTimeWinsAndTheOtherGateIsToldOfTheConflict(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient north = backend.as("gate");
            BilheteriaClient south = backend.as("gate");
            String session = backend.theatreSession();
            PaymentResult sale = sell(backend, session, 2);
            String early = sale.tickets().get(0).qr();
            String late = sale.tickets().get(1).qr();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

            // ticket 1: north syncs first with the later scan, south's earlier offline scan then takes over
            ScanOutcome northFirst = one(north.checkinBatch(batch("north-1", session,
                    List.of(scan(early, now.minusSeconds(60))))));
            ScanOutcome southEarlier = one(south.checkinBatch(batch("south-2", session,
                    List.of(scan(early, now.minusSeconds(300))))));
            // ticket 2: the earlier scan syncs first, the later one loses
            ScanOutcome southWins = one(south.checkinBatch(batch("south-2", session,
                    List.of(scan(late, now.minusSeconds(120))))));
            ScanOutcome northLoses = one(north.checkinBatch(batch("north-1", session,
                    List.of(scan(late, now.minusSeconds(90))))));

            assertThat(northFirst.result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(southEarlier.result()).as("earlier by time, so it is the first").isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(southEarlier.conflict()).isFalse();
            GateTicket firstTicket = north.sessionTickets(session, null).tickets().stream()
                    .filter(t -> t.ticketId().equals(northFirst.ticketId())).findFirst().orElseThrow();
            assertThat(firstTicket.firstGateId()).as("north learns it from its download").isEqualTo("south-2");
            assertThat(firstTicket.firstScanAt()).isEqualTo(now.minusSeconds(300));

            assertThat(southWins.result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(northLoses.result()).isEqualTo(CheckinResultType.ALREADY_USED);
            assertThat(northLoses.conflict()).as("north admitted a ticket south had already let in").isTrue();
            assertThat(northLoses.firstGateId()).isEqualTo("south-2");
            assertThat(northLoses.firstScanAt()).isEqualTo(now.minusSeconds(120));
            assertThat(north.checkin(early, "north-1", List.of(session)).result()).as("online scans agree")
                    .isEqualTo(CheckinResultType.ALREADY_USED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCancelledOrdersTicketsAreRevokedInTheDownloadAndRefusedInABatch(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient gate = backend.as("gate");
            String session = backend.theatreSession();
            PaymentResult sale = sell(backend, session, 1);
            backend.cashierOnShift().cancelOrder(sale.orderId());

            GateTicket downloaded = gate.sessionTickets(session, null).tickets().get(0);
            ScanOutcome scanned = one(gate.checkinBatch(batch("north-1", session,
                    List.of(scan(sale.tickets().get(0).qr(), Instant.now())))));

            assertThat(downloaded.status()).isEqualTo(TicketStatus.REVOKED);
            assertThat(scanned.result()).isEqualTo(CheckinResultType.REVOKED);
            assertThat(scanned.ticketId()).isEqualTo(sale.tickets().get(0).ticketId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aScanTimeInTheFutureIsTakenAsTheServersNow(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient gate = backend.as("gate");
            String session = backend.theatreSession();
            PaymentResult sale = sell(backend, session, 1);

            CheckinBatchResult answer = gate.checkinBatch(batch("north-1", session,
                    List.of(scan(sale.tickets().get(0).qr(), Instant.now().plus(Duration.ofDays(1))))));

            assertThat(one(answer).result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(one(answer).firstScanAt()).isEqualTo(answer.serverTime());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void malformedBatchesAreRefusedWholeWithAProblemAndRecordNothing(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient gate = backend.as("gate");
            String session = backend.theatreSession();
            String qr = sell(backend, session, 1).tickets().get(0).qr();
            List<OfflineScan> tooMany = IntStream.range(0, CheckinBatch.MAX_SCANS + 1)
                    .mapToObj(i -> scan("x" + i, Instant.now())).toList();
            OfflineScan once = scan(qr, Instant.now());

            assertThatThrownBy(() -> gate.checkinBatch(batch("north-1", session, tooMany)))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problem().detail()).contains("at most 200"));
            assertThatThrownBy(() -> gate.checkinBatch(batch("north-1", session, List.of(once, once))))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problem().detail()).contains("scans[1].scanId"));
            assertThatThrownBy(() -> gate.checkinBatch(batch("north-1", session,
                    List.of(new OfflineScan("s-1", qr, null)))))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.problem().detail()).contains("scans[0].scannedAt"));
            var raw = gate.raw("POST", "/checkins/batch", "{\"gateId\":\"north-1\",\"sessionIds\":[\"" + session
                    + "\"],\"scans\":[{\"scanId\":\"a\","
                    + "\"qr\":\"" + qr + "\",\"scannedAt\":\"half past nine\"}]}", Map.of());
            assertThat(raw.status()).isEqualTo(400);
            assertThat(json(raw.body()).path("type").asText()).isEqualTo(ProblemTypes.INVALID_REQUEST);
            assertThat(json(raw.body()).path("detail").asText()).contains("scannedAt");

            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM checkins")).isZero();
            assertThat(one(gate.checkinBatch(batch("north-1", session, List.of(once)))).result())
                    .isEqualTo(CheckinResultType.ACCEPTED);
        }
    }

    @org.junit.jupiter.api.Test
    void theBackendsCodesVerifyWithTheGatesSharedVerifierAndTamperedOnesDoNot() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            PaymentResult sale = sell(backend, backend.theatreSession(), 1);
            TicketVerifier verifier = TicketVerifier.fromBase64X509(backend.anonymous().publicKey().publicKey());
            String qr = sale.tickets().get(0).qr();

            assertThat(verifier.verify(qr)).hasValueSatisfying(code -> {
                assertThat(code.ticketId()).isEqualTo(sale.tickets().get(0).ticketId());
                assertThat(code.seatId()).isEqualTo(sale.tickets().get(0).seatId());
                assertThat(code.sessionId()).isEqualTo(backend.theatreSession());
            });
            assertThat(verifier.verify(tampered(qr))).isEmpty();
            assertThat(verifier.verify(forged(qr))).isEmpty();
        }
    }

    // ---- helpers

    private static PaymentResult sell(TestBackend backend, String session, int seats) {
        return Sales.atTheKiosk(backend, session, seats);
    }

    private static CheckinBatch batch(String gateId, String session, List<OfflineScan> scans) {
        return new CheckinBatch(gateId, List.of(session), scans);
    }

    private static OfflineScan scan(String qr, Instant at) {
        return new OfflineScan(UUID.randomUUID().toString(), qr, at);
    }

    private static ScanOutcome one(CheckinBatchResult result) {
        assertThat(result.results()).hasSize(1);
        return result.results().get(0);
    }

    private static List<String> ids(List<Ticket> tickets) {
        List<String> ids = new ArrayList<>();
        tickets.forEach(t -> ids.add(t.ticketId()));
        return ids;
    }

    /** The same claims under a signature of the right length that the backend never made. */
    static String forged(String qr) {
        String signed = qr.substring(0, qr.lastIndexOf('.'));
        return signed + "." + "A".repeat(qr.length() - signed.length() - 1);
    }

    /** A real code with its seat changed: the signature no longer covers it. */
    static String tampered(String qr) {
        TicketCode code = TicketCode.parse(qr).orElseThrow().code();
        String signature = qr.substring(qr.lastIndexOf('.') + 1);
        long otherSeat = Long.parseLong(code.seatId()) + 1;
        return new TicketCode(code.ticketId(), code.version(), code.sessionId(), Long.toString(otherSeat)).signedPart()
                + "." + signature;
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
        return org.assertj.core.api.Assertions.within(d.toMillis(), ChronoUnit.MILLIS);
    }
}
