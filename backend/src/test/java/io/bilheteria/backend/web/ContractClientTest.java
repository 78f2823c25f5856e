package io.bilheteria.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.DemoAccounts;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.contract.client.ApiClient;
import io.bilheteria.contract.client.ApiException;
import io.bilheteria.contract.client.AuthApi;
import io.bilheteria.contract.client.Card;
import io.bilheteria.contract.client.CatalogApi;
import io.bilheteria.contract.client.CheckinApi;
import io.bilheteria.contract.client.CheckinRequest;
import io.bilheteria.contract.client.CheckinResult;
import io.bilheteria.contract.client.EventSummary;
import io.bilheteria.contract.client.Hold;
import io.bilheteria.contract.client.HoldRequest;
import io.bilheteria.contract.client.HoldsApi;
import io.bilheteria.contract.client.LoginRequest;
import io.bilheteria.contract.client.LoginResponse;
import io.bilheteria.contract.client.Order;
import io.bilheteria.contract.client.OrderCreated;
import io.bilheteria.contract.client.OrderRequest;
import io.bilheteria.contract.client.OrdersApi;
import io.bilheteria.contract.client.PaymentRequest;
import io.bilheteria.contract.client.PaymentResult;
import io.bilheteria.contract.client.PaymentsApi;
import io.bilheteria.contract.client.Seat;
import io.bilheteria.contract.client.SeatMap;
import io.bilheteria.contract.client.Section;
import io.bilheteria.contract.client.Shift;
import io.bilheteria.contract.client.ShiftsApi;
import io.bilheteria.contract.client.Ticket;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract as an outside developer meets it: a client generated from {@code openapi.json} at
 * build time (openapi-generator, {@code io.bilheteria.contract.client}) sells seats at the kiosk,
 * the gate admits a ticket, and the box office refunds the order, against a real backend. Only
 * the generated client talks to the backend.
 */
class ContractClientTest {
    private static final int SEATS = 2;

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aGeneratedClientSellsChecksInAndRefunds(TestDatabase db) throws Exception {
        try (TestBackend backend = TestBackend.start(db)) {
            String base = backend.baseUrl();
            CatalogApi catalog = new CatalogApi(client(base, null));
            EventSummary theatre = catalog.searchEvents("Compadecida", null, null).getItems().get(0);
            String session = theatre.getSessions().get(0).getId();
            Section stalls = catalog.getSeatMap(session).getSections().stream()
                    .filter(s -> s.getName().equals("Plateia")).findFirst().orElseThrow();

            // the sale at the kiosk: best available, order, card payment with its Idempotency-Key
            ApiClient kiosk = loggedIn(base, "kiosk");
            Hold hold = new HoldsApi(kiosk).createHold(new HoldRequest().sessionId(session)
                    .sectionId(stalls.getId()).quantity(SEATS).seatIds(null), key(), null);
            assertThat(hold.getSeatIds()).hasSize(SEATS);
            OrderCreated created = new OrdersApi(kiosk).createOrder(new OrderRequest().holdId(hold.getHoldId()), key());
            assertThat(created.getStatus()).isEqualTo(OrderCreated.StatusEnum.PENDING_PAYMENT);
            assertThat(created.getCurrency()).isEqualTo("BRL");

            String paymentKey = key();
            PaymentsApi payments = new PaymentsApi(kiosk);
            PaymentResult paid = payments.payOrder(created.getOrderId(), approvedCard(), paymentKey);
            assertThat(paid.getStatus()).isEqualTo(PaymentResult.StatusEnum.PAID);
            assertThat(paid.getTickets()).extracting(Ticket::getSeatId)
                    .containsExactlyInAnyOrderElementsOf(hold.getSeatIds());
            assertThat(payments.payOrder(created.getOrderId(), approvedCard(), paymentKey).getTickets())
                    .as("the same Idempotency-Key answers the same tickets").extracting(Ticket::getTicketId)
                    .containsExactlyElementsOf(paid.getTickets().stream().map(Ticket::getTicketId).toList());
            Order order = new OrdersApi(kiosk).getOrder(created.getOrderId());
            assertThat(order.getStatus()).isEqualTo(Order.StatusEnum.PAID);
            assertThat(order.getTotalCents()).isEqualTo(created.getTotalCents()).isPositive();

            // the gate admits the first ticket once
            CheckinApi gate = new CheckinApi(loggedIn(base, "gate"));
            Ticket admitted = paid.getTickets().get(0);
            assertThat(scan(gate, admitted, session).getResult()).isEqualTo(CheckinResult.ResultEnum.ACCEPTED);
            assertThat(scan(gate, admitted, session).getResult()).isEqualTo(CheckinResult.ResultEnum.ALREADY_USED);

            // the box office refunds the order within a shift: tickets revoked, seats for sale again
            ApiClient cashier = loggedIn(base, "cashier");
            ShiftsApi shifts = new ShiftsApi(cashier);
            Shift shift = shifts.openShift(key());
            // the whole order: no body at all, which the generated client sends as the JSON body 'null'
            Order refunded = new OrdersApi(cashier).cancelOrder(created.getOrderId(), key(), null);
            assertThat(refunded.getStatus()).isEqualTo(Order.StatusEnum.REFUNDED);
            assertThat(scan(gate, paid.getTickets().get(1), session).getResult())
                    .isEqualTo(CheckinResult.ResultEnum.REVOKED);
            SeatMap after = catalog.getSeatMap(session);
            assertThat(after.getSeats()).filteredOn(seat -> hold.getSeatIds().contains(seat.getId()))
                    .extracting(Seat::getStatus).containsOnly(Seat.StatusEnum.AVAILABLE);
            assertThat(shifts.closeShift(shift.getShiftId(), key())).isNotNull();

            // and the problems it may answer are typed too: a payment of a refunded order is refused
            assertThatThrownBy(() -> payments.payOrder(created.getOrderId(), approvedCard(), key()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        }
    }

    private static CheckinResult scan(CheckinApi gate, Ticket ticket, String session) throws ApiException {
        return gate.checkIn(new CheckinRequest().qr(ticket.getQr()).gateId("contract-gate").sessionIds(List.of(session)));
    }

    private static PaymentRequest approvedCard() {
        var card = Cards.APPROVED;
        return new PaymentRequest().card(new Card().number(card.number()).holder(card.holder())
                .expMonth(card.expMonth()).expYear(card.expYear()).cvv(card.cvv()));
    }

    private static ApiClient loggedIn(String base, String demoUser) throws ApiException {
        LoginResponse login = new AuthApi(client(base, null))
                .login(new LoginRequest().username(demoUser).password(DemoAccounts.password(demoUser)));
        assertThat(login.getToken()).isNotBlank();
        return client(base, login.getToken());
    }

    /** The generated client, with the bearer token (if any) on every request. */
    private static ApiClient client(String base, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
