package io.bilheteria.client;

import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.OfflineScan;
import io.bilheteria.api.checkin.TicketStatus;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.api.reports.SalesBucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BilheteriaClientTest {

    private static final String CARD_NUMBER = "4111111111111112";
    private static final Card CARD = new Card(CARD_NUMBER, "ANA SILVA", 12, 2030, "123");
    private static final String PAID = """
            {"orderId":"o1","status":"PAID","tickets":[{"ticketId":"t1","seatId":"A-1","qr":"qr1","status":"VALID"}]}""";

    private ScriptedServer server;
    private BilheteriaClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = BilheteriaClient.builder().baseUrl(server.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void loginKeepsTheTokenForLaterCallsAndWithTokenDoesNotTouchIt() {
        server.json(200, """
                {"token":"tok-1","role":"CASHIER","expiresAt":"2030-01-01T00:00:00Z"}""");
        server.json(200, "{\"items\":[]}").json(200, "{\"items\":[]}");

        var login = client.login("cashier", "demo-cashier");
        client.events(null, null, null);
        client.withToken("tok-2").events(null, null, null);

        assertThat(login.role()).isEqualTo(Role.CASHIER);
        assertThat(login.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        var requests = server.received();
        assertThat(requests.get(0).target()).isEqualTo("/api/v1/auth/login");
        assertThat(requests.get(0).body()).contains("\"username\":\"cashier\"");
        assertThat(requests.get(0).header("Authorization")).isNull();
        assertThat(requests.get(1).header("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(requests.get(1).header("Accept")).isEqualTo("application/json");
        assertThat(requests.get(2).header("Authorization")).isEqualTo("Bearer tok-2");
        assertThat(client.token()).isEqualTo("tok-1");
    }

    @Test
    void eventsLeavesOutNullFilters() {
        server.json(200, "{\"items\":[{\"id\":\"e1\",\"title\":\"Hamlet\",\"sessions\":[]}]}");

        var page = client.events("hamlet", null, Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(page.items()).extracting("title").containsExactly("Hamlet");
        assertThat(URLDecoder.decode(server.received().get(0).target(), StandardCharsets.UTF_8))
                .isEqualTo("/api/v1/events?q=hamlet&to=2030-01-01T00:00:00Z");
    }

    @Test
    void unknownFieldsAndEnumValuesFromANewerBackendAreIgnored() {
        server.json(200, """
                {"sessionId":"s1","layoutVersion":7,"sections":[],
                 "seats":[{"id":"A-1","sectionId":"x","row":"A","number":1,"status":"AVAILABLE"},
                          {"id":"A-2","sectionId":"x","row":"A","number":2,"status":"BLOCKED"}]}""");

        var map = client.seatMap("s1");

        assertThat(map.seats()).extracting("status").containsExactly(SeatStatus.AVAILABLE, null);
    }

    @Test
    void seatConflictCarriesTheConflictingSeats() {
        server.problem(409, ProblemTypes.SEATS_UNAVAILABLE, "Seats unavailable",
                "\"detail\":\"2 seats were taken\",\"conflictingSeatIds\":[\"A-1\",\"A-2\"],\"requestId\":\"r-9\"");

        var e = catchThrowableOfType(() -> client.hold(HoldRequest.seats("s1", List.of("A-1", "A-2"))),
                SeatConflictException.class);

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.conflictingSeatIds()).containsExactly("A-1", "A-2");
        assertThat(e.requestId()).isEqualTo("r-9");
        assertThat(e.getMessage()).isEqualTo("Seats unavailable: 2 seats were taken");
    }

    @Test
    void declinedPaymentCarriesTheReason() {
        server.problem(402, ProblemTypes.PAYMENT_DECLINED, "Payment declined", "\"declineReason\":\"insufficient_funds\"");

        var e = catchThrowableOfType(() -> client.pay("o1", CARD, "k1"), PaymentDeclinedException.class);

        assertThat(e.status()).isEqualTo(402);
        assertThat(e.declineReason()).isEqualTo("insufficient_funds");
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(400, ProblemTypes.INVALID_REQUEST, InvalidRequestException.class),
                Arguments.of(400, ProblemTypes.INVALID_CARD, InvalidCardException.class),
                Arguments.of(401, ProblemTypes.UNAUTHORIZED, UnauthorizedException.class),
                Arguments.of(403, ProblemTypes.QUEUE_TOKEN_REQUIRED, ForbiddenException.class),
                Arguments.of(404, ProblemTypes.NOT_FOUND, NotFoundException.class),
                Arguments.of(409, ProblemTypes.HOLD_EXPIRED, HoldExpiredException.class),
                Arguments.of(409, ProblemTypes.OUT_OF_STOCK, OutOfStockException.class),
                Arguments.of(409, ProblemTypes.EMAIL_TAKEN, EmailTakenException.class),
                Arguments.of(409, ProblemTypes.CONFLICT, ConflictException.class),
                Arguments.of(503, ProblemTypes.UNAVAILABLE, BackendUnavailableException.class),
                Arguments.of(500, ProblemTypes.INTERNAL, ApiException.class));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void problemDocumentsMapToTypedExceptions(int status, String type, Class<? extends ApiException> expected) {
        server.problem(status, type, "Nope", "\"detail\":\"because\"");

        assertThatThrownBy(() -> client.checkin("qr", "gate-1", List.of("s1")))
                .isExactlyInstanceOf(expected)
                .hasMessage("Nope: because")
                .extracting(e -> ((ApiException) e).problem().type())
                .isEqualTo(type);
    }

    @Test
    void lockedAccountIsTold() {
        server.problem(401, ProblemTypes.ACCOUNT_LOCKED, "Account locked", "");

        var e = catchThrowableOfType(() -> client.login("ana@example.com", "x"), UnauthorizedException.class);

        assertThat(e.isLocked()).isTrue();
    }

    @Test
    void logoutRevokesTheTokenSentAndForgetsIt() {
        server.json(200, """
                {"token":"tok-1","role":"CASHIER","expiresAt":"2030-01-01T00:00:00Z"}""");
        server.noContent();
        client.login("cashier", "demo-cashier");

        client.logout();
        client.logout(); // nothing left to revoke: sends nothing

        var requests = server.received();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).method()).isEqualTo("POST");
        assertThat(requests.get(1).target()).isEqualTo("/api/v1/auth/logout");
        assertThat(requests.get(1).header("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(client.token()).isNull();
    }

    @Test
    void logoutOfATokenTheBackendNoLongerKnowsIsDone() {
        server.problem(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", "");
        BilheteriaClient expired = client.withToken("tok-old");

        expired.logout();

        assertThat(expired.token()).isNull();
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void logoutThatCannotReachTheBackendSaysSoAndStillForgetsTheToken() {
        server.drop().noContent();
        BilheteriaClient signedIn = client.withToken("tok-1");

        assertThatThrownBy(signedIn::logout).isInstanceOf(BackendUnavailableException.class);

        assertThat(signedIn.token()).isNull();
        assertThat(server.received()).as("sent once, not retried").hasSize(1);
    }

    @Test
    void anErrorBodyThatIsNotJsonStillGivesAnApiException() {
        server.body(500, "text/html", "<html>Oops</html>");

        var e = catchThrowableOfType(() -> client.event("e1"), ApiException.class);

        assertThat(e).isExactlyInstanceOf(ApiException.class);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.getMessage()).isEqualTo("HTTP 500: <html>Oops</html>");
    }

    @Test
    void backOfficeEditsArePatchesCarryingAKeyAndAreRetriedWithIt() {
        server.problem(503, ProblemTypes.UNAVAILABLE, "Unavailable", "");
        server.json(200, """
                {"id":"sec1","eventId":"e1","name":"Pista","color":"#00838F","priceCents":9000,"currency":"BRL",
                "sortOrder":0,"seatCount":0}""");

        var section = client.editSection("sec1", new SectionDraft(null, null, 9000L, null));

        assertThat(section.priceCents()).isEqualTo(9000);
        var requests = server.received();
        assertThat(requests).hasSize(2);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("PATCH");
            assertThat(r.target()).isEqualTo("/api/v1/partner/sections/sec1");
            assertThat(r.body()).isEqualTo("{\"priceCents\":9000}");
        });
        assertThat(requests.get(0).header("Idempotency-Key")).isNotBlank()
                .isEqualTo(requests.get(1).header("Idempotency-Key"));
    }

    @Test
    void aSalesReportAsCsvComesBackAsTheTextSent() {
        String csv = "kind,sessionId,start\r\nTOTAL,,\r\n";
        server.body(200, "text/csv; charset=utf-8", csv);

        String answer = client.eventReportCsv("e1", SalesBucket.HOUR, null);

        assertThat(answer).isEqualTo(csv);
        assertThat(server.received().get(0).target()).isEqualTo("/api/v1/partner/events/e1/report?bucket=HOUR&format=csv");
    }

    @Test
    void aSessionsSalesReportAsCsvIsAskedOfTheSession() {
        String csv = "kind,sessionId,start\r\nTOTAL,s1,\r\n";
        server.body(200, "text/csv; charset=utf-8", csv);

        String answer = client.sessionReportCsv("s1", SalesBucket.DAY, null);

        assertThat(answer).isEqualTo(csv);
        assertThat(server.received().get(0).target()).isEqualTo("/api/v1/partner/sessions/s1/report?bucket=DAY&format=csv");
    }

    @Test
    void getIsRetriedAfter503() {
        server.problem(503, ProblemTypes.UNAVAILABLE, "Unavailable", "");
        server.json(200, "{\"sessionId\":\"s1\",\"sections\":[],\"seats\":[]}");

        var map = client.seatMap("s1");

        assertThat(map.sessionId()).isEqualTo("s1");
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void retriesStopAtMaxRetries() {
        server.body(502, "text/plain", "bad gateway").body(504, "text/plain", "timeout")
                .body(503, "text/plain", "down").json(200, "{}");

        var e = catchThrowableOfType(() -> client.order("o1"), BackendUnavailableException.class);

        assertThat(e.status()).isEqualTo(503);
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void loginIsNotRetriedAfterAConnectionError() {
        server.drop().json(200, "{\"token\":\"t\"}");

        var e = catchThrowableOfType(() -> client.login("cashier", "pw"), BackendUnavailableException.class);

        assertThat(e.status()).isZero();
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(server.received()).hasSize(1);
        assertThat(client.token()).isNull();
    }

    @Test
    void checkinIsNotRetriedAfter503() {
        server.body(503, "text/plain", "down").json(200, "{\"result\":\"ACCEPTED\"}");

        assertThatThrownBy(() -> client.checkin("qr", "gate-1", List.of("s1"))).isInstanceOf(BackendUnavailableException.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aCheckinNamesTheGatesSessionsAndReadsWhenAWrongSessionTicketIsFor() {
        server.json(200, """
                {"result":"WRONG_SESSION","ticketId":"t1","ticketType":"FULL","ticketSessionId":"s2",
                "ticketStartsAt":"2030-01-02T23:00:00Z"}""");

        var answer = client.checkin("BT1.x", "north-1", List.of("s1", "s3"));

        assertThat(answer.result()).isEqualTo(CheckinResultType.WRONG_SESSION);
        assertThat(answer.ticketSessionId()).isEqualTo("s2");
        assertThat(answer.ticketStartsAt()).isEqualTo(Instant.parse("2030-01-02T23:00:00Z"));
        assertThat(server.received()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("/api/v1/checkins");
            assertThat(r.body()).contains("\"sessionIds\":[\"s1\",\"s3\"]");
        });
    }

    @Test
    void aBatchOfOfflineScansIsRetriedWithTheSameScanIdsAfterAConnectionError() {
        server.drop().json(200, """
                {"serverTime":"2030-01-01T10:00:00Z","results":[{"scanId":"scan-1","result":"ALREADY_USED",
                "ticketId":"t1","firstScanAt":"2030-01-01T09:58:00Z","firstGateId":"south-2","conflict":true}]}""");
        var batch = new CheckinBatch("north-1", List.of("s1"), List.of(new OfflineScan("scan-1", "BT1.x", Instant.parse(
                "2030-01-01T09:59:00Z"))));

        var answer = client.checkinBatch(batch);

        assertThat(answer.results()).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(CheckinResultType.ALREADY_USED);
            assertThat(r.conflict()).isTrue();
            assertThat(r.firstScanAt()).isEqualTo(Instant.parse("2030-01-01T09:58:00Z"));
        });
        assertThat(server.received()).hasSize(2).allSatisfy(r -> {
            assertThat(r.target()).isEqualTo("/api/v1/checkins/batch");
            assertThat(r.body()).contains("\"scanId\":\"scan-1\"").contains("\"scannedAt\":\"2030-01-01T09:59:00Z\"")
                    .contains("\"sessionIds\":[\"s1\"]");
        });
    }

    @Test
    void sessionTicketsSendsTheCursorOnlyWhenThereIsOne() {
        String page = """
                {"sessionId":"s1","cursor":"42","serverTime":"2030-01-01T10:00:00Z","changesOnly":false,"tickets":[
                {"ticketId":"t1","seatId":"7","version":1,"status":"REVOKED","sectionName":"Plateia","row":"C",
                "seatNumber":4}]}""";
        server.json(200, page).json(200, page);

        var all = client.sessionTickets("s1", null);
        client.sessionTickets("s1", all.cursor());

        assertThat(all.tickets()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TicketStatus.REVOKED);
            assertThat(t.row()).isEqualTo("C");
            assertThat(t.firstScanAt()).isNull();
        });
        assertThat(server.received()).extracting(ScriptedServer.Received::target)
                .containsExactly("/api/v1/sessions/s1/tickets", "/api/v1/sessions/s1/tickets?since=42");
    }

    @Test
    void paymentRetriedAfter503SendsTheSameIdempotencyKey() {
        server.problem(503, ProblemTypes.ACQUIRER_UNAVAILABLE, "Acquirer unavailable", "").json(200, PAID);

        var result = client.pay("o1", CARD, "key-123");

        assertThat(result.status()).isEqualTo(OrderStatus.PAID);
        assertThat(result.tickets()).extracting("qr").containsExactly("qr1");
        assertThat(server.received()).hasSize(2).allSatisfy(r -> {
            assertThat(r.target()).isEqualTo("/api/v1/orders/o1/payment");
            assertThat(r.header("Idempotency-Key")).isEqualTo("key-123");
            assertThat(r.body()).contains("\"card\":{\"number\":\"" + CARD_NUMBER + "\"");
        });
    }

    @Test
    void aPaymentWhoseKeyIsHeldByACutOffCallIsSentAgainWhenTheBackendSays() {
        server.problemWithRetryAfter(409, ProblemTypes.PAYMENT_IN_PROGRESS, "Payment in progress", 1).json(200, PAID);

        var result = client.pay("o1", CARD, "key-123");

        assertThat(result.status()).isEqualTo(OrderStatus.PAID);
        assertThat(server.received()).hasSize(2)
                .allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isEqualTo("key-123"));
    }

    @Test
    void aPaymentInProgressUnderAnotherKeyIsToldAtOnce() {
        server.problem(409, ProblemTypes.PAYMENT_IN_PROGRESS, "Payment in progress", "").json(200, PAID);

        assertThatThrownBy(() -> client.pay("o1", CARD, "key-123")).isInstanceOf(ConflictException.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void holdsOrdersAndCancellationsCarryAGeneratedKeyAndAreRetriedWithIt() {
        server.drop().json(201, "{\"holdId\":\"h1\",\"sessionId\":\"s1\",\"seatIds\":[\"A-1\"]}");
        server.json(201, "{\"orderId\":\"o1\",\"code\":\"ABC123\",\"status\":\"PENDING_PAYMENT\",\"totalCents\":5000}");
        server.drop().json(200, "{\"orderId\":\"o1\",\"status\":\"REFUNDED\"}");

        var hold = client.hold(HoldRequest.bestAvailable("s1", "plateia", 1));
        var order = client.createOrder(OrderRequest.of(hold.holdId()));
        var cancelled = client.cancelOrder(order.orderId());

        assertThat(cancelled.status()).isEqualTo(OrderStatus.REFUNDED);
        var requests = server.received();
        assertThat(requests).hasSize(5).allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isNotBlank());
        assertThat(requests.get(0).header("Idempotency-Key")).isEqualTo(requests.get(1).header("Idempotency-Key"));
        assertThat(requests.get(1).body()).doesNotContain("seatIds").contains("\"quantity\":1");
        assertThat(requests.get(3).header("Idempotency-Key")).isEqualTo(requests.get(4).header("Idempotency-Key"))
                .isNotEqualTo(requests.get(0).header("Idempotency-Key"));
        assertThat(requests.get(4).target()).isEqualTo("/api/v1/orders/o1/cancel");
    }

    @Test
    void postSaleCallsSendTheirPathsBodiesAndKeys() {
        server.json(200, "{\"orderId\":\"o1\",\"status\":\"PARTIALLY_REFUNDED\",\"refundedCents\":4000}");
        server.drop().json(200, "{\"ticketId\":\"t1\",\"seatId\":\"7\",\"qr\":\"qr2\",\"status\":\"VALID\","
                + "\"ticketType\":\"HALF\",\"priceCents\":4000,\"reprintCount\":1}");
        server.json(200, "{\"items\":[{\"orderId\":\"o1\",\"code\":\"ABC123\",\"ticketCount\":2}]}");
        server.json(200, "{\"items\":[]}");

        var refunded = client.refundTickets("o1", List.of("t2"), "refund-key");
        var reprinted = client.reprintTicket("o1", "t1", "reprint-key");
        var byEmail = client.ordersByEmail("ana@example.com");
        client.ordersByCpf("529.982.247-25");

        assertThat(refunded.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(refunded.refundedCents()).isEqualTo(4000);
        assertThat(reprinted.ticketType()).isEqualTo(TicketType.HALF);
        assertThat(reprinted.reprintCount()).isEqualTo(1);
        assertThat(byEmail.items()).singleElement().satisfies(o -> assertThat(o.ticketCount()).isEqualTo(2));
        var requests = server.received();
        assertThat(requests.get(0).target()).isEqualTo("/api/v1/orders/o1/cancel");
        assertThat(requests.get(0).body()).isEqualTo("{\"ticketIds\":[\"t2\"]}");
        assertThat(requests.get(0).header("Idempotency-Key")).isEqualTo("refund-key");
        assertThat(requests.subList(1, 3)).as("a reprint is retried with its key").allSatisfy(r -> {
            assertThat(r.target()).isEqualTo("/api/v1/orders/o1/tickets/t1/reprint");
            assertThat(r.header("Idempotency-Key")).isEqualTo("reprint-key");
        });
        assertThat(requests.get(3).target()).isEqualTo("/api/v1/orders?email=ana%40example.com");
        assertThat(requests.get(4).target()).isEqualTo("/api/v1/orders?cpf=529.982.247-25");
    }

    @Test
    void shiftCallsCarryAKeyWhereTheyChangeState() {
        String shift = "{\"shiftId\":\"sh1\",\"cashier\":\"cashier\",\"openedAt\":\"2030-01-01T10:00:00Z\"}";
        server.json(201, shift).json(200, shift);
        server.json(200, "{\"shift\":" + shift + ",\"byBrand\":[{\"brand\":\"ELO\",\"sales\":1,"
                + "\"salesCents\":8000,\"refunds\":0,\"refundsCents\":0}],\"fullTickets\":1,\"halfTickets\":0,"
                + "\"products\":[],\"salesCents\":8000,\"refundsCents\":0,\"netCents\":8000}");

        var opened = client.openShift();
        client.currentShift();
        var report = client.closeShift(opened.shiftId());

        assertThat(report.byBrand()).singleElement().satisfies(b -> assertThat(b.brand()).isEqualTo("ELO"));
        assertThat(report.netCents()).isEqualTo(8000);
        assertThat(server.received()).extracting(ScriptedServer.Received::target)
                .containsExactly("/api/v1/shifts", "/api/v1/shifts/current", "/api/v1/shifts/sh1/close");
        assertThat(server.received().get(0).header("Idempotency-Key")).isNotBlank();
        assertThat(server.received().get(1).header("Idempotency-Key")).isNull();
        assertThat(server.received().get(2).header("Idempotency-Key")).isNotBlank();
    }

    @Test
    void releaseHoldAcceptsNoContent() {
        server.noContent();

        client.releaseHold("h1");

        assertThat(server.received().get(0).method()).isEqualTo("DELETE");
        assertThat(server.received().get(0).target()).isEqualTo("/api/v1/holds/h1");
    }

    @Test
    void connectionRefusedIsBackendUnavailableAndHealthIsFalse() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var offline = BilheteriaClient.builder().baseUrl("http://127.0.0.1:" + closedPort).build();

        var e = catchThrowableOfType(() -> offline.events(null, null, null), BackendUnavailableException.class);

        assertThat(e.status()).isZero();
        assertThat(e.problem().type()).isEqualTo(ProblemTypes.UNAVAILABLE);
        assertThat(offline.health()).isFalse();
    }

    @Test
    void healthIsAtTheRoot() {
        server.body(200, "text/plain", "ok");

        assertThat(client.health()).isTrue();
        assertThat(server.received().get(0).target()).isEqualTo("/health");
    }

    @Test
    void cardNumberNeverAppearsInExceptionMessages() throws IOException {
        server.problem(400, ProblemTypes.INVALID_CARD, "Invalid card",
                "\"detail\":\"card " + CARD_NUMBER + " fails the Luhn check\"");
        server.problem(402, ProblemTypes.PAYMENT_DECLINED, "Declined",
                "\"detail\":\"4111 1111 1111 1112 declined\",\"declineReason\":\"" + CARD_NUMBER + "\"");
        server.body(500, "text/plain", "boom " + CARD_NUMBER);
        server.drop();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var offline = BilheteriaClient.builder().baseUrl("http://127.0.0.1:" + closedPort).maxRetries(0).build();

        List<Throwable> failures = Stream.<Runnable>of(
                        () -> client.pay("o1", CARD, "k1"),
                        () -> client.pay("o1", CARD, "k2"),
                        () -> client.pay("o1", CARD, "k3"),
                        () -> BilheteriaClient.builder().baseUrl(server.baseUrl()).maxRetries(0).build().pay("o1", CARD),
                        () -> offline.pay("o1", CARD))
                .map(call -> catchThrowableOfType(call::run, ApiException.class))
                .map(Throwable.class::cast)
                .toList();

        assertThat(failures).hasSize(5).doesNotContainNull();
        assertThat(failures.get(0)).isInstanceOf(InvalidCardException.class);
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(t.toString()).doesNotContain(CARD_NUMBER).doesNotContain("4111 1111 1111 1112");
            }
            var problem = ((ApiException) failure).problem();
            assertThat(String.valueOf(problem)).doesNotContain(CARD_NUMBER).doesNotContain("4111 1111 1111 1112");
        }
    }

    @Test
    void rawSendsExactlyWhatItIsGivenAndNeverThrowsOnStatus() {
        server.problem(400, ProblemTypes.INVALID_REQUEST, "Malformed JSON", "");
        server.body(503, "text/plain", "down");

        var bad = client.raw("POST", "holds", "{not json", Map.of("Content-Type", "text/plain", "X-Extra", "1"));
        var down = client.raw("GET", "/orders?code=ABC", null, Map.of());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("content-type")).isEqualTo("application/problem+json");
        assertThat(bad.body()).contains("Malformed JSON");
        assertThat(down.status()).isEqualTo(503);
        var requests = server.received();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).target()).isEqualTo("/api/v1/holds");
        assertThat(requests.get(0).body()).isEqualTo("{not json");
        assertThat(requests.get(0).header("Content-Type")).isEqualTo("text/plain");
        assertThat(requests.get(0).header("X-Extra")).isEqualTo("1");
        assertThat(requests.get(0).header("Idempotency-Key")).isNull();
        assertThat(requests.get(1).target()).isEqualTo("/api/v1/orders?code=ABC");
    }

    @Test
    void requestIdIsPropagatedWhenConfigured() {
        server.json(200, "{\"algorithm\":\"Ed25519\",\"publicKey\":\"MCow\"}");
        var traced = BilheteriaClient.builder().baseUrl(server.baseUrl()).requestIds(() -> "req-42").build();

        var key = traced.publicKey();

        assertThat(key.algorithm()).isEqualTo("Ed25519");
        assertThat(server.received().get(0).header("X-Request-Id")).isEqualTo("req-42");
        assertThat(server.received().get(0).target()).isEqualTo("/api/v1/checkin/public-key");
    }
}
