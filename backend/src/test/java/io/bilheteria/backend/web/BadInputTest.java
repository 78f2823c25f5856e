package io.bilheteria.backend.web;

import static io.bilheteria.backend.testing.JsonText.json;
import static io.bilheteria.backend.testing.JsonText.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentRequest;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.InvalidCardException;
import io.bilheteria.client.RawResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sloppy or hostile caller sends everything but a proper request. Each refusal is a
 * problem document that says what is wrong, never a stack trace, and nothing is sold
 * or charged along the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private TestBackend backend;
    private BilheteriaClient kiosk;
    private String session;
    private String stalls;

    @BeforeAll
    void start() {
        backend = TestBackend.start(TestDatabase.h2());
        kiosk = backend.as("kiosk");
        session = backend.theatreSession();
        stalls = backend.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow().id();
    }

    @AfterAll
    void stop() {
        if (backend != null) {
            backend.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"sessionId\": ", "{sessionId: 'x'}", "not json at all", "{\"sessionId\":\"a\"} {}",
            "[1, 2, 3]", "\"just a string\"", "null"})
    void malformedJsonIsA400(String body) {
        RawResponse answer = kiosk.raw("POST", "/holds", body, Map.of());

        assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST);
    }

    @Test
    void aQuantityThatIsNotANumberIsRefusedNamingTheField() {
        RawResponse answer = kiosk.raw("POST", "/holds",
                "{\"sessionId\":\"" + session + "\",\"sectionId\":\"" + stalls + "\",\"quantity\":\"abc\"}", Map.of());

        assertThat(assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText()).contains("quantity");
    }

    @Test
    void seatIdsThatAreNotAListAreRefusedNamingTheField() {
        RawResponse answer = kiosk.raw("POST", "/holds", "{\"sessionId\":\"" + session + "\",\"seatIds\":5}", Map.of());

        assertThat(assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText()).contains("seatIds");
    }

    @Test
    void aFractionalQuantityIsRefusedNamingTheField() {
        RawResponse answer = kiosk.raw("POST", "/holds",
                "{\"sessionId\":\"" + session + "\",\"sectionId\":\"" + stalls + "\",\"quantity\":2.5}", Map.of());

        assertThat(assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText()).contains("quantity");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        int availableBefore = availableSeats().size();

        RawResponse answer = kiosk.raw("POST", "/holds", "{\"sessionId\":\"" + session + "\",\"sectionId\":\"" + stalls
                + "\",\"quantity\":1,\"priority\":\"vip\"}", Map.of());

        assertThat(assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText()).contains("priority");
        assertThat(availableSeats()).as("nothing was held").hasSize(availableBefore);
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"/holds", "/orders", "/auth/login", "/customers", "/checkins"})
    void anEmptyBodyIsA400(String path) {
        BilheteriaClient caller = path.equals("/checkins") ? backend.as("gate") : kiosk;

        assertProblem(caller.raw("POST", path, "", Map.of()), 400, ProblemTypes.INVALID_REQUEST);
        assertProblem(caller.raw("POST", path, "   ", Map.of()), 400, ProblemTypes.INVALID_REQUEST);
    }

    @Test
    void aBodyOver64KibIsRefusedAsTooLarge() {
        String huge = "{\"sessionId\":\"" + "x".repeat(70 * 1024) + "\",\"sectionId\":\"s\",\"quantity\":1}";

        assertProblem(kiosk.raw("POST", "/holds", huge, Map.of()), 413, ProblemTypes.PAYLOAD_TOO_LARGE);
        assertProblem(kiosk.raw("POST", "/holds", huge, Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                413, ProblemTypes.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aBodyJustUnder64KibIsReadAndJudgedOnItsContent() {
        String big = "{\"sessionId\":\"" + "x".repeat(60 * 1024) + "\",\"sectionId\":\"s\",\"quantity\":1}";

        assertProblem(kiosk.raw("POST", "/holds", big, Map.of()), 404, ProblemTypes.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/nope", "/events/no-such-event", "/sessions/no-such-session/seatmap", "/holds/x/y/z"})
    void anUnknownRouteOrResourceIsA404Problem(String path) {
        assertProblem(kiosk.raw("GET", path, null, Map.of()), 404, ProblemTypes.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PUT /holds", "PATCH /events", "DELETE /events", "PUT /orders/x/payment", "GET /checkins"})
    void aWrongMethodOnAnExistingPathIsA404Or405Problem(String call) {
        String[] parts = call.split(" ");

        RawResponse answer = kiosk.raw(parts[0], parts[1], null, Map.of());

        assertThat(answer.status()).as(call).isIn(404, 405);
        assertProblem(answer, answer.status(),
                answer.status() == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.METHOD_NOT_ALLOWED);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        String holdJson = "{\"sessionId\":\"" + session + "\",\"sectionId\":\"" + stalls + "\",\"quantity\":1}";
        int availableBefore = availableSeats().size();

        assertProblem(kiosk.raw("POST", "/holds", holdJson, Map.of("Content-Type", "text/plain")),
                415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(kiosk.raw("POST", "/holds", "sessionId=" + session, Map.of("Content-Type",
                "application/x-www-form-urlencoded")), 415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        assertThat(availableSeats()).as("nothing was held").hasSize(availableBefore);
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Basic a2lvc2s6ZGVtby1raW9zaw==", "Bearer unknown-token", "Bearer", "Token abc",
            "bearer 0000000000000000000000000000000000000000000"})
    void aBadAuthorizationHeaderIsA401(String authorization) {
        String holdJson = "{\"sessionId\":\"" + session + "\",\"sectionId\":\"" + stalls + "\",\"quantity\":1}";

        RawResponse answer = kiosk.raw("POST", "/holds", holdJson, Map.of("Authorization", authorization));

        assertProblem(answer, 401, ProblemTypes.UNAUTHORIZED);
    }

    @Test
    void aCardNumberFailingLuhnIsRefusedWithoutAskingTheAcquirer() {
        OrderCreated order = kiosk.createOrder(OrderRequest.of(holdOne().holdId()));
        long authorizationsBefore = backend.acquirer().authorizationCount();

        assertThatThrownBy(() -> kiosk.pay(order.orderId(), Cards.NOT_LUHN))
                .isInstanceOfSatisfying(InvalidCardException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.problem().type()).isEqualTo(ProblemTypes.INVALID_CARD);
                });
        RawResponse raw = kiosk.raw("POST", "/orders/" + order.orderId() + "/payment",
                write(new PaymentRequest(Cards.NOT_LUHN)), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertProblem(raw, 400, ProblemTypes.INVALID_CARD);

        assertThat(backend.acquirer().authorizationCount()).isEqualTo(authorizationsBefore);
        assertThat(kiosk.order(order.orderId()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void aPaymentWithoutAnIdempotencyKeyIsRefused() {
        OrderCreated order = kiosk.createOrder(OrderRequest.of(holdOne().holdId()));
        long authorizationsBefore = backend.acquirer().authorizationCount();

        RawResponse answer = kiosk.raw("POST", "/orders/" + order.orderId() + "/payment",
                write(new PaymentRequest(Cards.APPROVED)), Map.of());

        assertThat(assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText())
                .contains("Idempotency-Key");
        assertThat(backend.acquirer().authorizationCount()).isEqualTo(authorizationsBefore);
        assertThat(kiosk.order(order.orderId()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void moreThanTwentySeatsInOneHoldAreRefused() {
        int availableBefore = availableSeats().size();
        List<String> twentyOne = availableSeats().stream().limit(21).map(Seat::id).toList();

        RawResponse bySeats = kiosk.raw("POST", "/holds", write(HoldRequest.seats(session, twentyOne)), Map.of());
        RawResponse byQuantity = kiosk.raw("POST", "/holds", write(HoldRequest.bestAvailable(session, stalls, 21)),
                Map.of());
        RawResponse none = kiosk.raw("POST", "/holds", write(HoldRequest.bestAvailable(session, stalls, 0)), Map.of());

        assertThat(assertProblem(bySeats, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText()).contains("20");
        assertThat(assertProblem(byQuantity, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText()).contains("20");
        assertProblem(none, 400, ProblemTypes.INVALID_REQUEST);
        assertThat(availableSeats()).as("nothing was held").hasSize(availableBefore);
    }

    @Test
    void seatsThatAreNotInTheSessionAreRefused() {
        String stadiumSession = backend.stadium().sessions().get(0).id();
        String stadiumSeat = backend.seatMap(stadiumSession).seats().get(0).id();
        String theatreSeat = availableSeats().get(0).id();

        for (List<String> seats : List.of(List.of(stadiumSeat), List.of(theatreSeat, stadiumSeat),
                List.of("999999999"), List.of("abc"), List.of("-1"))) {
            RawResponse answer = kiosk.raw("POST", "/holds", write(HoldRequest.seats(session, seats)), Map.of());
            assertThat(answer.status()).as("seats %s", seats).isEqualTo(400);
            assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST);
        }
        assertThat(backend.seatMap(session).seats().stream().filter(s -> s.id().equals(theatreSeat)))
                .as("all or nothing: the good seat was not held either")
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SeatStatus.AVAILABLE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from=yesterday", "from=2026-13-01T20:00:00Z", "to=2026-12-01", "from=1700000000"})
    void aBadDateOnTheCatalogueIsA400NamingIt(String query) {
        RawResponse answer = backend.anonymous().raw("GET", "/events?" + query, null, Map.of());

        assertThat(assertProblem(answer, 400, ProblemTypes.INVALID_REQUEST).path("detail").asText())
                .contains(query.substring(0, query.indexOf('=')));
    }

    @Test
    void everyAnswerCarriesARequestIdAndProblemsQuoteIt() {
        RawResponse success = backend.anonymous().raw("GET", "/events", null, Map.of());
        RawResponse problem = backend.anonymous().raw("GET", "/events/no-such-event", null, Map.of());
        RawResponse refused = backend.anonymous().raw("POST", "/holds", "{}", Map.of());
        RawResponse created = kiosk.raw("POST", "/holds", write(HoldRequest.bestAvailable(session, stalls, 1)), Map.of());

        for (RawResponse answer : List.of(success, problem, refused, created)) {
            assertThat(answer.header("X-Request-Id")).as("status %s", answer.status()).isNotBlank();
        }
        assertThat(success.status()).isEqualTo(200);
        assertThat(created.status()).isEqualTo(201);
        assertThat(json(problem.body()).path("requestId").asText()).isEqualTo(problem.header("X-Request-Id"));
        assertThat(success.header("X-Request-Id")).isNotEqualTo(problem.header("X-Request-Id"));
    }

    @Test
    void aSaneRequestIdFromTheCallerIsEchoedAndAnInsaneOneReplaced() {
        RawResponse echoed = backend.anonymous().raw("GET", "/events", null, Map.of("X-Request-Id", "kiosk-7.tap_42"));
        RawResponse echoedOnProblem = backend.anonymous().raw("GET", "/events/none", null,
                Map.of("X-Request-Id", "kiosk-7.tap_43"));

        assertThat(echoed.header("X-Request-Id")).isEqualTo("kiosk-7.tap_42");
        assertThat(echoedOnProblem.header("X-Request-Id")).isEqualTo("kiosk-7.tap_43");
        assertThat(json(echoedOnProblem.body()).path("requestId").asText()).isEqualTo("kiosk-7.tap_43");

        for (String insane : List.of("a b c", "x".repeat(65), "<script>alert(1)</script>", "id;DROP TABLE")) {
            RawResponse replaced = backend.anonymous().raw("GET", "/events", null, Map.of("X-Request-Id", insane));
            assertThat(replaced.header("X-Request-Id")).as(insane).isNotBlank().isNotEqualTo(insane)
                    .matches("[A-Za-z0-9._-]{1,64}");
        }
    }

    // ---- helpers

    /** Asserts a problem document of {@code status} and {@code type} with no trace of the server's insides. */
    private static JsonNode assertProblem(RawResponse answer, int status, String type) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as("content type").startsWith("application/problem+json");
        assertThat(answer.header("X-Request-Id")).as("request id").isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception", "at io.", "org.jdbi", "java.", "\tat ", "jackson");
        JsonNode problem = json(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    private Hold holdOne() {
        return kiosk.hold(HoldRequest.bestAvailable(session, stalls, 1));
    }

    private List<Seat> availableSeats() {
        return backend.seatMap(session).seats().stream().filter(s -> s.status() == SeatStatus.AVAILABLE).toList();
    }
}
