package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.TicketStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.api.products.Product;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The box office after the sale: half-price tickets, reprints and refunds of some tickets. */
class PostSaleTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aCashierSellsHalfPriceTicketsAndTheGateKnowsWhichToCheck(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.cashierOnShift();
            String session = backend.theatreSession();
            String stallsId = Sales.stalls(backend, session).id();
            backend.server().services().tx().useTransaction(h -> h.execute(
                    "UPDATE sections SET price_cents = 8001 WHERE id = ?", stallsId));
            Section stalls = Sales.stalls(backend, session);
            Hold hold = cashier.hold(HoldRequest.bestAvailable(session, stalls.id(), 3));
            String student = hold.seatIds().get(0);
            String adult = hold.seatIds().get(1);

            OrderCreated created = cashier.createOrder(new OrderRequest(hold.holdId(), null, List.of(), null,
                    Map.of(student, TicketType.HALF, adult, TicketType.FULL)));
            long half = 4000;
            assertThat(stalls.priceCents()).as("an odd price: half of it is rounded down").isEqualTo(8001);
            assertThat(created.totalCents()).as("one half-price and two full (one left out of the map)")
                    .isEqualTo(half + 2 * stalls.priceCents());
            cashier.pay(created.orderId(), Cards.APPROVED);

            Order order = cashier.order(created.orderId());
            Map<String, Ticket> bySeat = order.tickets().stream().collect(Collectors.toMap(Ticket::seatId, t -> t));
            assertThat(bySeat.get(student).ticketType()).isEqualTo(TicketType.HALF);
            assertThat(bySeat.get(student).priceCents()).isEqualTo(half);
            assertThat(bySeat.get(adult).ticketType()).isEqualTo(TicketType.FULL);
            assertThat(bySeat.get(adult).priceCents()).isEqualTo(stalls.priceCents());
            assertThat(bySeat.get(hold.seatIds().get(2)).ticketType()).isEqualTo(TicketType.FULL);
            assertThat(order.items()).filteredOn(i -> i.refId().equals(student)).singleElement()
                    .satisfies(i -> assertThat(i.unitPriceCents()).isEqualTo(half));

            Map<String, GateTicket> atTheGate = backend.as("gate").sessionTickets(session, null).tickets().stream()
                    .collect(Collectors.toMap(GateTicket::seatId, t -> t));
            assertThat(atTheGate.get(student).ticketType()).isEqualTo(TicketType.HALF);
            assertThat(atTheGate.get(adult).ticketType()).isEqualTo(TicketType.FULL);
            var scanned = backend.as("gate").checkin(bySeat.get(student).qr(), "north-1", List.of(session));
            assertThat(scanned.result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(scanned.ticketType()).as("an online gate is told to ask for the document")
                    .isEqualTo(TicketType.HALF);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void kiosksAndCustomersSellHalfPriceTooForTheGateChecksTheDocument(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Section stalls = Sales.stalls(backend, session);
            for (String seller : List.of("kiosk", "customer")) {
                BilheteriaClient client = backend.as(seller);
                Hold hold = client.hold(HoldRequest.bestAvailable(session, stalls.id(), 1));
                OrderRequest halfPrice = new OrderRequest(hold.holdId(), null, List.of(), null,
                        Map.of(hold.seatIds().get(0), TicketType.HALF));

                assertThat(client.createOrder(halfPrice).totalCents()).as("%s sells half price", seller)
                        .isEqualTo(stalls.priceCents() / 2);
            }
            BilheteriaClient cashier = backend.cashierOnShift();
            Hold hold = cashier.hold(HoldRequest.bestAvailable(session, stalls.id(), 1));
            assertThatThrownBy(() -> cashier.createOrder(new OrderRequest(hold.holdId(), null, List.of(), null,
                    Map.of("999999", TicketType.HALF)))).as("a seat that is not in the hold")
                    .isInstanceOf(InvalidRequestException.class);
            var unknownType = cashier.raw("POST", "/orders", "{\"holdId\":\"" + hold.holdId()
                    + "\",\"ticketTypes\":{\"" + hold.seatIds().get(0) + "\":\"QUARTER\"}}", Map.of());
            assertThat(unknownType.status()).isEqualTo(400);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aReprintedTicketEntersWithItsNewCodeAndTheOldPrintoutIsRefused(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.cashierOnShift();
            String session = backend.theatreSession();
            Order order = paidOrder(cashier, session, Sales.stalls(backend, session), 2, Map.of(), List.of());
            Ticket lost = order.tickets().get(0);
            Ticket other = order.tickets().get(1);
            BilheteriaClient gate = backend.as("gate");
            String cursor = gate.sessionTickets(session, null).cursor();

            String key = UUID.randomUUID().toString();
            Ticket reprinted = cashier.reprintTicket(order.orderId(), lost.ticketId(), key);
            assertThat(cashier.reprintTicket(order.orderId(), lost.ticketId(), key))
                    .as("the same Idempotency-Key answers the same reprint").isEqualTo(reprinted);

            assertThat(reprinted.ticketId()).isEqualTo(lost.ticketId());
            assertThat(reprinted.reprintCount()).isEqualTo(1);
            assertThat(reprinted.qr()).isNotEqualTo(lost.qr());
            assertThat(cashier.order(order.orderId()).tickets()).filteredOn(t -> t.ticketId().equals(lost.ticketId()))
                    .singleElement().isEqualTo(reprinted);
            assertThat(gate.sessionTickets(session, cursor).tickets())
                    .as("the gates' next download carries the new version")
                    .filteredOn(t -> t.ticketId().equals(lost.ticketId())).singleElement()
                    .satisfies(t -> assertThat(t.version()).isEqualTo(2));

            assertThat(gate.checkin(lost.qr(), "north-1", List.of(session)).result()).isEqualTo(CheckinResultType.REVOKED);
            var offline = gate.checkinBatch(new CheckinBatch("south-2", List.of(session), List.of(
                    new OfflineScan(UUID.randomUUID().toString(), lost.qr(), Instant.now()))));
            assertThat(offline.results().get(0).result()).isEqualTo(CheckinResultType.REVOKED);
            assertThat(gate.checkin(reprinted.qr(), "north-1", List.of(session)).result()).isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(gate.checkin(other.qr(), "north-1", List.of(session)).result()).as("the other ticket is untouched")
                    .isEqualTo(CheckinResultType.ACCEPTED);

            Ticket again = cashier.reprintTicket(order.orderId(), lost.ticketId(), UUID.randomUUID().toString());
            assertThat(again.reprintCount()).isEqualTo(2);
            assertThat(gate.checkin(reprinted.qr(), "north-1", List.of(session)).result()).as("the first reprint is now old too")
                    .isEqualTo(CheckinResultType.REVOKED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartialRefundFreesExactlyThoseSeatsAndGivesBackExactlyTheirPrices(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.cashierOnShift();
            String session = backend.theatreSession();
            Section stalls = Sales.stalls(backend, session);
            Product popcorn = backend.anonymous().products(backend.theatre().id()).items().get(0);
            Hold hold = cashier.hold(HoldRequest.bestAvailable(session, stalls.id(), 3));
            Order order = pay(cashier, new OrderRequest(hold.holdId(), null, List.of(new ProductLine(popcorn.id(), 1)),
                    null, Map.of(hold.seatIds().get(0), TicketType.HALF)));
            Map<String, Ticket> bySeat = order.tickets().stream().collect(Collectors.toMap(Ticket::seatId, t -> t));
            Ticket half = bySeat.get(hold.seatIds().get(0));
            Ticket full = bySeat.get(hold.seatIds().get(1));
            Ticket kept = bySeat.get(hold.seatIds().get(2));
            long refundsBefore = backend.acquirer().refundCount();
            String cancel = "/orders/" + order.orderId() + "/cancel";
            for (String bad : List.of("{\"ticketIds\":[]}", "{\"ticketIds\":\"" + half.ticketId() + "\"}",
                    "{\"ticketIds\":[\"" + half.ticketId() + "\",\"" + half.ticketId() + "\"]}",
                    "{\"ticketIds\":[\"" + half.ticketId() + "\"],\"reason\":\"x\"}")) {
                assertThat(cashier.raw("POST", cancel, bad, Map.of()).status()).as(bad).isEqualTo(400);
            }
            assertThat(cashier.raw("POST", cancel, "{\"ticketIds\":[\"not-a-ticket\"]}", Map.of()).status())
                    .isEqualTo(404);
            assertThat(backend.acquirer().refundCount()).as("nothing refunded by bad requests").isEqualTo(refundsBefore);

            Order partly = cashier.refundTickets(order.orderId(), List.of(half.ticketId(), full.ticketId()));

            assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            assertThat(partly.refundedCents()).isEqualTo(stalls.priceCents() / 2 + stalls.priceCents());
            assertThat(partly.totalCents()).isEqualTo(order.totalCents());
            assertThat(backend.acquirer().refundCount()).isEqualTo(refundsBefore + 1);
            Map<String, Seat> seats = backend.seatMap(session).seats().stream()
                    .collect(Collectors.toMap(Seat::id, Function.identity()));
            assertThat(seats.get(half.seatId()).status()).isEqualTo(SeatStatus.AVAILABLE);
            assertThat(seats.get(full.seatId()).status()).isEqualTo(SeatStatus.AVAILABLE);
            assertThat(seats.get(kept.seatId()).status()).isEqualTo(SeatStatus.SOLD);
            Map<String, String> status = partly.tickets().stream()
                    .collect(Collectors.toMap(Ticket::ticketId, Ticket::status));
            assertThat(status).containsEntry(half.ticketId(), "REVOKED").containsEntry(full.ticketId(), "REVOKED")
                    .containsEntry(kept.ticketId(), "VALID");
            assertThat(backend.as("gate").sessionTickets(session, null).tickets())
                    .filteredOn(t -> t.ticketId().equals(full.ticketId())).singleElement()
                    .satisfies(t -> assertThat(t.status()).isEqualTo(TicketStatus.REVOKED));
            assertThatThrownBy(() -> cashier.refundTickets(order.orderId(), List.of(full.ticketId())))
                    .as("a ticket is refunded once").isInstanceOf(ConflictException.class);
            assertThat(backend.as("gate").checkin(kept.qr(), "north-1", List.of(session)).result()).isEqualTo(CheckinResultType.ACCEPTED);

            Order rest = cashier.cancelOrder(order.orderId());
            assertThat(rest.status()).as("the whole cancel refunds what is left, products included")
                    .isEqualTo(OrderStatus.REFUNDED);
            assertThat(rest.refundedCents()).isEqualTo(order.totalCents());
            assertThat(backend.seatMap(session).seats().stream().filter(s -> s.id().equals(kept.seatId())))
                    .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(SeatStatus.AVAILABLE));
            assertThat(backend.anonymous().products(backend.theatre().id()).items().get(0).stock())
                    .isEqualTo(popcorn.stock());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void nothingIsRefundedOnceTheSessionHasStarted(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.cashierOnShift();
            String session = backend.theatreSession();
            Order order = paidOrder(cashier, session, Sales.stalls(backend, session), 2, Map.of(), List.of());
            backend.server().services().tx().useTransaction(h -> h.createUpdate(
                    "UPDATE sessions SET starts_at = :t WHERE id = :s")
                    .bind("t", System.currentTimeMillis() - 60_000).bind("s", session).execute());

            for (var refund : List.<Runnable>of(
                    () -> cashier.refundTickets(order.orderId(), List.of(order.tickets().get(0).ticketId())),
                    () -> cashier.cancelOrder(order.orderId()))) {
                assertThatThrownBy(refund::run).isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.problem().type()).isEqualTo(ProblemTypes.CONFLICT);
                    assertThat(e.problem().detail()).contains("already started");
                });
            }
            assertThat(cashier.order(order.orderId()).status()).isEqualTo(OrderStatus.PAID);
            assertThat(backend.seatMap(session).seats().stream().filter(s -> s.status() == SeatStatus.SOLD))
                    .hasSize(2);
        }
    }

    static Order paidOrder(BilheteriaClient seller, String session, Section section, int seats,
                           Map<String, TicketType> types, List<ProductLine> products) {
        Hold hold = seller.hold(HoldRequest.bestAvailable(session, section.id(), seats));
        return pay(seller, new OrderRequest(hold.holdId(), null, products, null, types));
    }

    static Order pay(BilheteriaClient seller, OrderRequest request) {
        return Sales.paid(seller, request, Cards.APPROVED);
    }
}
