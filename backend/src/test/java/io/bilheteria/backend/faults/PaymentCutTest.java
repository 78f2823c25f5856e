package io.bilheteria.backend.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.JsonText;
import io.bilheteria.backend.testing.PaymentStall;
import io.bilheteria.backend.testing.ShiftableClock;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database connection is cut after a sale committed and before its answer was recorded:
 * the buyer's terminal got no answer. Paying again with the same Idempotency-Key must give the
 * sale that was made, with its tickets, and never charge the card a second time.
 */
class PaymentCutTest {
    private static final String CARD_JSON = "{\"card\":{\"number\":\"4111111111111111\",\"holder\":\"ANA SOUZA\","
            + "\"expMonth\":12,\"expYear\":2030,\"cvv\":\"123\"}}";

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPaymentWhoseAnswerWasCutOffIsFinishedByTheRetry(TestDatabase db) throws Exception {
        ShiftableClock clock = new ShiftableClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            BilheteriaClient kiosk = backend.as("kiosk");
            Sales.Unpaid unpaid = Sales.orderInTheStalls(backend, kiosk, 2);
            Hold hold = unpaid.hold();
            OrderCreated order = unpaid.order();
            String key = UUID.randomUUID().toString();
            long chargesBefore = backend.acquirer().authorizationCount();
            Supplier<Connection> connections = () -> backend.server().services().database().jdbi().open().getConnection();

            RawResponse cut;
            try (PaymentStall stall = PaymentStall.lockHold(connections, hold.holdId())) {
                CompletableFuture<RawResponse> answer = CompletableFuture.supplyAsync(() -> kiosk.raw("POST",
                        "/orders/" + order.orderId() + "/payment", CARD_JSON, Map.of("Idempotency-Key", key)));
                stall.stallAnswerOf(key, order.orderId());
                cut = stall.cutConnectionAndAwait(answer);
            }
            assertThat(cut.status()).as("the sale was made, and the answer says so: %s", cut.body()).isEqualTo(200);

            RawResponse early = kiosk.raw("POST", "/orders/" + order.orderId() + "/payment", CARD_JSON,
                    Map.of("Idempotency-Key", key));
            assertThat(early.status()).as("a retry while the cut call's claim lasts: %s", early.body()).isEqualTo(409);
            assertThat(Long.parseLong(early.header("Retry-After"))).as("says when to come back").isBetween(1L, 10L);

            clock.advance(Duration.ofSeconds(11));
            PaymentResult retried = kiosk.pay(order.orderId(), Cards.APPROVED, key);
            assertThat(retried.status()).isEqualTo(OrderStatus.PAID);
            assertThat(retried.tickets()).extracting(Ticket::seatId).containsExactlyInAnyOrderElementsOf(hold.seatIds());
            assertThat(retried.tickets()).extracting(Ticket::ticketId).as("the sale the cut call made")
                    .containsExactlyInAnyOrderElementsOf(JsonText.read(cut.body(), PaymentResult.class).tickets()
                            .stream().map(Ticket::ticketId).toList());
            assertThat(kiosk.pay(order.orderId(), Cards.APPROVED, key)).as("and from then on, the same answer")
                    .isEqualTo(retried);
            assertThat(backend.acquirer().authorizationCount()).as("charged once").isEqualTo(chargesBefore + 1);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM tickets WHERE order_id = ?", order.orderId()))
                    .isEqualTo(2);
            assertThat(kiosk.order(order.orderId()).status()).isEqualTo(OrderStatus.PAID);
        }
    }
}
