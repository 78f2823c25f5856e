package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.PaymentDeclinedException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A kiosk customer buys two seats and a snack, and gets in at the gate once. */
class SaleFlowTest {


    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void kioskSellsBestAvailableSeatsAndTheGateAdmitsEachTicketOnce(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient kiosk = backend.as("kiosk");
            String session = backend.theatreSession();
            var map = kiosk.seatMap(session);
            var stalls = map.sections().stream().filter(s -> s.name().equals("Plateia")).findFirst().orElseThrow();
            var popcorn = kiosk.products(backend.theatre().id()).items().stream()
                    .filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow();

            Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls.id(), 2));
            Map<String, Seat> seats = kiosk.seatMap(session).seats().stream()
                    .collect(Collectors.toMap(Seat::id, s -> s));
            assertThat(hold.seatIds()).hasSize(2);
            assertThat(hold.seatIds()).allSatisfy(id -> assertThat(seats.get(id).status()).isEqualTo(SeatStatus.HELD));
            Seat first = seats.get(hold.seatIds().get(0));
            Seat second = seats.get(hold.seatIds().get(1));
            assertThat(first.row()).as("side by side, same row").isEqualTo(second.row());
            assertThat(Math.abs(first.number() - second.number())).isEqualTo(1);
            assertThat(first.row()).as("best row of the stalls").isEqualTo("C");

            OrderCreated order = kiosk.createOrder(new OrderRequest(hold.holdId(), null,
                    List.of(new ProductLine(popcorn.id(), 2)), "guest@example.com"));
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(order.totalCents()).isEqualTo(2 * stalls.priceCents() + 2 * popcorn.priceCents());
            assertThat(order.code()).hasSize(6);

            assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.DECLINED))
                    .isInstanceOf(PaymentDeclinedException.class);
            assertThat(kiosk.seatMap(session).seats().stream().filter(s -> hold.seatIds().contains(s.id())))
                    .as("a declined card keeps the seats for another try")
                    .allSatisfy(s -> assertThat(s.status()).isEqualTo(SeatStatus.HELD));

            PaymentResult paid = kiosk.pay(order.orderId(), Cards.APPROVED);
            assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
            assertThat(paid.tickets()).extracting(t -> t.seatId()).containsExactlyInAnyOrderElementsOf(hold.seatIds());
            assertThat(kiosk.seatMap(session).seats().stream().filter(s -> hold.seatIds().contains(s.id())))
                    .allSatisfy(s -> assertThat(s.status()).isEqualTo(SeatStatus.SOLD));
            assertThat(kiosk.products(backend.theatre().id()).items().stream()
                    .filter(p -> p.id().equals(popcorn.id())).findFirst().orElseThrow().stock())
                    .isEqualTo(popcorn.stock() - 2);

            Order stored = backend.as("cashier").orderByCode(order.code());
            assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
            assertThat(stored.payment().last4()).isEqualTo("1111");
            assertThat(stored.payment().brand()).isEqualTo("VISA");
            assertThat(stored.platformFeeCents() + stored.partnerNetCents()).isEqualTo(stored.totalCents());
            assertThat(stored.platformFeeCents()).isEqualTo(Math.round(stored.totalCents() * 0.10));
            assertThat(stored.email()).isEqualTo("guest@example.com");

            BilheteriaClient gate = backend.as("gate");
            String qr = paid.tickets().get(0).qr();
            assertThat(qr).matches("[\\x21-\\x7e]+").hasSizeLessThan(200);
            var firstScan = gate.checkin(qr, "north-1", List.of(session));
            assertThat(firstScan.result()).isEqualTo(CheckinResultType.ACCEPTED);
            var secondScan = gate.checkin(qr, "south-2", List.of(session));
            assertThat(secondScan.result()).isEqualTo(CheckinResultType.ALREADY_USED);
            assertThat(secondScan.firstGateId()).isEqualTo("north-1");
            assertThat(secondScan.firstScanAt()).isEqualTo(firstScan.firstScanAt());
        }
    }
}
