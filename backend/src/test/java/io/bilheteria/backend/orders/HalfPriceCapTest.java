package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Meia-entrada on every channel, within each session's legal share (Lei 12.933/2013). */
class HalfPriceCapTest {

    @Test
    void theKioskSellsHalfPriceAndTheSessionCountsItAgainstFortyPercentOfItsSeats() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            String session = backend.theatreSession();
            Order order = buy(backend.as("kiosk"), backend, session, TicketType.HALF, TicketType.FULL);

            assertThat(order.status()).isEqualTo(OrderStatus.PAID);
            assertThat(order.tickets()).extracting(Ticket::ticketType)
                    .containsExactlyInAnyOrder(TicketType.HALF, TicketType.FULL);
            SessionSummary summary = summary(backend, session);
            assertThat(summary.halfPriceCap()).isEqualTo(summary.totalSeats() * 40 / 100);
            assertThat(summary.halfPriceSold()).isEqualTo(1);
        }
    }

    @Test
    void anOrderPastTheCapIsRefusedSayingHowManyAreLeft() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            String session = backend.theatreSession();
            int cap = capOfTwo(backend, session);
            assertThat(cap).isEqualTo(2);
            BilheteriaClient kiosk = backend.as("kiosk");
            buy(kiosk, backend, session, TicketType.HALF);

            assertThatThrownBy(() -> buy(kiosk, backend, session, TicketType.HALF, TicketType.HALF))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.problem().type()).isEqualTo(ProblemTypes.HALF_PRICE_LIMIT);
                        assertThat(e.problem().detail()).contains("Only 1 half-price (meia-entrada) ticket is left");
                    });
            buy(kiosk, backend, session, TicketType.HALF);
            assertThatThrownBy(() -> buy(kiosk, backend, session, TicketType.HALF))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problem().detail())
                            .contains("No half-price (meia-entrada) tickets are left"));
            assertThat(buy(kiosk, backend, session, TicketType.FULL).status()).as("full price still sells")
                    .isEqualTo(OrderStatus.PAID);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void buyersPayingTogetherNeverPassTheCapAndThoseLeftOutAreNotCharged(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            capOfTwo(backend, session);
            int buyers = 6;
            BilheteriaClient kiosk = backend.as("kiosk");
            // every order is made while two are left: only the sales themselves race
            List<OrderCreated> orders = java.util.stream.IntStream.range(0, buyers)
                    .mapToObj(i -> order(kiosk, backend, session, TicketType.HALF)).toList();
            long chargesBefore = backend.acquirer().authorizationCount();
            long givenBackBefore = backend.acquirer().refundCount();

            List<Together.Outcome<PaymentResult>> paid = Together.run(buyers, Duration.ofSeconds(60),
                    i -> () -> kiosk.withToken(kiosk.token()).pay(orders.get(i).orderId(), Cards.APPROVED));

            assertThat(paid.stream().filter(Together.Outcome::succeeded)).hasSize(2);
            assertThat(paid.stream().filter(o -> !o.succeeded())).hasSize(buyers - 2)
                    .allSatisfy(o -> assertThat(((ApiException) o.error()).problem().type())
                            .isEqualTo(ProblemTypes.HALF_PRICE_LIMIT));
            assertThat(summary(backend, session).halfPriceSold()).isEqualTo(2);
            long charged = backend.acquirer().authorizationCount() - chargesBefore;
            long givenBack = backend.acquirer().refundCount() - givenBackBefore;
            assertThat(charged - givenBack).as("only the two sales keep their charge").isEqualTo(2);
            for (var outcome : paid) {
                Order order = kiosk.order(orders.get(outcome.index()).orderId());
                assertThat(order.tickets()).as("order %d", outcome.index()).hasSize(outcome.succeeded() ? 1 : 0);
            }
        }
    }

    @Test
    void aRefundedHalfPriceTicketGoesBackOnSale() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            String session = backend.theatreSession();
            capOfTwo(backend, session);
            BilheteriaClient cashier = backend.cashierOnShift();
            Order order = buy(cashier, backend, session, TicketType.HALF, TicketType.HALF);
            Ticket half = order.tickets().get(0);

            cashier.refundTickets(order.orderId(), List.of(half.ticketId()));

            assertThat(summary(backend, session).halfPriceSold()).isEqualTo(1);
            assertThat(buy(cashier, backend, session, TicketType.HALF).status()).isEqualTo(OrderStatus.PAID);
        }
    }

    @Test
    void thePartnerSetsTheShareFromZeroToAHundred() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            String session = backend.theatreSession();
            BilheteriaClient partner = backend.as("partner");
            SessionSummary none = partner.editSession(session, new SessionDraft(null, null, 0));
            assertThat(none.halfPriceCap()).isZero();
            assertThatThrownBy(() -> buy(backend.as("kiosk"), backend, session, TicketType.HALF))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problem().type())
                            .isEqualTo(ProblemTypes.HALF_PRICE_LIMIT));
            assertThatThrownBy(() -> partner.editSession(session, new SessionDraft(null, null, 101)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.problem().detail()).contains("from 0 to 100");
                    });
            assertThat(partner.editSession(session, new SessionDraft(null, null, 100)).halfPriceCap())
                    .isEqualTo(none.totalSeats());
        }
    }

    /** Sets the session's share to 1 %: two half-price tickets of the theatre's 200 seats. */
    private static int capOfTwo(TestBackend backend, String session) {
        return backend.as("partner").editSession(session, new SessionDraft(null, null, 1)).halfPriceCap();
    }

    private static SessionSummary summary(TestBackend backend, String session) {
        return backend.anonymous().events("Compadecida", null, null).items().get(0).sessions().stream()
                .filter(s -> s.id().equals(session)).findFirst().orElseThrow();
    }

    private static OrderCreated order(BilheteriaClient seller, TestBackend backend, String session, TicketType... types) {
        Hold hold = seller.hold(HoldRequest.bestAvailable(session, Sales.stalls(backend, session).id(), types.length));
        Map<String, TicketType> byId = new java.util.HashMap<>();
        for (int i = 0; i < types.length; i++) {
            byId.put(hold.seatIds().get(i), types[i]);
        }
        return seller.createOrder(new OrderRequest(hold.holdId(), null, List.of(), null, byId));
    }

    private static Order buy(BilheteriaClient seller, TestBackend backend, String session, TicketType... types) {
        OrderCreated created = order(seller, backend, session, types);
        seller.pay(created.orderId(), Cards.APPROVED);
        return seller.order(created.orderId());
    }
}
