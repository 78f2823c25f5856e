package io.bilheteria.backend.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.payments.SandboxAcquirer;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.JsonText;
import io.bilheteria.backend.testing.ShiftableClock;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The payment call dies between the card acquirer and the sale (the backend's thread ends
 * there) and the buyer never comes back with the same key. The reconciler asks the acquirer
 * what it did: a charged card becomes the sale it paid for; a card never charged leaves the
 * payment closed and the seats for the buyer to pay again.
 */
class PaymentReconciliationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** The sandbox acquirer, except that, when told, the backend dies just after or just before the charge. */
    private static final class DyingCall implements PaymentGateway {
        private final SandboxAcquirer sandbox;
        private volatile boolean dieAfterCharge;
        private volatile boolean dieBeforeCharge;

        DyingCall(SandboxAcquirer sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public Authorization authorize(Card card, long amountCents, String currency, String idempotencyKey) {
            if (dieBeforeCharge) {
                dieBeforeCharge = false;
                throw new IllegalStateException("the backend died before charging the card");
            }
            Authorization answer = sandbox.authorize(card, amountCents, currency, idempotencyKey);
            if (dieAfterCharge) {
                dieAfterCharge = false;
                throw new IllegalStateException("the backend died after charging the card");
            }
            return answer;
        }

        @Override
        public void refund(String authorizationCode, long amountCents, String idempotencyKey) {
            sandbox.refund(authorizationCode, amountCents, idempotencyKey);
        }

        @Override
        public void reverse(String idempotencyKey) {
            sandbox.reverse(idempotencyKey);
        }

        @Override
        public Optional<Authorization> lookup(String idempotencyKey) {
            return sandbox.lookup(idempotencyKey);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCardChargedByACallThatDiedBecomesTheSaleItPaidFor(TestDatabase db) throws Exception {
        ShiftableClock clock = new ShiftableClock();
        DyingCall[] gateway = new DyingCall[1];
        try (TestBackend backend = TestBackend.start(db, clock, sandbox -> gateway[0] = new DyingCall(sandbox))) {
            BilheteriaClient kiosk = backend.as("kiosk");
            Sales.Unpaid unpaid = Sales.orderInTheStalls(backend, kiosk, 2);
            Hold hold = unpaid.hold();
            OrderCreated order = unpaid.order();
            long charges = backend.acquirer().authorizationCount();
            long refunds = backend.acquirer().refundCount();

            gateway[0].dieAfterCharge = true;
            assertThat(pay(kiosk, order, "the-only-try").status()).isEqualTo(500);
            assertThat(backend.acquirer().authorizationCount()).as("the card was charged").isEqualTo(charges + 1);
            assertThat(kiosk.order(order.orderId()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

            clock.advance(Duration.ofSeconds(31));
            await(() -> kiosk.order(order.orderId()).status() == OrderStatus.PAID, "the sale to be made");
            Order sold = kiosk.order(order.orderId());
            assertThat(sold.tickets()).extracting(Ticket::seatId).containsExactlyInAnyOrderElementsOf(hold.seatIds());
            assertThat(backend.seatMap(hold.sessionId()).seats()).filteredOn(s -> hold.seatIds().contains(s.id()))
                    .extracting(Seat::status).containsOnly(SeatStatus.SOLD);
            assertThat(backend.acquirer().authorizationCount()).as("charged once").isEqualTo(charges + 1);
            assertThat(backend.acquirer().refundCount()).as("nothing given back").isEqualTo(refunds);

            var late = pay(kiosk, order, "the-only-try");
            assertThat(late.status()).as("the buyer's terminal, back with the same key: %s", late.body()).isEqualTo(200);
            assertThat(JsonText.read(late.body(), PaymentResult.class).tickets()).extracting(Ticket::ticketId)
                    .containsExactlyInAnyOrderElementsOf(sold.tickets().stream().map(Ticket::ticketId).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCallThatDiedBeforeChargingIsClosedAndTheBuyerPaysAgain(TestDatabase db) throws Exception {
        ShiftableClock clock = new ShiftableClock();
        DyingCall[] gateway = new DyingCall[1];
        try (TestBackend backend = TestBackend.start(db, clock, sandbox -> gateway[0] = new DyingCall(sandbox))) {
            BilheteriaClient kiosk = backend.as("kiosk");
            OrderCreated order = Sales.orderInTheStalls(backend, kiosk, 2).order();
            long charges = backend.acquirer().authorizationCount();

            gateway[0].dieBeforeCharge = true;
            assertThat(pay(kiosk, order, "first-try").status()).isEqualTo(500);
            clock.advance(Duration.ofSeconds(31));
            await(() -> Sql.number(backend, "SELECT COUNT(*) FROM payments WHERE order_id = ? AND status = 'FAILED'",
                    order.orderId()) == 1, "the payment to be closed");
            assertThat(backend.acquirer().authorizationCount()).as("nothing charged").isEqualTo(charges);

            assertThat(kiosk.pay(order.orderId(), Cards.APPROVED).status()).as("paid again, with a new key")
                    .isEqualTo(OrderStatus.PAID);
            assertThat(backend.acquirer().authorizationCount()).isEqualTo(charges + 1);
        }
    }

    private static io.bilheteria.client.RawResponse pay(BilheteriaClient kiosk, OrderCreated order, String key) {
        return kiosk.raw("POST", "/orders/" + order.orderId() + "/payment",
                JsonText.write(Map.of("card", Cards.APPROVED)), Map.of("Idempotency-Key", key));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting " + PATIENCE.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
