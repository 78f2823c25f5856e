package io.bilheteria.backend.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.testing.BackendProcess;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.JsonText;
import io.bilheteria.backend.testing.PaymentStall;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend is killed with {@code kill -9} after a sale committed and before its answer was
 * recorded. Started again, it answers the buyer's retry with the same Idempotency-Key with that
 * sale: the tickets the dead process signed, one payment, no second charge.
 */
class PaymentKillIT {
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration RETRYING = Duration.ofSeconds(30);
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    Path tmp;

    @Test
    void aSaleCutOffByKillNineIsAnsweredToTheRetryOnAnH2File() throws Exception {
        // AUTO_SERVER lets this test lock rows in the file the backend process has open
        String url = "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        saleCutByKillNine(url, () -> connect(url + H2_OPTIONS));
    }

    @Test
    void aSaleCutOffByKillNineIsAnsweredToTheRetryOnPostgres() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresConfigured(), "needs " + TestDatabase.PG_ENV);
        TestDatabase db = TestDatabase.postgres();
        try {
            saleCutByKillNine(db.jdbcUrl(), () -> connect(db.jdbcUrl()));
        } finally {
            db.drop();
        }
    }

    private void saleCutByKillNine(String url, Supplier<Connection> connections) throws Exception {
        String key = UUID.randomUUID().toString();
        String orderId;
        Hold hold;
        try (BackendProcess first = BackendProcess.start(url, tmp.resolve("first.log"), START, "--small-demo")) {
            BilheteriaClient kiosk = first.as("kiosk");
            String session = kiosk.events("Compadecida", null, null).items().get(0).sessions().get(0).id();
            String stalls = kiosk.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                    .findFirst().orElseThrow().id();
            hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            orderId = order.orderId();
            CompletableFuture<RawResponse> unanswered;
            try (PaymentStall stall = PaymentStall.lockHold(connections, hold.holdId())) {
                unanswered = CompletableFuture.supplyAsync(() -> kiosk.raw("POST",
                        "/orders/" + order.orderId() + "/payment", JsonText.write(Map.of("card", Cards.APPROVED)),
                        Map.of("Idempotency-Key", key)));
                stall.stallAnswerOf(key, order.orderId());
                first.killHard();
                stall.cutWaitingSessions();
            }
            assertThat(unanswered).as("the terminal never got its answer").failsWithin(RETRYING);
        }

        try (BackendProcess second = BackendProcess.start(url, tmp.resolve("second.log"), START, "--small-demo")) {
            BilheteriaClient kiosk = second.as("kiosk");
            PaymentResult retried = payUntilAnswered(kiosk, orderId, key);
            assertThat(retried.status()).isEqualTo(OrderStatus.PAID);
            Order stored = second.as("cashier").order(orderId);
            assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
            assertThat(retried.tickets()).extracting(Ticket::ticketId).as("the tickets the killed process signed")
                    .containsExactlyInAnyOrderElementsOf(stored.tickets().stream().map(Ticket::ticketId).toList());
            assertThat(retried.tickets()).extracting(Ticket::seatId).containsExactlyInAnyOrderElementsOf(hold.seatIds());
            try (Connection c = connections.get(); var st = c.prepareStatement(
                    "SELECT COUNT(*), MIN(status) FROM payments WHERE order_id = ?")) {
                st.setString(1, orderId);
                var rs = st.executeQuery();
                rs.next();
                assertThat(rs.getInt(1)).as("one payment, no second charge").isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("APPROVED");
            }
        }
    }

    /** The buyer's terminal repeats the payment, as told by Retry-After, until it has an answer. */
    private static PaymentResult payUntilAnswered(BilheteriaClient kiosk, String orderId, String key) throws Exception {
        long deadline = System.nanoTime() + RETRYING.toNanos();
        while (true) {
            RawResponse answer = kiosk.raw("POST", "/orders/" + orderId + "/payment",
                    JsonText.write(Map.of("card", Cards.APPROVED)), Map.of("Idempotency-Key", key));
            if (answer.status() == 200) {
                return JsonText.read(answer.body(), PaymentResult.class);
            }
            assertThat(answer.status()).as("while the dead call's lease lasts: %s", answer.body()).isEqualTo(409);
            assertThat(System.nanoTime()).as("answered within " + RETRYING).isLessThan(deadline);
            Thread.sleep(Long.parseLong(answer.header("Retry-After")) * 1000);
        }
    }

    private static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
