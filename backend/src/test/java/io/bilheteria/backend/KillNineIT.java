package io.bilheteria.backend;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.testing.BackendProcess;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sale the customer saw confirmed survives the backend being killed with {@code kill -9} right after. */
class KillNineIT {
    @TempDir
    Path tmp;

    @Test
    void anAcknowledgedSaleSurvivesKillNineOnAnH2File() throws Exception {
        saleSurvivesKillNine("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath());
    }

    @Test
    void anAcknowledgedSaleSurvivesKillNineOnPostgres() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresConfigured(), "needs " + TestDatabase.PG_ENV);
        TestDatabase db = TestDatabase.postgres();
        try {
            saleSurvivesKillNine(db.jdbcUrl());
        } finally {
            db.drop();
        }
    }

    private void saleSurvivesKillNine(String url) throws Exception {
        List<BackendProcess> started = new ArrayList<>();
        try {
            BackendProcess first = BackendProcess.start(url, tmp.resolve("first.log"), Duration.ofSeconds(120));
            started.add(first);
            BilheteriaClient kiosk = first.as("kiosk");
            var theatre = kiosk.events("Compadecida", null, null).items().get(0);
            String session = theatre.sessions().get(0).id();
            String stalls = kiosk.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                    .findFirst().orElseThrow().id();
            Hold hold = kiosk.hold(HoldRequest.bestAvailable(session, stalls, 2));
            OrderCreated order = kiosk.createOrder(OrderRequest.of(hold.holdId()));
            PaymentResult paid = kiosk.pay(order.orderId(), Cards.APPROVED);

            first.killHard(); // the very moment the 200 arrived
            assertThat(first.isAlive()).isFalse();

            BackendProcess second = BackendProcess.start(url, tmp.resolve("second.log"), Duration.ofSeconds(120));
            started.add(second);
            assertThat(second.pid()).isNotEqualTo(first.pid());
            Order stored = second.as("cashier").order(order.orderId());
            assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
            assertThat(stored.tickets()).extracting(Ticket::ticketId)
                    .containsExactlyInAnyOrderElementsOf(paid.tickets().stream().map(Ticket::ticketId).toList());
            assertThat(stored.payment().last4()).isEqualTo("1111");
            assertThat(second.anonymous().seatMap(session).seats()).filteredOn(s -> hold.seatIds().contains(s.id()))
                    .extracting(Seat::status).hasSize(2).containsOnly(SeatStatus.SOLD);
            assertThat(second.anonymous().events("Compadecida", null, null).items())
                    .as("the restart did not seed the demo again").hasSize(1);

            BilheteriaClient gate = second.as("gate");
            assertThat(gate.checkin(paid.tickets().get(0).qr(), "north-1", List.of(session)).result())
                    .as("the ticket signed before the crash still opens the gate").isEqualTo(CheckinResultType.ACCEPTED);
            assertThat(gate.checkin(paid.tickets().get(0).qr(), "north-1", List.of(session)).result())
                    .isEqualTo(CheckinResultType.ALREADY_USED);
            assertThat(gate.checkin(paid.tickets().get(1).qr(), "north-1", List.of(session)).result())
                    .isEqualTo(CheckinResultType.ACCEPTED);
        } finally {
            started.forEach(BackendProcess::close);
        }
    }
}
