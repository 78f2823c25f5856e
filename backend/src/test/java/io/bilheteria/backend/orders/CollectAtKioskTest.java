package io.bilheteria.backend.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.demo.DemoData;
import io.bilheteria.backend.demo.DemoOrders;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.ConflictException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** "Retirar ingressos": tickets bought online printed at a kiosk, with the order code and an e-mail or CPF. */
class CollectAtKioskTest {
    private static final String ANA_CPF = "529.982.247-25";

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anOnlineOrderPrintsAsItIsAndAgainOnlyUnderNewCodes(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            Order online = boughtOnline(backend, 2);
            BilheteriaClient kiosk = backend.as("kiosk");

            Order first = kiosk.collect(online.code().toLowerCase(), "Ana@Example.com", null);
            assertThat(first.tickets()).extracting(Ticket::qr).as("the codes bought online, still good")
                    .containsExactlyInAnyOrderElementsOf(online.tickets().stream().map(Ticket::qr).toList());
            assertThat(first.tickets()).extracting(Ticket::reprintCount).containsOnly(0);

            Order again = kiosk.collect(online.code(), null, ANA_CPF);
            assertThat(again.tickets()).extracting(Ticket::reprintCount).as("REIMPRESSÃO #1").containsOnly(1);
            assertThat(again.tickets()).extracting(Ticket::qr).doesNotContainAnyElementsOf(
                    first.tickets().stream().map(Ticket::qr).toList());
            BilheteriaClient gate = backend.as("gate");
            String session = online.sessionId();
            assertThat(gate.checkin(first.tickets().get(0).qr(), "gate-1", List.of(session)).result())
                    .as("the paper printed first").isEqualTo(CheckinResultType.REVOKED);
            assertThat(gate.checkin(again.tickets().get(0).qr(), "gate-1", List.of(session)).result())
                    .isEqualTo(CheckinResultType.ACCEPTED);
        }
    }

    @Test
    void aWrongCodeAndAWrongSecondFactorGetTheSameAnswer() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            Order online = boughtOnline(backend, 1);
            BilheteriaClient kiosk = backend.as("kiosk");

            var wrongAddress = catchApi(() -> kiosk.collect(online.code(), "bia@example.com", null));
            var wrongCode = catchApi(() -> kiosk.collect("ZZZZZZ", "ana@example.com", null));
            var wrongCpf = catchApi(() -> kiosk.collect(online.code(), null, "111.444.777-35"));
            assertThat(List.of(wrongAddress, wrongCode, wrongCpf)).allSatisfy(e -> {
                assertThat(e).isInstanceOf(NotFoundException.class);
                assertThat(e.problem().detail()).isEqualTo("No paid order with this code for this e-mail or CPF");
            });
            assertThatThrownBy(() -> kiosk.collect(online.code(), null, null)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> kiosk.collect(online.code(), "ana@example.com", ANA_CPF))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> backend.as("customer").collect(online.code(), "ana@example.com", null))
                    .as("only kiosks collect").isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).status()).isEqualTo(403);
        }
    }

    @Test
    void anOrderPrintedWhenItWasSoldIsPrintedAgainUnderNewCodesAndARefundedOneNotAtAll() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            BilheteriaClient cashier = backend.cashierOnShift();
            String session = backend.theatreSession();
            Hold hold = cashier.hold(HoldRequest.bestAvailable(session, Sales.stalls(backend, session).id(), 1));
            Order sold = Sales.paid(cashier, new OrderRequest(hold.holdId(), null, List.of(), "caio@example.com"),
                    Cards.APPROVED);
            BilheteriaClient kiosk = backend.as("kiosk");

            assertThat(kiosk.collect(sold.code(), "caio@example.com", null).tickets())
                    .extracting(Ticket::reprintCount).containsOnly(1);

            cashier.cancelOrder(sold.orderId());
            assertThatThrownBy(() -> kiosk.collect(sold.code(), "caio@example.com", null))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problem().detail())
                            .contains("refunded"));
        }
    }

    @Test
    void theDemoHasAnasOnlineOrdersToCollect() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2(), config -> config.withDemo(DemoData.Size.FULL))) {
            BilheteriaClient kiosk = backend.as("kiosk");
            Order two = kiosk.collect(DemoOrders.CODES.get(0), "ana@example.com", null);
            Order one = kiosk.collect(DemoOrders.CODES.get(1), null, ANA_CPF);

            assertThat(two.tickets()).hasSize(2);
            assertThat(one.tickets()).hasSize(1);
            assertThat(one.items()).extracting(i -> i.description()).contains("Pipoca");
            assertThat(two.channel()).isEqualTo("ONLINE");
        }
    }

    private static ApiException catchApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no problem answered");
    }

    private static Order boughtOnline(TestBackend backend, int seats) {
        BilheteriaClient ana = backend.as("customer");
        String session = backend.theatreSession();
        Hold hold = ana.hold(HoldRequest.bestAvailable(session, Sales.stalls(backend, session).id(), seats));
        return Sales.paid(ana, OrderRequest.of(hold.holdId()), Cards.APPROVED);
    }
}
