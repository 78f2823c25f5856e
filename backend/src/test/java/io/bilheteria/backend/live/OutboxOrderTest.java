package io.bilheteria.backend.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.live.SeatChange;
import io.bilheteria.api.live.SeatChangeKind;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.StoppedClock;
import io.bilheteria.backend.testing.StreamRecorder;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.LiveStream;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transactions commit in their own order, not in the order of their outbox ids: a change whose
 * transaction commits late still reaches the stream, before the ones after it; an id that never
 * commits (rolled back) holds the stream back only for a while; and a client back after the
 * changes it missed were pruned is told to read the seat map again.
 */
class OutboxOrderTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aChangeCommittedLateIsSentBeforeTheChangesAfterIt(TestDatabase db) throws Exception {
        StoppedClock clock = new StoppedClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            String session = backend.theatreSession();
            String lateSeat = backend.seatMap(session).seats().get(0).id();
            StreamRecorder seatMap = new StreamRecorder();
            try (LiveStream stream = backend.anonymous().followSession(session, null, seatMap);
                 Handle slow = backend.server().services().database().jdbi().open()) {
                seatMap.awaitOpen();
                slow.begin();
                insertChange(slow, session, lateSeat, clock);

                PaymentResult sale = Sales.atTheKiosk(backend, session, 2);
                backend.server().services().live().pollNow().get();
                slow.commit();

                List<SeatChange> seen = List.of(seatMap.nextChange(), seatMap.nextChange(), seatMap.nextChange());
                assertThat(seen).extracting(SeatChange::kind)
                        .containsExactly(SeatChangeKind.HELD, SeatChangeKind.HELD, SeatChangeKind.SOLD);
                assertThat(seen.get(0).seatIds()).containsExactly(lateSeat);
                assertThat(seen.get(2).seatIds()).containsExactlyInAnyOrderElementsOf(
                        sale.tickets().stream().map(t -> t.seatId()).toList());
                assertThat(seen).extracting(change -> Long.parseLong(change.id())).isSorted();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anIdRolledBackHoldsTheStreamBackOnlyUntilTheGapIsGivenUp(TestDatabase db) throws Exception {
        StoppedClock clock = new StoppedClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            String session = backend.theatreSession();
            StreamRecorder seatMap = new StreamRecorder();
            SeatChangeFeed feed = backend.server().services().live();
            try (LiveStream stream = backend.anonymous().followSession(session, null, seatMap);
                 Handle rolledBack = backend.server().services().database().jdbi().open()) {
                seatMap.awaitOpen();
                rolledBack.begin();
                insertChange(rolledBack, session, backend.seatMap(session).seats().get(0).id(), clock);
                Sales.atTheKiosk(backend, session, 1);
                rolledBack.rollback();
                feed.pollNow().get();

                clock.advance(SeatChangeFeed.GAP_WAIT);
                feed.pollNow().get();

                assertThat(List.of(seatMap.nextChange(), seatMap.nextChange())).extracting(SeatChange::kind)
                        .containsExactly(SeatChangeKind.HELD, SeatChangeKind.SOLD);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aClientBackAfterItsChangesWerePrunedIsToldToReloadAndFollowsOn(TestDatabase db) throws Exception {
        StoppedClock clock = new StoppedClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            String session = backend.theatreSession();
            String stalls = Sales.stalls(backend, session).id();
            BilheteriaClient kiosk = backend.as("kiosk");
            String lastRead = StreamRecorder.lastReadWhile(backend.anonymous(), session,
                    () -> kiosk.hold(HoldRequest.bestAvailable(session, stalls, 1)));
            SeatChangeFeed feed = backend.server().services().live();
            kiosk.hold(HoldRequest.bestAvailable(session, stalls, 1));
            clock.advance(SeatChangeFeed.KEEP.plus(Duration.ofMinutes(1)));
            kiosk.hold(HoldRequest.bestAvailable(session, stalls, 1));
            feed.pollNow().get(); // the live streams were sent all of it: pruning does not race the tailer
            feed.prune();

            StreamRecorder after = new StreamRecorder();
            try (LiveStream resumed = backend.anonymous().followSession(session, lastRead, after)) {
                assertThat(after.nextReload().sessionId()).isEqualTo(session);
                kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
                SeatChange next = after.nextChange();
                while (next.kind() == SeatChangeKind.RELEASED) {
                    next = after.nextChange(); // the sweep of the holds the clock's jump ran out
                }
                assertThat(next.kind()).isEqualTo(SeatChangeKind.HELD);
                assertThat(next.seatIds()).hasSize(2);
            }
        }
    }

    /** What a sale's transaction writes first: a change set of one seat, not committed yet. */
    private static void insertChange(Handle h, String session, String seatId, StoppedClock clock) {
        h.createUpdate("INSERT INTO seat_changes (session_id, kind, spot_ids, changed_at) VALUES (:s, 'HELD', :p, :t)")
                .bind("s", session).bind("p", seatId).bind("t", clock.millis()).execute();
    }
}
