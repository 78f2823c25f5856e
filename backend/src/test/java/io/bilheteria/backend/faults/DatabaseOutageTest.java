package io.bilheteria.backend.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.JsonText;
import io.bilheteria.backend.testing.TcpProxy;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.RawResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running backend (the server stopped, the network cut) and comes
 * back: meanwhile every call is a 503 problem and /health is DOWN; afterwards the same backend
 * sells again, without a restart.
 */
class DatabaseOutageTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void aBackendWhosePostgresWentAwayAnswers503AndSellsAgainWhenItIsBack() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresConfigured(), "needs " + TestDatabase.PG_ENV);
        TestDatabase direct = TestDatabase.postgres();
        try (TcpProxy proxy = TcpProxy.toServerOf(direct)) {
            try (TestBackend backend = TestBackend.start(direct.through(proxy))) {
                BilheteriaClient kiosk = backend.as("kiosk");
                String session = backend.theatreSession();
                String stalls = backend.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                        .findFirst().orElseThrow().id();
                String holdBody = JsonText.write(HoldRequest.bestAvailable(session, stalls, 2));

                proxy.cut();
                for (int i = 0; i < 3; i++) {
                    RawResponse refused = kiosk.raw("POST", "/holds", holdBody, Map.of());
                    assertThat(refused.status()).as("hold %d with the database gone: %s", i, refused.body())
                            .isEqualTo(503);
                    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                }
                assertThat(kiosk.raw("GET", "/events", null, Map.of()).status()).isEqualTo(503);
                assertThat(backend.anonymous().health()).as("/health says DOWN").isFalse();

                proxy.restore();
                awaitHealthy(backend);
                Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
                OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
                assertThat(kiosk.pay(order.orderId(), Cards.APPROVED).status()).isEqualTo(OrderStatus.PAID);
            }
        }
    }

    private static void awaitHealthy(TestBackend backend) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!backend.anonymous().health()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("/health not UP within " + PATIENCE + " of the database coming back");
            }
            Thread.sleep(100);
        }
    }
}
