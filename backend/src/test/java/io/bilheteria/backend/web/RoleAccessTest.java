package io.bilheteria.backend.web;

import static io.bilheteria.backend.testing.JsonText.json;
import static io.bilheteria.backend.testing.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentRequest;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.partners.SeatEdit;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.api.queue.QueuePosition;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.client.RawResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what. Each endpoint is called by an anonymous visitor and by each of the
 * six demo roles, with real ids: an allowed caller gets a real answer, a visitor without
 * a token is told to log in (401), and a logged-in caller of the wrong role is turned
 * away (403) before anything happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessTest {

    private static final String TABLE = """
            endpoint                    | anonymous | admin | partner | cashier | gate | kiosk | customer
            POST /auth/login            | ok        | ok    | ok      | ok      | ok   | ok    | ok
            POST /customers             | ok        | ok    | ok      | ok      | ok   | ok    | ok
            GET /customers?email=       | --        | ok    | --      | ok      | --   | --    | --
            GET /events                 | ok        | ok    | ok      | ok      | ok   | ok    | ok
            GET /events/{id}            | ok        | ok    | ok      | ok      | ok   | ok    | ok
            GET /events/{id}/products   | ok        | ok    | ok      | ok      | ok   | ok    | ok
            GET /sessions/{id}/seatmap  | ok        | ok    | ok      | ok      | ok   | ok    | ok
            POST /holds                 | --        | --    | --      | ok      | --   | ok    | ok
            GET /holds/{id}             | --        | ok    | --      | ok      | --   | ok    | ok
            POST /holds/{id}/extend     | --        | --    | --      | ok      | --   | ok    | ok
            DELETE /holds/{id}          | --        | ok    | --      | ok      | --   | ok    | ok
            POST /orders                | --        | --    | --      | ok      | --   | ok    | ok
            POST /orders/{id}/payment   | --        | --    | --      | ok      | --   | ok    | ok
            GET /orders/{id}            | --        | ok    | ok      | ok      | --   | ok    | ok
            GET /orders?code=           | --        | ok    | ok      | ok      | --   | ok    | ok
            GET /orders?email=          | --        | ok    | ok      | ok      | --   | --    | --
            GET /orders?cpf=            | --        | ok    | ok      | ok      | --   | --    | --
            POST /orders/{id}/cancel    | --        | ok    | ok      | ok      | --   | --    | --
            POST /orders/{id}/tickets/{ticketId}/reprint | -- | ok | -- | ok  | --   | --    | --
            POST /shifts                | --        | --    | --      | ok      | --   | --    | --
            GET /shifts/current         | --        | --    | --      | ok      | --   | --    | --
            POST /shifts/{id}/close     | --        | --    | --      | ok      | --   | --    | --
            POST /sessions/{id}/queue   | --        | --    | --      | --      | --   | --    | ok
            GET /queue/{id}             | --        | --    | --      | --      | --   | --    | ok
            GET /checkin/public-key     | ok        | ok    | ok      | ok      | ok   | ok    | ok
            POST /checkins              | --        | --    | --      | --      | ok   | --    | --
            POST /checkins/batch        | --        | --    | --      | --      | ok   | --    | --
            GET /sessions/{id}/tickets  | --        | ok    | ok      | --      | ok   | --    | --
            GET /partner/events                        | --        | ok    | ok      | --      | --   | --    | --
            POST /partner/events                       | --        | ok    | ok      | --      | --   | --    | --
            PATCH /partner/events/{id}                 | --        | ok    | ok      | --      | --   | --    | --
            GET /partner/events/{id}/sections          | --        | ok    | ok      | --      | --   | --    | --
            POST /partner/events/{id}/sections         | --        | ok    | ok      | --      | --   | --    | --
            PATCH /partner/sections/{id}               | --        | ok    | ok      | --      | --   | --    | --
            POST /partner/events/{id}/sessions         | --        | ok    | ok      | --      | --   | --    | --
            PATCH /partner/sessions/{id}               | --        | ok    | ok      | --      | --   | --    | --
            DELETE /partner/sessions/{id}              | --        | ok    | ok      | --      | --   | --    | --
            GET /partner/sections/{id}/layout          | --        | ok    | ok      | --      | --   | --    | --
            POST /partner/sections/{id}/layout/preview | --        | ok    | ok      | --      | --   | --    | --
            PUT /partner/sections/{id}/layout          | --        | ok    | ok      | --      | --   | --    | --
            PATCH /partner/seats/{id}                  | --        | ok    | ok      | --      | --   | --    | --
            DELETE /partner/seats/{id}                 | --        | ok    | ok      | --      | --   | --    | --
            POST /partner/events/{id}/products         | --        | ok    | ok      | --      | --   | --    | --
            PATCH /partner/products/{id}               | --        | ok    | ok      | --      | --   | --    | --
            GET /partner/events/{id}/report            | --        | ok    | ok      | --      | --   | --    | --
            GET /partner/sessions/{id}/report          | --        | ok    | ok      | --      | --   | --    | --
            GET /admin/partners                        | --        | ok    | --      | --      | --   | --    | --
            POST /admin/partners                       | --        | ok    | --      | --      | --   | --    | --
            PATCH /admin/partners/{id}                 | --        | ok    | --      | --      | --   | --    | --
            GET /admin/accounts                        | --        | ok    | --      | --      | --   | --    | --
            POST /admin/accounts                       | --        | ok    | --      | --      | --   | --    | --
            PATCH /admin/accounts/{id}                 | --        | ok    | --      | --      | --   | --    | --
            GET /admin/report                          | --        | ok    | --      | --      | --   | --    | --
            """;

    private static final List<String> SELLERS = List.of("kiosk", "cashier", "customer");

    private TestBackend backend;
    private final Map<String, BilheteriaClient> callers = new LinkedHashMap<>();
    private String eventId;
    private String sessionId;
    private String sectionId;
    private final Map<String, Hold> heldBy = new LinkedHashMap<>();
    private OrderCreated kioskPending;
    private Order kioskPaid;
    private Order customerPaid;
    private String queuedSession;
    private QueuePosition customerInQueue;
    private String demoPartnerId;
    private String spareSection;
    private String spareSession;
    private String spareProduct;
    private String sparePartner;
    private String spareAccount;
    private static final Instant NEXT_MONTH = Instant.now().plus(Duration.ofDays(30));

    @BeforeAll
    void startBackendAndSellSomeSeats() {
        backend = TestBackend.start(TestDatabase.h2());
        callers.put("anonymous", backend.anonymous());
        for (String role : List.of("admin", "partner", "cashier", "gate", "kiosk", "customer")) {
            callers.put(role, backend.as(role));
        }
        callers.get("cashier").openShift();
        eventId = backend.theatre().id();
        sessionId = backend.theatreSession();
        sectionId = backend.seatMap(sessionId).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow().id();
        for (String seller : SELLERS) {
            heldBy.put(seller, freshHold(seller));
        }
        kioskPending = callers.get("kiosk").createOrder(OrderRequest.of(freshHold("kiosk").holdId()));
        kioskPaid = freshPaidOrder("kiosk");
        customerPaid = freshPaidOrder("customer");
        queuedSession = backend.stadium().sessions().get(0).id();
        customerInQueue = callers.get("customer").joinQueue(queuedSession);
        BilheteriaClient partner = callers.get("partner");
        demoPartnerId = backend.theatre().partnerId();
        spareSection = partner.createSection(eventId, new SectionDraft("Camarote", "#6D4C41", 15000L, null)).id();
        spareSession = partner.createSession(eventId, new SessionDraft(NEXT_MONTH, null)).id();
        spareProduct = partner.createProduct(eventId, new ProductDraft("Água", 500L, 100)).id();
        BilheteriaClient admin = callers.get("admin");
        sparePartner = admin.createPartner(new PartnerDraft("Parceira de teste", null, null)).id();
        spareAccount = admin.createStaffAccount(new AccountDraft("caixa-teste", "senha-longa", Role.CASHIER,
                sparePartner)).id();
    }

    @AfterAll
    void stopBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    Stream<Arguments> accessTable() {
        List<String[]> lines = TABLE.lines().map(l -> Arrays.stream(l.split("\\|")).map(String::trim)
                .toArray(String[]::new)).toList();
        String[] callersHeader = lines.get(0);
        return lines.stream().skip(1).flatMap(row -> {
            assertThat(row).as("a full table row: %s", String.join("|", row)).hasSameSizeAs(callersHeader);
            return java.util.stream.IntStream.range(1, row.length)
                    .mapToObj(i -> Arguments.of(row[0], callersHeader[i], row[i].equals("ok")));
        });
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("accessTable")
    void eachEndpointAdmitsExactlyTheRolesThatNeedIt(String endpoint, String caller, boolean allowed) {
        Call call = callFor(endpoint, caller, allowed);

        RawResponse answer = callers.get(caller).raw(call.method(), call.path(), call.body(), call.headers());

        if (allowed) {
            assertThat(answer.status()).as("%s as %s got past the role check: %s", endpoint, caller, answer.body())
                    .isNotIn(401, 403);
            assertThat(answer.status()).as("%s as %s, with real ids, succeeds: %s", endpoint, caller, answer.body())
                    .isBetween(200, 299);
        } else {
            boolean anonymous = caller.equals("anonymous");
            assertThat(answer.status()).as("%s as %s is refused: %s", endpoint, caller, answer.body())
                    .isEqualTo(anonymous ? 401 : 403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(json(answer.body()).path("type").asText())
                    .isEqualTo(anonymous ? ProblemTypes.UNAUTHORIZED : ProblemTypes.FORBIDDEN);
        }
    }

    @Test
    void theTableCoversEveryCallerAndNoEndpointTwice() {
        List<String> endpoints = TABLE.lines().skip(1).map(l -> l.split("\\|")[0].trim()).toList();
        assertThat(endpoints).doesNotHaveDuplicates().hasSize(53);
        assertThat(TABLE.lines().findFirst().orElseThrow().split("\\|")).hasSize(8);
    }

    @Test
    void aPartnerReadsTheOrdersOfItsOwnEvents() {
        BilheteriaClient partner = callers.get("partner");

        Order byId = partner.order(kioskPaid.orderId());
        Order byCode = partner.orderByCode(kioskPaid.code());

        assertThat(byId.status()).isEqualTo(OrderStatus.PAID);
        assertThat(byId.tickets()).hasSize(1);
        assertThat(byCode.orderId()).isEqualTo(kioskPaid.orderId());
    }

    @Test
    void aCustomerCannotReadAnOrderPlacedAtTheKiosk() {
        BilheteriaClient customer = callers.get("customer");

        assertThatThrownBy(() -> customer.order(kioskPaid.orderId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customer.orderByCode(kioskPaid.code())).isInstanceOf(NotFoundException.class);
        assertThat(customer.order(customerPaid.orderId()).status()).as("but reads their own")
                .isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aKioskCannotSeeNorReleaseSomeoneElsesHold() {
        BilheteriaClient customer = callers.get("customer");
        BilheteriaClient kiosk = callers.get("kiosk");
        Hold hold = freshHold("customer");

        assertThatThrownBy(() -> kiosk.getHold(hold.holdId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kiosk.extendHold(hold.holdId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kiosk.releaseHold(hold.holdId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kiosk.createOrder(OrderRequest.of(hold.holdId())))
                .isInstanceOf(NotFoundException.class);

        assertThat(customer.getHold(hold.holdId()).seatIds()).as("the customer's seats are still theirs")
                .containsExactlyElementsOf(hold.seatIds());
        assertThat(backend.seatMap(sessionId).seats().stream().filter(s -> hold.seatIds().contains(s.id())))
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SeatStatus.HELD));
    }

    @Test
    void aKioskCannotPayNorCancelAnotherSellersOrder() {
        OrderCreated cashierOrder = callers.get("cashier").createOrder(OrderRequest.of(freshHold("cashier").holdId()));
        BilheteriaClient kiosk = callers.get("kiosk");

        assertThatThrownBy(() -> kiosk.pay(cashierOrder.orderId(), Cards.APPROVED)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kiosk.order(cashierOrder.orderId())).isInstanceOf(NotFoundException.class);
        assertThat(callers.get("cashier").order(cashierOrder.orderId()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void aCustomerNeedsAQueueAdmissionToHoldSeatsOfTheQueuedFinalWhileAKioskDoesNot() {
        String stand = backend.seatMap(queuedSession).sections().get(0).id();
        String hold = write(HoldRequest.bestAvailable(queuedSession, stand, 1));

        RawResponse customer = callers.get("customer").raw("POST", "/holds", hold, Map.of());
        RawResponse kiosk = callers.get("kiosk").raw("POST", "/holds", hold, Map.of());

        assertThat(customer.status()).isEqualTo(403);
        assertThat(json(customer.body()).path("type").asText()).isEqualTo(ProblemTypes.QUEUE_TOKEN_REQUIRED);
        assertThat(kiosk.status()).as("kiosks never queue: %s", kiosk.body()).isEqualTo(201);
    }

    // ---- the request each row sends

    private record Call(String method, String path, String body, Map<String, String> headers) {
        static Call of(String method, String path) {
            return new Call(method, path, null, Map.of());
        }

        static Call of(String method, String path, String body) {
            return new Call(method, path, body, Map.of());
        }
    }

    private Call callFor(String endpoint, String caller, boolean allowed) {
        String kioskHold = heldBy.get("kiosk").holdId();
        return switch (endpoint) {
            case "POST /auth/login" -> Call.of("POST", "/auth/login", "{\"username\":\"gate\",\"password\":\"demo-gate\"}");
            case "POST /customers" -> Call.of("POST", "/customers", "{\"name\":\"Nova Fã\",\"email\":\"" + caller + "-"
                    + UUID.randomUUID() + "@example.com\",\"password\":\"s3nha-longa\"}");
            case "GET /events" -> Call.of("GET", "/events?q=Compadecida");
            case "GET /events/{id}" -> Call.of("GET", "/events/" + eventId);
            case "GET /events/{id}/products" -> Call.of("GET", "/events/" + eventId + "/products");
            case "GET /sessions/{id}/seatmap" -> Call.of("GET", "/sessions/" + sessionId + "/seatmap");
            case "POST /holds" -> Call.of("POST", "/holds", "{\"sessionId\":\"" + sessionId + "\",\"sectionId\":\""
                    + sectionId + "\",\"quantity\":1}");
            case "GET /holds/{id}" -> Call.of("GET", "/holds/" + ownHoldOr(caller, kioskHold));
            case "POST /holds/{id}/extend" -> Call.of("POST", "/holds/" + ownHoldOr(caller, kioskHold) + "/extend", "{}");
            case "DELETE /holds/{id}" -> Call.of("DELETE", "/holds/"
                    + (allowed ? freshHold(SELLERS.contains(caller) ? caller : "cashier").holdId() : kioskHold));
            case "POST /orders" -> Call.of("POST", "/orders", "{\"holdId\":\""
                    + (allowed ? freshHold(caller).holdId() : kioskHold) + "\"}");
            case "POST /orders/{id}/payment" -> new Call("POST", "/orders/" + (allowed
                    ? callers.get(caller).createOrder(OrderRequest.of(freshHold(caller).holdId())).orderId()
                    : kioskPending.orderId()) + "/payment", write(new PaymentRequest(Cards.APPROVED)),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            case "GET /customers?email=" -> Call.of("GET", "/customers?email=ana@example.com");
            case "GET /orders/{id}" -> Call.of("GET", "/orders/" + ownOrder(caller).orderId());
            case "GET /orders?code=" -> Call.of("GET", "/orders?code=" + ownOrder(caller).code());
            case "GET /orders?email=" -> Call.of("GET", "/orders?email=ana@example.com");
            case "GET /orders?cpf=" -> Call.of("GET", "/orders?cpf=52998224725");
            case "POST /orders/{id}/cancel" -> Call.of("POST", "/orders/"
                    + (allowed ? freshPaidOrder("kiosk") : kioskPaid).orderId() + "/cancel", "{}");
            case "POST /orders/{id}/tickets/{ticketId}/reprint" -> new Call("POST", "/orders/" + kioskPaid.orderId()
                    + "/tickets/" + kioskPaid.tickets().get(0).ticketId() + "/reprint", "{}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            case "POST /shifts" -> {
                if (allowed) {
                    closeCashierShift(); // the call under test opens the next one
                }
                yield Call.of("POST", "/shifts", "{}");
            }
            case "GET /shifts/current" -> Call.of("GET", "/shifts/current");
            case "POST /shifts/{id}/close" -> Call.of("POST", "/shifts/" + (allowed ? closedShiftWithAnotherOpen()
                    : callers.get("cashier").currentShift().shiftId()) + "/close", "{}");
            case "POST /sessions/{id}/queue" -> Call.of("POST", "/sessions/" + queuedSession + "/queue", "{}");
            case "GET /queue/{id}" -> Call.of("GET", "/queue/" + customerInQueue.entryId());
            case "GET /checkin/public-key" -> Call.of("GET", "/checkin/public-key");
            case "POST /checkins" -> Call.of("POST", "/checkins", "{\"qr\":\"not-a-ticket\",\"gateId\":\"north-1\","
                    + "\"sessionIds\":[\"" + sessionId + "\"]}");
            case "POST /checkins/batch" -> Call.of("POST", "/checkins/batch", "{\"gateId\":\"north-1\","
                    + "\"sessionIds\":[\"" + sessionId + "\"],\"scans\":"
                    + "[{\"scanId\":\"" + UUID.randomUUID() + "\",\"qr\":\"not-a-ticket\","
                    + "\"scannedAt\":\"2026-01-01T20:00:00Z\"}]}");
            case "GET /sessions/{id}/tickets" -> Call.of("GET", "/sessions/" + sessionId + "/tickets");
            case "GET /partner/events" -> Call.of("GET", "/partner/events");
            case "POST /partner/events" -> Call.of("POST", "/partner/events", write(new EventDraft(
                    caller.equals("admin") ? demoPartnerId : null, "Novo evento", null, null, null, null, null)));
            case "PATCH /partner/events/{id}" -> Call.of("PATCH", "/partner/events/" + eventId,
                    "{\"category\":\"Teatro\"}");
            case "GET /partner/events/{id}/sections" -> Call.of("GET", "/partner/events/" + eventId + "/sections");
            case "POST /partner/events/{id}/sections" -> Call.of("POST", "/partner/events/" + eventId + "/sections",
                    write(new SectionDraft("Frisas", "#455A64", 7000L, null)));
            case "PATCH /partner/sections/{id}" -> Call.of("PATCH", "/partner/sections/" + spareSection,
                    "{\"priceCents\":16000}");
            case "POST /partner/events/{id}/sessions" -> Call.of("POST", "/partner/events/" + eventId + "/sessions",
                    write(new SessionDraft(NEXT_MONTH, null)));
            case "PATCH /partner/sessions/{id}" -> Call.of("PATCH", "/partner/sessions/" + spareSession,
                    write(new SessionDraft(NEXT_MONTH.plusSeconds(3600), null)));
            case "DELETE /partner/sessions/{id}" -> Call.of("DELETE", "/partner/sessions/" + (allowed
                    ? callers.get("partner").createSession(eventId, new SessionDraft(NEXT_MONTH, null)).id()
                    : spareSession));
            case "GET /partner/sections/{id}/layout" -> Call.of("GET", "/partner/sections/" + spareSection + "/layout");
            case "POST /partner/sections/{id}/layout/preview" -> Call.of("POST", "/partner/sections/" + spareSection
                    + "/layout/preview", write(LayoutSpec.curved(3, 8, 12)));
            case "PUT /partner/sections/{id}/layout" -> Call.of("PUT", "/partner/sections/" + spareSection + "/layout",
                    write(LayoutSpec.straight(2, 6)));
            case "PATCH /partner/seats/{id}" -> Call.of("PATCH", "/partner/seats/"
                    + backend.seatMap(sessionId).seats().get(0).id(), write(new SeatEdit(false)));
            case "DELETE /partner/seats/{id}" -> Call.of("DELETE", "/partner/seats/" + (allowed ? freshSeat()
                    : backend.seatMap(sessionId).seats().get(0).id()));
            case "POST /partner/events/{id}/products" -> Call.of("POST", "/partner/events/" + eventId + "/products",
                    write(new ProductDraft("Bala", 300L, 100)));
            case "PATCH /partner/products/{id}" -> Call.of("PATCH", "/partner/products/" + spareProduct,
                    "{\"stock\":50}");
            case "GET /partner/events/{id}/report" -> Call.of("GET", "/partner/events/" + eventId + "/report");
            case "GET /partner/sessions/{id}/report" -> Call.of("GET", "/partner/sessions/" + sessionId
                    + "/report?format=csv");
            case "GET /admin/partners" -> Call.of("GET", "/admin/partners");
            case "POST /admin/partners" -> Call.of("POST", "/admin/partners", write(new PartnerDraft("Outra", null, null)));
            case "PATCH /admin/partners/{id}" -> Call.of("PATCH", "/admin/partners/" + sparePartner, "{\"feeBps\":800}");
            case "GET /admin/accounts" -> Call.of("GET", "/admin/accounts");
            case "POST /admin/accounts" -> Call.of("POST", "/admin/accounts", write(new AccountDraft(
                    "gate-" + UUID.randomUUID(), "senha-longa", Role.GATE, null)));
            case "PATCH /admin/accounts/{id}" -> Call.of("PATCH", "/admin/accounts/" + spareAccount,
                    "{\"password\":\"outra-senha\"}");
            case "GET /admin/report" -> Call.of("GET", "/admin/report");
            default -> throw new IllegalArgumentException("no request written for " + endpoint);
        };
    }

    private String closeCashierShift() {
        BilheteriaClient cashier = callers.get("cashier");
        return cashier.closeShift(cashier.currentShift().shiftId()).shift().shiftId();
    }

    /**
     * A shift of the cashier's already closed, with a new one open: closing it again answers its
     * report again, and the cashier keeps an open shift for the sales of the other rows.
     */
    private String closedShiftWithAnotherOpen() {
        String closed = closeCashierShift();
        callers.get("cashier").openShift();
        return closed;
    }

    private String ownHoldOr(String caller, String otherwise) {
        Hold own = heldBy.get(caller);
        return own != null ? own.holdId() : otherwise;
    }

    private Order ownOrder(String caller) {
        return caller.equals("customer") ? customerPaid : kioskPaid;
    }

    /** A one-seat section of the theatre, nothing sold in it, so that a seat can go. */
    private String freshSeat() {
        BilheteriaClient partner = callers.get("partner");
        String section = partner.createSection(eventId, new SectionDraft("Cadeira extra", "#795548", 1000L, null)).id();
        return partner.replaceLayout(section, LayoutSpec.straight(1, 1)).seats().get(0).id();
    }

    private Hold freshHold(String seller) {
        return callers.get(seller).hold(HoldRequest.bestAvailable(sessionId, sectionId, 1));
    }

    private Order freshPaidOrder(String seller) {
        BilheteriaClient client = callers.get(seller);
        OrderCreated created = client.createOrder(OrderRequest.of(freshHold(seller).holdId()));
        client.pay(created.orderId(), Cards.APPROVED);
        return client.order(created.orderId());
    }
}
