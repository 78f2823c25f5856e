package io.bilheteria.backend.holds;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.backend.testing.JsonText;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hold or an order sent again with the same {@code Idempotency-Key} (a kiosk retrying after
 * a dropped connection) is answered with the first answer and takes nothing more, also when
 * the copies arrive at once, and also when the first answer was a refusal.
 */
class IdempotentHoldTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void copiesOfOneHoldArrivingAtOnceTakeTheSeatsOnceAndAllGetTheSameHold(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            BilheteriaClient kiosk = backend.as("kiosk");
            String body = JsonText.write(HoldRequest.bestAvailable(session, stalls(backend.seatMap(session)), 3));
            Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

            var answers = Together.run(8, Duration.ofSeconds(60), i -> () -> kiosk.raw("POST", "/holds", body, key));

            assertThat(answers).allSatisfy(a -> assertThat(a.error()).isNull());
            List<RawResponse> responses = answers.stream().map(Together.Outcome::value).toList();
            assertThat(responses).extracting(RawResponse::status).containsOnly(201);
            assertThat(responses).extracting(r -> JsonText.json(r.body()).path("holdId").asText()).as("one hold for every copy")
                    .hasSize(8).containsOnly(JsonText.json(responses.get(0).body()).path("holdId").asText());
            assertThat(responses.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count())
                    .as("all but the first are replays").isEqualTo(7);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM holds WHERE session_id = ?", session)).isEqualTo(1);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM session_seats WHERE session_id = ? AND status = 'HELD'",
                    session)).as("three seats held, not 24").isEqualTo(3);
        } finally {
            db.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aRefusedHoldIsRefusedAgainForItsKeyAndRollsNothingHalfWay(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            SeatMap map = backend.seatMap(session);
            List<String> seats = map.seats().stream().filter(s -> s.row().equals("C")).limit(2).map(Seat::id).toList();
            BilheteriaClient cashier = backend.cashierOnShift();
            var cashierHold = cashier.hold(HoldRequest.seats(session, seats));
            BilheteriaClient kiosk = backend.as("kiosk");
            String body = JsonText.write(HoldRequest.seats(session, seats));
            Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

            RawResponse refused = kiosk.raw("POST", "/holds", body, key);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM holds WHERE session_id = ?", session))
                    .as("the refused hold left no row").isEqualTo(1);

            cashier.releaseHold(cashierHold.holdId());
            RawResponse again = kiosk.raw("POST", "/holds", body, key);
            assertThat(again.status()).as("the key's answer stands").isEqualTo(409);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(kiosk.raw("POST", "/holds", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                    .status()).as("a new key holds the freed seats").isEqualTo(201);
        } finally {
            db.drop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void anOrderSentTwiceIsOneOrderAndAKeyReusedForAnotherOrderIsRefused(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            BilheteriaClient kiosk = backend.as("kiosk");
            var hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls(backend.seatMap(session)), 2));
            String body = JsonText.write(OrderRequest.of(hold.holdId()));
            Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

            RawResponse first = kiosk.raw("POST", "/orders", body, key);
            RawResponse second = kiosk.raw("POST", "/orders", body, key);
            assertThat(first.status()).isEqualTo(201);
            assertThat(second.status()).isEqualTo(201);
            assertThat(JsonText.json(second.body()).path("code").asText()).isEqualTo(JsonText.json(first.body()).path("code").asText());
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM orders WHERE hold_id = ?", hold.holdId())).isEqualTo(1);

            String otherBody = JsonText.write(new OrderRequest(hold.holdId(), null, List.of(), "ana@example.com"));
            assertThat(kiosk.raw("POST", "/orders", otherBody, key).status())
                    .as("the same key for a different order").isEqualTo(422);
        } finally {
            db.drop();
        }
    }

    private static String stalls(SeatMap map) {
        return map.sections().get(0).id();
    }
}
