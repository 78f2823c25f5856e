package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.BackendServer;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.CountingGateway;
import io.bilheteria.backend.testing.DemoAccounts;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.HoldExpiredException;
import io.bilheteria.client.PaymentDeclinedException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A nervous customer taps "pay" again and again; the card is charged once. Then a refund. */
class IdempotentPaymentTest {


    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void twentyTapsOnPayWithOneKeyChargeTheCardOnce(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            BilheteriaClient kiosk = backend.as("kiosk");
            Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stallsOf(kiosk.seatMap(session)), 3));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            String key = UUID.randomUUID().toString();
            long chargesBefore = backend.acquirer().authorizationCount();

            List<Together.Outcome<PaymentResult>> taps = Together.run(20, Duration.ofSeconds(40),
                    i -> () -> kiosk.withToken(kiosk.token()).pay(order.orderId(), Cards.APPROVED, key));

            assertThat(taps).allSatisfy(t -> assertThat(t.error()).as("tap %d", t.index()).isNull());
            PaymentResult first = taps.get(0).value();
            assertThat(first.status()).isEqualTo(OrderStatus.PAID);
            assertThat(first.tickets()).extracting(Ticket::seatId).containsExactlyInAnyOrderElementsOf(hold.seatIds());
            assertThat(taps).allSatisfy(t -> assertThat(t.value()).as("tap %d sees the same sale", t.index())
                    .isEqualTo(first));
            assertThat(backend.acquirer().authorizationCount()).as("charged once").isEqualTo(chargesBefore + 1);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM tickets WHERE order_id = ?", order.orderId()))
                    .isEqualTo(3);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM payments WHERE order_id = ?", order.orderId()))
                    .isEqualTo(1);
            Order stored = kiosk.order(order.orderId());
            assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
            assertThat(stored.tickets()).extracting(Ticket::ticketId)
                    .containsExactlyInAnyOrderElementsOf(first.tickets().stream().map(Ticket::ticketId).toList());

            assertThat(kiosk.pay(order.orderId(), Cards.APPROVED, key)).as("a late replay").isEqualTo(first);
            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.APPROVED, UUID.randomUUID().toString()))
                    .as("a new key on a paid order")
                    .isInstanceOf(ConflictException.class)
                    .isNotInstanceOf(HoldExpiredException.class)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
            assertThat(backend.acquirer().authorizationCount()).as("still charged once").isEqualTo(chargesBefore + 1);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM tickets WHERE order_id = ?", order.orderId()))
                    .isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aDeclineRetriedWithTheSameKeyIsRepeatedWithoutAskingTheAcquirerAgain(TestDatabase db) {
        CountingGateway acquirer = new CountingGateway();
        try (BackendServer server = BackendServer.start(TestBackend.baseConfig(db.jdbcUrl()), Clock.systemUTC(),
                acquirer.gateway())) {
            BilheteriaClient kiosk = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
            kiosk.login("kiosk", DemoAccounts.password("kiosk"));
            String session = kiosk.events("Compadecida", null, null).items().get(0).sessions().get(0).id();
            Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stallsOf(kiosk.seatMap(session)), 2));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            String key = UUID.randomUUID().toString();

            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.DECLINED, key))
                    .isInstanceOfSatisfying(PaymentDeclinedException.class,
                            e -> assertThat(e.declineReason()).isEqualTo("card_declined"));
            assertThat(acquirer.calls("authorize")).isEqualTo(1);

            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.DECLINED, key))
                    .as("the retry gets the same decline")
                    .isInstanceOfSatisfying(PaymentDeclinedException.class,
                            e -> assertThat(e.declineReason()).isEqualTo("card_declined"));
            assertThat(acquirer.calls("authorize")).as("without a second call to the acquirer").isEqualTo(1);

            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.APPROVED, key))
                    .as("the declined key cannot be reused for another card")
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
            assertThat(acquirer.calls("authorize")).isEqualTo(1);
            assertThat(kiosk.order(order.orderId()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(statuses(kiosk.seatMap(session), hold.seatIds())).containsOnly(SeatStatus.HELD);

            PaymentResult paid = kiosk.pay(order.orderId(), Cards.APPROVED, UUID.randomUUID().toString());
            assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
            assertThat(paid.tickets()).hasSize(2);
            assertThat(acquirer.calls("authorize")).isEqualTo(2);
            assertThat(acquirer.sandbox().authorizationCount()).as("one approval in all").isEqualTo(1);
            assertThat(statuses(kiosk.seatMap(session), hold.seatIds())).containsOnly(SeatStatus.SOLD);
        } finally {
            db.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCashierRefundsAPaidOrderAndTheSeatsGoStraightBackOnSale(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            BilheteriaClient kiosk = backend.as("kiosk");
            BilheteriaClient cashier = backend.cashierOnShift();
            BilheteriaClient customer = backend.as("customer");
            BilheteriaClient gate = backend.as("gate");
            Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stallsOf(kiosk.seatMap(session)), 2));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            PaymentResult paid = kiosk.pay(order.orderId(), Cards.APPROVED);
            long refundsBefore = backend.acquirer().refundCount();

            Order refunded = cashier.cancelOrder(order.orderId());

            assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
            assertThat(backend.acquirer().refundCount()).as("the card is refunded").isEqualTo(refundsBefore + 1);
            assertThat(statuses(backend.seatMap(session), hold.seatIds()))
                    .as("the seats are on sale again at once").containsOnly(SeatStatus.AVAILABLE);
            assertThat(kiosk.order(order.orderId()).status()).isEqualTo(OrderStatus.REFUNDED);
            Ticket oldTicket = paid.tickets().get(0);
            assertThat(gate.checkin(oldTicket.qr(), "north-1", List.of(session)).result())
                    .as("the refunded ticket no longer opens the gate").isEqualTo(CheckinResultType.REVOKED);

            assertThat(cashier.cancelOrder(order.orderId()).status()).as("cancelling twice").isEqualTo(OrderStatus.REFUNDED);
            assertThat(backend.acquirer().refundCount()).as("refunded once").isEqualTo(refundsBefore + 1);

            Hold again = customer.hold(HoldRequest.seats(session, List.of(oldTicket.seatId())));
            OrderCreated second = customer.createOrder(OrderRequest.of(again.holdId()));
            PaymentResult resold = customer.pay(second.orderId(), Cards.APPROVED);
            assertThat(resold.tickets()).extracting(Ticket::seatId).containsExactly(oldTicket.seatId());
            assertThat(resold.tickets().get(0).ticketId()).isNotEqualTo(oldTicket.ticketId());
            assertThat(gate.checkin(resold.tickets().get(0).qr(), "north-1", List.of(session)).result())
                    .isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(gate.checkin(oldTicket.qr(), "south-2", List.of(session)).result()).isEqualTo(CheckinResultType.REVOKED);
            assertThat(statuses(backend.seatMap(session), List.of(oldTicket.seatId()))).containsOnly(SeatStatus.SOLD);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM tickets WHERE status = 'VALID'"))
                    .isEqualTo(Sql.number(backend, "SELECT COUNT(*) FROM session_seats WHERE status = 'SOLD'"))
                    .isEqualTo(1);
        }
    }

    private static String stallsOf(SeatMap map) {
        return map.sections().stream().filter(s -> s.name().equals("Plateia")).findFirst().orElseThrow().id();
    }

    private static List<SeatStatus> statuses(SeatMap map, List<String> seatIds) {
        return map.seats().stream().filter(s -> seatIds.contains(s.id())).map(Seat::status).toList();
    }
}
