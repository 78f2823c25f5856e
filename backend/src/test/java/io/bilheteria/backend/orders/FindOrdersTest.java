package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.OrderSummary;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ForbiddenException;
import io.bilheteria.client.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A customer at the box office without their order code: the cashier finds it by e-mail or CPF. */
class FindOrdersTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void theCashierFindsACustomersOrdersByEmailOrCpfNewestFirst(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Section stalls = Sales.stalls(backend, session);
            BilheteriaClient ana = backend.as("customer");
            Order older = PostSaleTest.paidOrder(ana, session, stalls, 1, Map.of(), List.of());
            Order newer = PostSaleTest.paidOrder(ana, session, stalls, 2, Map.of(), List.of());
            BilheteriaClient kiosk = backend.as("kiosk");
            Hold guestHold = kiosk.hold(HoldRequest.bestAvailable(session, stalls.id(), 1));
            Order guest = PostSaleTest.pay(kiosk, new OrderRequest(guestHold.holdId(), null, List.of(),
                    "Bia@Example.com"));
            kiosk.createOrder(OrderRequest.of(kiosk.hold(HoldRequest.bestAvailable(session, stalls.id(), 1)).holdId()));
            BilheteriaClient cashier = backend.as("cashier");

            List<OrderSummary> byCpf = cashier.ordersByCpf("529.982.247-25").items();
            assertThat(byCpf).extracting(OrderSummary::orderId).containsExactly(newer.orderId(), older.orderId());
            OrderSummary first = byCpf.get(0);
            assertThat(first.code()).isEqualTo(newer.code());
            assertThat(first.status()).isEqualTo(OrderStatus.PAID);
            assertThat(first.totalCents()).isEqualTo(2 * stalls.priceCents());
            assertThat(first.ticketCount()).isEqualTo(2);
            assertThat(first.eventTitle()).isEqualTo(backend.theatre().title());
            assertThat(first.sessionStartsAt()).isEqualTo(backend.theatre().sessions().get(0).startsAt());
            assertThat(first.customerName()).isEqualTo("Ana Souza");
            assertThat(first.email()).isEqualTo("ana@example.com");
            assertThat(cashier.ordersByEmail("ANA@example.com").items()).extracting(OrderSummary::orderId)
                    .containsExactly(newer.orderId(), older.orderId());

            assertThat(cashier.ordersByEmail("bia@example.com").items()).as("a guest's receipt address")
                    .extracting(OrderSummary::orderId).containsExactly(guest.orderId());
            assertThat(cashier.ordersByEmail("nobody@example.com").items()).isEmpty();
            assertThat(cashier.orderByCode(guest.code()).orderId()).as("the code still answers one order")
                    .isEqualTo(guest.orderId());
            assertThat(backend.as("admin").ordersByCpf("52998224725").items()).hasSize(2);
            assertThatThrownBy(() -> cashier.ordersByCpf("123.456.789-00")).isInstanceOf(InvalidRequestException.class);
            assertThat(cashier.raw("GET", "/orders?email=ana@example.com&cpf=52998224725", null, Map.of()).status())
                    .as("one search at a time").isEqualTo(400);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aPartnerFindsOnlyTheOrdersOfItsOwnEventsAndKiosksAndCustomersDoNotSearch(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Section stalls = Sales.stalls(backend, session);
            BilheteriaClient ana = backend.as("customer");
            Order ours = PostSaleTest.paidOrder(ana, session, stalls, 1, Map.of(), List.of());
            Order theirs = PostSaleTest.paidOrder(ana, session, stalls, 1, Map.of(), List.of());
            backend.server().services().tx().useTransaction(h -> {
                h.execute("INSERT INTO partners (id, name, created_at) VALUES ('other-partner', 'Outra Produtora', 0)");
                h.execute("UPDATE orders SET partner_id = 'other-partner' WHERE id = ?", theirs.orderId());
            });
            BilheteriaClient partner = backend.as("partner");

            assertThat(partner.ordersByCpf("52998224725").items()).extracting(OrderSummary::orderId)
                    .containsExactly(ours.orderId());
            assertThat(partner.ordersByEmail("ana@example.com").items()).extracting(OrderSummary::orderId)
                    .containsExactly(ours.orderId());
            assertThat(backend.as("cashier").ordersByEmail("ana@example.com").items()).hasSize(2);
            for (String seller : List.of("kiosk", "customer")) {
                assertThatThrownBy(() -> backend.as(seller).ordersByEmail("ana@example.com")).as(seller)
                        .isInstanceOf(ForbiddenException.class);
                assertThatThrownBy(() -> backend.as(seller).ordersByCpf("52998224725")).as(seller)
                        .isInstanceOf(ForbiddenException.class);
            }
        }
    }
}
