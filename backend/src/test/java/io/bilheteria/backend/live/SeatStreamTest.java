package io.bilheteria.backend.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.live.SeatChange;
import io.bilheteria.api.live.SeatChangeKind;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.payments.SandboxAcquirer;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.StreamRecorder;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.LiveStream;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seat map open at one terminal follows what others do to its session's seats, over a real
 * server-sent event stream: every change once and in order, a dropped connection resumed where
 * it stopped, and a change made through another backend on the same database.
 */
class SeatStreamTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aSeatMapSeesEveryHoldReleaseSaleAndRefundOnceInOrder(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            String stalls = Sales.stalls(backend, session).id();
            StreamRecorder seatMap = new StreamRecorder();
            try (LiveStream stream = backend.anonymous().followSession(session, null, seatMap)) {
                seatMap.awaitOpen();
                BilheteriaClient kiosk = backend.as("kiosk");

                Hold given = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
                kiosk.releaseHold(given.holdId());
                Hold bought = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 3));
                String orderId = kiosk.createOrder(OrderRequest.of(bought.holdId())).orderId();
                kiosk.pay(orderId, Cards.APPROVED);
                backend.cashierOnShift().cancelOrder(orderId);

                List<SeatChange> seen = List.of(seatMap.nextChange(), seatMap.nextChange(), seatMap.nextChange(),
                        seatMap.nextChange(), seatMap.nextChange());
                assertThat(seen).extracting(SeatChange::kind).containsExactly(SeatChangeKind.HELD,
                        SeatChangeKind.RELEASED, SeatChangeKind.HELD, SeatChangeKind.SOLD, SeatChangeKind.REFUNDED);
                assertThat(seen).extracting(SeatChange::status).containsExactly(SeatStatus.HELD, SeatStatus.AVAILABLE,
                        SeatStatus.HELD, SeatStatus.SOLD, SeatStatus.AVAILABLE);
                assertThat(seen.get(0).seatIds()).containsExactlyInAnyOrderElementsOf(given.seatIds());
                assertThat(seen.get(1).seatIds()).containsExactlyInAnyOrderElementsOf(given.seatIds());
                for (SeatChange change : seen.subList(2, 5)) {
                    assertThat(change.seatIds()).containsExactlyInAnyOrderElementsOf(bought.seatIds());
                }
                assertThat(seen).extracting(change -> Long.parseLong(change.id())).isSorted().doesNotHaveDuplicates();
                assertThat(stream.lastEventId()).isEqualTo(seen.get(4).id());
                assertThat(seatMap.waiting()).as("nothing sent twice").isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aStreamFollowsItsSessionOnly(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            List<String> sessions = backend.theatre().sessions().stream().map(s -> s.id()).toList();
            StreamRecorder secondSession = new StreamRecorder();
            try (LiveStream stream = backend.anonymous().followSession(sessions.get(1), null, secondSession)) {
                secondSession.awaitOpen();

                Sales.atTheKiosk(backend, sessions.get(0), 2);
                PaymentResult sale = Sales.atTheKiosk(backend, sessions.get(1), 1);

                SeatChange held = secondSession.nextChange();
                assertThat(held.sessionId()).isEqualTo(sessions.get(1));
                assertThat(held.seatIds()).containsExactly(sale.tickets().get(0).seatId());
                assertThat(secondSession.nextChange().kind()).isEqualTo(SeatChangeKind.SOLD);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aDroppedStreamResumesRightAfterTheLastChangeItRead(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            String stalls = Sales.stalls(backend, session).id();
            BilheteriaClient kiosk = backend.as("kiosk");
            String lastRead = StreamRecorder.lastReadWhile(backend.anonymous(), session,
                    () -> kiosk.hold(HoldRequest.bestAvailable(session, stalls, 1)));

            Hold whileAway = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
            kiosk.releaseHold(whileAway.holdId());
            StreamRecorder after = new StreamRecorder();
            try (LiveStream resumed = backend.anonymous().followSession(session, lastRead, after)) {
                SeatChange missedHold = after.nextChange();
                SeatChange missedRelease = after.nextChange();
                Hold live = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 3));
                SeatChange liveHold = after.nextChange();

                assertThat(missedHold.kind()).isEqualTo(SeatChangeKind.HELD);
                assertThat(missedHold.seatIds()).containsExactlyInAnyOrderElementsOf(whileAway.seatIds());
                assertThat(missedRelease.kind()).isEqualTo(SeatChangeKind.RELEASED);
                assertThat(liveHold.seatIds()).containsExactlyInAnyOrderElementsOf(live.seatIds());
                assertThat(List.of(lastRead, missedHold.id(), missedRelease.id(), liveHold.id()))
                        .extracting(Long::parseLong).isSorted().doesNotHaveDuplicates();
                assertThat(after.waiting()).as("nothing sent twice").isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aSaleThroughOneBackendReachesTheSeatMapsOfTheOther(TestDatabase db) {
        try (TestBackend north = TestBackend.start(db);
             BackendServer south = BackendServer.start(TestBackend.baseConfig(db.jdbcUrl()), Clock.systemUTC(),
                     new SandboxAcquirer(Clock.systemUTC()))) {
            String session = north.theatreSession();
            StreamRecorder atSouth = new StreamRecorder();
            try (LiveStream stream = BilheteriaClient.builder().baseUrl(south.baseUrl()).build()
                    .followSession(session, null, atSouth)) {
                atSouth.awaitOpen();

                PaymentResult sale = Sales.atTheKiosk(north, session, 2);

                SeatChange held = atSouth.nextChange();
                SeatChange sold = atSouth.nextChange();
                List<String> seats = sale.tickets().stream().map(t -> t.seatId()).toList();
                assertThat(held.kind()).isEqualTo(SeatChangeKind.HELD);
                assertThat(sold.kind()).isEqualTo(SeatChangeKind.SOLD);
                assertThat(sold.seatIds()).containsExactlyInAnyOrderElementsOf(seats);
            }
        }
    }
}
