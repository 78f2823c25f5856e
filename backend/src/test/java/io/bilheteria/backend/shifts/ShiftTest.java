package io.bilheteria.backend.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.api.products.Product;
import io.bilheteria.api.shifts.BrandTotals;
import io.bilheteria.api.shifts.ProductSales;
import io.bilheteria.api.shifts.Shift;
import io.bilheteria.api.shifts.ShiftReport;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.StoppedClock;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A cashier's shift: opened before selling, closed with the report of what was sold and refunded. */
class ShiftTest {
    private static final Card ELO = new Card("4389350000000002", "BIA LIMA", 12, 2030, "123");

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCashierSellsOnlyWithinAShift(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.as("cashier");
            String session = backend.theatreSession();
            Hold hold = cashier.hold(HoldRequest.bestAvailable(session, Sales.stalls(backend, session).id(), 1));
            OrderCreated order = cashier.createOrder(OrderRequest.of(hold.holdId()));

            assertThatThrownBy(cashier::currentShift).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> cashier.pay(order.orderId(), Cards.APPROVED, "first-try"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.problem().type()).isEqualTo(ProblemTypes.SHIFT_REQUIRED);
                        assertThat(e.problem().detail()).contains("Open a shift first");
                    });
            assertThat(backend.acquirer().authorizationCount()).as("the card was not charged").isZero();

            Shift shift = cashier.openShift();
            assertThat(shift.closedAt()).isNull();
            assertThat(shift.cashier()).isEqualTo("cashier");
            assertThat(cashier.currentShift()).isEqualTo(shift);
            assertThatThrownBy(cashier::openShift).as("one open shift at a time")
                    .isInstanceOf(ConflictException.class);
            assertThat(cashier.pay(order.orderId(), Cards.APPROVED, "first-try").tickets())
                    .as("the same key tries again once the shift is open").hasSize(1);

            ShiftReport closed = cashier.closeShift(shift.shiftId());
            assertThat(closed.shift().closedAt()).isNotNull();
            assertThatThrownBy(cashier::currentShift).isInstanceOf(NotFoundException.class);
            assertThat(cashier.closeShift(shift.shiftId())).as("closing again answers the same report")
                    .isEqualTo(closed);
            assertThat(cashier.openShift().shiftId()).as("the next shift").isNotEqualTo(shift.shiftId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aShiftDoesNotCloseWhileOneOfItsCardsIsBeingCharged(TestDatabase db) {
        // the backend's time stands still: the payment reconciler settles a payment pending 30 s, and one
        // that looked that old (or a loaded machine's pause) would be settled before the shift is closed
        StoppedClock clock = new StoppedClock();
        try (TestBackend backend = TestBackend.start(db, clock)) {
            BilheteriaClient cashier = backend.cashierOnShift();
            String session = backend.theatreSession();
            Hold hold = cashier.hold(HoldRequest.bestAvailable(session, Sales.stalls(backend, session).id(), 1));
            OrderCreated order = cashier.createOrder(OrderRequest.of(hold.holdId()));
            String shiftId = cashier.currentShift().shiftId();
            // as a payment looks between recording it and the acquirer's answer
            backend.server().services().tx().useTransaction(h -> h.execute("INSERT INTO payments (id, order_id, "
                    + "idempotency_key, status, amount_cents, brand, shift_id, created_at, updated_at) "
                    + "VALUES ('charging', ?, 'k', 'PENDING', ?, 'VISA', ?, ?, ?)", order.orderId(), order.totalCents(),
                    shiftId, clock.millis(), clock.millis()));

            assertThatThrownBy(() -> cashier.closeShift(shiftId)).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.problem().type()).isEqualTo(ProblemTypes.PAYMENT_IN_PROGRESS));
            assertThat(cashier.currentShift().shiftId()).isEqualTo(shiftId);

            backend.server().services().tx().useTransaction(h -> h.execute(
                    "UPDATE payments SET status = 'DECLINED' WHERE id = 'charging'"));
            assertThat(cashier.closeShift(shiftId).salesCents()).as("a declined card is no sale").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void closingAShiftReportsItsSalesAndRefundsByCardBrand(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Section stalls = Sales.stalls(backend, session);
            Product popcorn = backend.anonymous().products(backend.theatre().id()).items().get(0);
            BilheteriaClient cashier = backend.as("cashier");
            Shift shift = cashier.openShift();

            Hold family = cashier.hold(HoldRequest.bestAvailable(session, stalls.id(), 2));
            Order byVisa = Sales.paid(cashier, new OrderRequest(family.holdId(), null, List.of(new ProductLine(popcorn.id(), 3)),
                    null, Map.of(family.seatIds().get(0), TicketType.HALF)), Cards.APPROVED);
            Hold single = cashier.hold(HoldRequest.bestAvailable(session, stalls.id(), 1));
            Order byElo = Sales.paid(cashier, OrderRequest.of(single.holdId()), ELO);
            Ticket student = byVisa.tickets().stream().filter(t -> t.ticketType() == TicketType.HALF).findFirst()
                    .orElseThrow();
            cashier.refundTickets(byVisa.orderId(), List.of(student.ticketId()));
            BilheteriaClient kiosk = backend.as("kiosk");
            Sales.paid(kiosk, OrderRequest.of(kiosk.hold(HoldRequest.bestAvailable(session, stalls.id(), 1)).holdId()),
                    Cards.APPROVED);

            ShiftReport report = cashier.closeShift(shift.shiftId());

            Map<String, BrandTotals> byBrand = report.byBrand().stream()
                    .collect(Collectors.toMap(BrandTotals::brand, b -> b));
            assertThat(report.byBrand()).extracting(BrandTotals::brand)
                    .containsExactly("VISA", "MASTERCARD", "ELO", "AMEX", "OTHER");
            assertThat(byBrand.get("VISA")).isEqualTo(new BrandTotals("VISA", 1, byVisa.totalCents(), 1,
                    stalls.priceCents() / 2));
            assertThat(byBrand.get("ELO")).isEqualTo(new BrandTotals("ELO", 1, byElo.totalCents(), 0, 0));
            assertThat(byBrand.get("MASTERCARD")).isEqualTo(new BrandTotals("MASTERCARD", 0, 0, 0, 0));
            assertThat(report.fullTickets()).as("the kiosk's sale is in no shift").isEqualTo(2);
            assertThat(report.halfTickets()).isEqualTo(1);
            assertThat(report.products()).containsExactly(new ProductSales(popcorn.id(), popcorn.name(), 3,
                    3 * popcorn.priceCents()));
            assertThat(report.salesCents()).isEqualTo(byVisa.totalCents() + byElo.totalCents());
            assertThat(byVisa.totalCents()).isEqualTo(stalls.priceCents() / 2 + stalls.priceCents()
                    + 3 * popcorn.priceCents());
            assertThat(report.refundsCents()).isEqualTo(stalls.priceCents() / 2);
            assertThat(report.netCents()).isEqualTo(report.salesCents() - report.refundsCents());

            assertThatThrownBy(() -> cashier.cancelOrder(byElo.orderId())).as("no refund outside a shift either")
                    .isInstanceOf(ConflictException.class);
        }
    }
}
