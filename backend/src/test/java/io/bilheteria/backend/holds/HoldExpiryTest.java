package io.bilheteria.backend.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.ShiftableClock;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.HoldExpiredException;
import io.bilheteria.client.SeatConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds run out: 5-minute holds that extensions may stretch to 15, on a clock the test moves
 * forward. Without the sweeper the next buyer still takes expired seats at once; with it,
 * they go back on sale by themselves.
 */
class HoldExpiryTest {
    private static final Duration INITIAL = Duration.ofMinutes(5);
    private static final Duration CAP = Duration.ofMinutes(15);

    private final ShiftableClock clock = new ShiftableClock();

    private TestBackend holds(TestDatabase db, Duration sweepEvery) {
        return TestBackend.start(db, c -> c.withHoldPolicy(HoldPolicy.uniform(INITIAL, CAP)).withSweepEvery(sweepEvery),
                clock);
    }

    /** The sweeper's first run would be an hour away. */
    private TestBackend holdsNoSweeper(TestDatabase db) {
        return holds(db, Duration.ofHours(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void theNextBuyerTakesOverExpiredSeatsAtOnceAndTheFirstCanNoLongerOrder(TestDatabase db) {
        try (TestBackend backend = holdsNoSweeper(db)) {
            String session = backend.theatreSession();
            List<String> seats = seats(backend.seatMap(session), "E", 3, 4);
            BilheteriaClient kiosk = backend.as("kiosk");
            BilheteriaClient cashier = backend.cashierOnShift();

            Hold kioskHold = kiosk.hold(HoldRequest.seats(session, seats));
            OrderCreated kioskOrder = kiosk.createOrder(OrderRequest.of(kioskHold.holdId()));
            assertThat(kioskHold.expiresAt()).isBetween(clock.instant().plus(INITIAL).minusSeconds(10),
                    clock.instant().plus(INITIAL));
            assertThatThrownBy(() -> cashier.hold(HoldRequest.seats(session, seats)))
                    .as("while the hold lasts, nobody else gets the seats")
                    .isInstanceOf(SeatConflictException.class);

            movePast(kioskHold.expiresAt());
            assertThat(inventoryStatus(backend, session, seats))
                    .as("no sweep has run: the rows still say HELD").containsOnly("HELD");
            assertThat(statuses(backend.seatMap(session), seats))
                    .as("but the map already offers them").containsOnly(SeatStatus.AVAILABLE);

            Hold cashierHold = cashier.hold(HoldRequest.seats(session, seats));
            assertThat(cashierHold.seatIds()).containsExactlyInAnyOrderElementsOf(seats);
            assertThat(statuses(backend.seatMap(session), seats)).containsOnly(SeatStatus.HELD);

            assertThatThrownBy(() -> kiosk.createOrder(OrderRequest.of(kioskHold.holdId())))
                    .isInstanceOf(HoldExpiredException.class);
            long charges = backend.acquirer().authorizationCount();
            assertThatThrownBy(() -> kiosk.pay(kioskOrder.orderId(), Cards.APPROVED))
                    .as("the first buyer's stale order cannot be paid")
                    .isInstanceOf(HoldExpiredException.class);
            assertThat(backend.acquirer().authorizationCount()).isEqualTo(charges);
            assertThat(statuses(backend.seatMap(session), seats)).as("the new holder keeps the seats")
                    .containsOnly(SeatStatus.HELD);

            OrderCreated order = cashier.createOrder(OrderRequest.of(cashierHold.holdId()));
            PaymentResult paid = cashier.pay(order.orderId(), Cards.APPROVED);
            assertThat(paid.tickets()).extracting(Ticket::seatId).containsExactlyInAnyOrderElementsOf(seats);
            assertThat(kiosk.order(kioskOrder.orderId()).status()).isNotEqualTo(OrderStatus.PAID);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void payingAfterTheHoldRanOutIsRefusedAndIssuesNoTicket(TestDatabase db) {
        try (TestBackend backend = holdsNoSweeper(db)) {
            String session = backend.theatreSession();
            List<String> seats = seats(backend.seatMap(session), "F", 7);
            BilheteriaClient kiosk = backend.as("kiosk");
            Hold hold = kiosk.hold(HoldRequest.seats(session, seats));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            long chargesBefore = backend.acquirer().authorizationCount();

            movePast(hold.expiresAt());
            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.APPROVED))
                    .isInstanceOf(HoldExpiredException.class);

            assertThat(backend.acquirer().authorizationCount()).as("the card was not charged").isEqualTo(chargesBefore);
            assertThat(kiosk.order(order.orderId()).tickets()).isNullOrEmpty();
            assertThat(kiosk.order(order.orderId()).status()).isNotEqualTo(OrderStatus.PAID);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM tickets WHERE order_id = ?", order.orderId()))
                    .isZero();
            assertThat(statuses(backend.seatMap(session), seats)).containsOnly(SeatStatus.AVAILABLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void extendingAHoldMovesItsEndForwardButNeverPastTheCap(TestDatabase db) {
        try (TestBackend backend = holdsNoSweeper(db)) {
            String session = backend.theatreSession();
            List<String> seats = seats(backend.seatMap(session), "G", 12, 13);
            BilheteriaClient kiosk = backend.as("kiosk");
            Hold hold = kiosk.hold(HoldRequest.seats(session, seats));
            // the hold was taken at expiresAt - INITIAL, so the cap falls CAP after that
            Instant cap = hold.expiresAt().minus(INITIAL).plus(CAP);

            Instant previous = hold.expiresAt();
            boolean movedForward = false;
            for (int tap = 0; tap < 12 && previous.isBefore(cap); tap++) {
                clock.advance(Duration.ofMinutes(2)); // the customer keeps tapping on the kiosk
                Hold extended = kiosk.extendHold(hold.holdId());
                assertThat(extended.expiresAt()).as("tap %d", tap)
                        .isAfterOrEqualTo(previous)
                        .isBeforeOrEqualTo(cap);
                assertThat(extended.seatIds()).containsExactlyInAnyOrderElementsOf(seats);
                movedForward |= extended.expiresAt().isAfter(hold.expiresAt());
                previous = extended.expiresAt();
            }
            assertThat(movedForward).as("an extension gives more time").isTrue();
            assertThat(previous).as("extensions stop exactly at the cap").isEqualTo(cap);
            assertThat(kiosk.extendHold(hold.holdId()).expiresAt()).as("one more tap at the cap").isEqualTo(cap);

            movePast(cap);
            assertThatThrownBy(() -> kiosk.extendHold(hold.holdId())).isInstanceOf(HoldExpiredException.class);
            assertThatThrownBy(() -> kiosk.createOrder(OrderRequest.of(hold.holdId())))
                    .isInstanceOf(HoldExpiredException.class);
            assertThat(statuses(backend.seatMap(session), seats)).containsOnly(SeatStatus.AVAILABLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void theSweeperPutsTheSeatsOfExpiredHoldsBackOnSale(TestDatabase db) throws Exception {
        try (TestBackend backend = holds(db, Duration.ofMillis(200))) {
            String session = backend.theatreSession();
            List<String> seats = seats(backend.seatMap(session), "H", 5, 6, 7);
            BilheteriaClient kiosk = backend.as("kiosk");
            Hold hold = kiosk.hold(HoldRequest.seats(session, seats));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            assertThat(inventoryStatus(backend, session, seats)).containsOnly("HELD");

            movePast(hold.expiresAt());
            boolean swept = eventually(Duration.ofSeconds(5),
                    () -> inventoryStatus(backend, session, seats).stream().allMatch("AVAILABLE"::equals));
            assertThat(swept).as("the sweeper released the seats in the database").isTrue();
            assertThat(statuses(backend.seatMap(session), seats)).containsOnly(SeatStatus.AVAILABLE);
            assertThat(eventually(Duration.ofSeconds(5),
                    () -> kiosk.order(order.orderId()).status() == OrderStatus.EXPIRED))
                    .as("the abandoned order is marked expired").isTrue();
            assertThat(Sql.strings(backend, "SELECT status FROM holds WHERE id = ?", hold.holdId()))
                    .containsExactly("EXPIRED");
            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.APPROVED))
                    .isInstanceOf(HoldExpiredException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void bestAvailableOffersTheSeatsOfAHoldThatRanOutBeforeAnySweep(TestDatabase db) {
        try (TestBackend backend = holdsNoSweeper(db)) {
            String session = backend.theatreSession();
            SeatMap map = backend.seatMap(session);
            String vip = map.sections().stream().filter(s -> s.name().equals("Plateia VIP")).findFirst().orElseThrow()
                    .id();
            List<String> rowA = map.seats().stream().filter(s -> s.sectionId().equals(vip) && s.row().equals("A"))
                    .map(Seat::id).toList();
            List<String> rowB = map.seats().stream().filter(s -> s.sectionId().equals(vip) && s.row().equals("B"))
                    .map(Seat::id).toList();
            assertThat(rowA.size() + rowB.size()).as("the VIP section is rows A and B")
                    .isEqualTo(map.seats().stream().filter(s -> s.sectionId().equals(vip)).count());
            BilheteriaClient cashier = backend.cashierOnShift();
            Hold first = cashier.hold(HoldRequest.seats(session, rowA));
            clock.advance(Duration.ofMinutes(1));
            cashier.hold(HoldRequest.seats(session, rowB));
            movePast(first.expiresAt());
            assertThat(inventoryStatus(backend, session, rowA)).as("no sweep has run").containsOnly("HELD");

            Hold pair = backend.as("kiosk").hold(HoldRequest.bestAvailable(session, vip, 2));

            assertThat(rowA).as("no seat of the section is available, but row A's hold ran out")
                    .containsAll(pair.seatIds());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void releasingAHoldFreesItsSeatsAtOnce(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db, c -> c.withSweepEvery(Duration.ofHours(1)))) {
            String session = backend.theatreSession();
            List<String> seats = seats(backend.seatMap(session), "D", 1, 2);
            BilheteriaClient kiosk = backend.as("kiosk");
            BilheteriaClient cashier = backend.as("cashier");
            Hold hold = kiosk.hold(HoldRequest.seats(session, seats));
            assertThat(hold.expiresAt()).as("a default kiosk hold lasts minutes")
                    .isAfter(Instant.now().plusSeconds(60));

            kiosk.releaseHold(hold.holdId());

            assertThat(statuses(backend.seatMap(session), seats)).containsOnly(SeatStatus.AVAILABLE);
            assertThat(inventoryStatus(backend, session, seats)).containsOnly("AVAILABLE");
            kiosk.releaseHold(hold.holdId()); // a second tap on "cancel" is harmless
            assertThatThrownBy(() -> kiosk.createOrder(OrderRequest.of(hold.holdId())))
                    .isInstanceOf(HoldExpiredException.class);
            Hold next = cashier.hold(HoldRequest.seats(session, seats));
            assertThat(next.seatIds()).containsExactlyInAnyOrderElementsOf(seats);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> seats(SeatMap map, String row, int... numbers) {
        List<String> ids = map.seats().stream()
                .filter(s -> s.row().equals(row) && java.util.Arrays.stream(numbers).anyMatch(n -> n == s.number()))
                .map(Seat::id).toList();
        assertThat(ids).hasSize(numbers.length);
        return ids;
    }

    private static List<SeatStatus> statuses(SeatMap map, List<String> seatIds) {
        return map.seats().stream().filter(s -> seatIds.contains(s.id())).map(Seat::status).toList();
    }

    /** What the inventory rows themselves say, whatever the seat map makes of them. */
    private static List<String> inventoryStatus(TestBackend backend, String session, List<String> seatIds) {
        return seatIds.stream()
                .map(id -> Sql.strings(backend, "SELECT status FROM session_seats WHERE session_id = ? AND spot_id = ?",
                        session, Long.parseLong(id)).get(0))
                .toList();
    }

    /** A second past {@code instant}: the clock moves in whole milliseconds, so a hair past could land on it. */
    private void movePast(Instant instant) {
        Duration left = Duration.between(clock.instant(), instant);
        if (!left.isNegative()) {
            clock.advance(left.plusSeconds(1));
        }
    }

    private static boolean eventually(Duration patience, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
