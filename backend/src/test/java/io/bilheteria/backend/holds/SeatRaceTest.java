package io.bilheteria.backend.holds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sql;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.SeatConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Many buyers at many points of sale want the same seats at the same moment. */
class SeatRaceTest {
    private static final int BUYERS = 60;


    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void sixtyBuyersTapTheSameTwoSeatsAndExactlyOneGetsThem(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            SeatMap before = backend.seatMap(session);
            Section stalls = section(before, "Plateia");
            List<String> pair = before.seats().stream()
                    .filter(s -> s.sectionId().equals(stalls.id()) && s.row().equals("E")
                            && (s.number() == 10 || s.number() == 11))
                    .map(Seat::id).toList();
            assertThat(pair).hasSize(2);
            List<BilheteriaClient> buyers = buyers(backend, BUYERS);

            List<Together.Outcome<Hold>> outcomes = Together.run(BUYERS, Duration.ofSeconds(45),
                    i -> () -> buyers.get(i).hold(HoldRequest.seats(session, pair)));

            List<Hold> winners = outcomes.stream().filter(Together.Outcome::succeeded).map(Together.Outcome::value)
                    .toList();
            assertThat(winners).as("exactly one buyer gets the two seats").hasSize(1);
            assertThat(winners.get(0).seatIds()).containsExactlyInAnyOrderElementsOf(pair);
            List<Throwable> refusals = outcomes.stream().filter(o -> !o.succeeded()).map(Together.Outcome::error)
                    .toList();
            assertThat(refusals).hasSize(BUYERS - 1).allSatisfy(e -> {
                assertThat(e).isInstanceOf(SeatConflictException.class);
                assertThat(((SeatConflictException) e).conflictingSeatIds())
                        .as("the refusal names the seats that were taken")
                        .containsExactlyInAnyOrderElementsOf(pair);
            });
            assertThat(backend.seatMap(session).seats()).filteredOn(s -> pair.contains(s.id()))
                    .extracting(Seat::status).containsOnly(SeatStatus.HELD);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM holds WHERE session_id = ? AND status = 'ACTIVE'",
                    session)).as("losers leave no hold behind").isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void sixtyBuyersSellOutTheStallsAndNoSeatIsSoldTwice(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            String session = backend.theatreSession();
            Section stalls = section(backend.seatMap(session), "Plateia");
            Set<String> stallSeats = stallSeats(backend, session, stalls);
            assertThat(stallSeats).hasSize(120);
            List<BilheteriaClient> buyers = buyers(backend, BUYERS);
            long deadline = System.nanoTime() + Duration.ofSeconds(50).toNanos();

            List<Together.Outcome<List<Purchase>>> outcomes = Together.run(BUYERS, Duration.ofSeconds(55), i -> () -> {
                BilheteriaClient buyer = buyers.get(i);
                Random random = new Random(i);
                List<Purchase> bought = new ArrayList<>();
                boolean lastRefused = false;
                while (System.nanoTime() < deadline) {
                    int quantity = lastRefused ? 1 : 1 + random.nextInt(4);
                    Hold hold;
                    try {
                        hold = buyer.hold(HoldRequest.bestAvailable(session, stalls.id(), quantity));
                    } catch (SeatConflictException refused) {
                        boolean anyLeft = buyer.seatMap(session).seats().stream()
                                .anyMatch(s -> stallSeats.contains(s.id()) && s.status() == SeatStatus.AVAILABLE);
                        if (!anyLeft) {
                            return bought; // everything is sold or about to be paid by its holder
                        }
                        lastRefused = true;
                        Thread.sleep(5 + random.nextInt(20));
                        continue;
                    }
                    lastRefused = false;
                    OrderCreated order = buyer.createOrder(OrderRequest.of(hold.holdId()));
                    PaymentResult paid = buyer.pay(order.orderId(), Cards.APPROVED);
                    bought.add(new Purchase(hold, paid));
                }
                throw new AssertionError("buyer " + i + " still buying when time ran out");
            });

            assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("buyer %d", o.index()).isNull());
            List<Purchase> purchases = outcomes.stream().flatMap(o -> o.value().stream()).toList();
            List<Ticket> tickets = purchases.stream().flatMap(p -> p.paid().tickets().stream()).toList();
            List<String> ticketSeats = tickets.stream().map(Ticket::seatId).toList();
            int seatsPaidFor = purchases.stream().mapToInt(p -> p.hold().seatIds().size()).sum();

            assertThat(purchases).allSatisfy(p -> {
                assertThat(p.paid().status()).isEqualTo(OrderStatus.PAID);
                assertThat(p.paid().tickets()).extracting(Ticket::seatId)
                        .as("each sale issues one ticket per held seat, for exactly those seats")
                        .containsExactlyInAnyOrderElementsOf(p.hold().seatIds());
            });
            assertThat(ticketSeats).as("no seat is on two tickets").doesNotHaveDuplicates();
            assertThat(stallSeats).as("only stall seats were sold").containsAll(ticketSeats);

            SeatMap after = backend.seatMap(session);
            long soldOnMap = after.seats().stream().filter(s -> s.status() == SeatStatus.SOLD).count();
            assertThat(after.seats()).filteredOn(s -> stallSeats.contains(s.id())).extracting(Seat::status)
                    .as("the stalls are sold out").containsOnly(SeatStatus.SOLD);
            assertThat(soldOnMap).isEqualTo(120);
            assertThat(tickets).hasSize(120);
            assertThat(seatsPaidFor).isEqualTo(120);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM tickets WHERE session_id = ?", session))
                    .as("tickets issued").isEqualTo(120);
            assertThat(Sql.number(backend, "SELECT COUNT(*) FROM tickets WHERE status = 'VALID'"))
                    .as("valid tickets = sold seats in the inventory")
                    .isEqualTo(Sql.number(backend, "SELECT COUNT(*) FROM session_seats WHERE status = 'SOLD'"));
            assertThat(backend.acquirer().authorizationCount()).as("one charge per sale").isEqualTo(purchases.size());

            BilheteriaClient latecomer = backend.as("cashier");
            assertThatThrownBy(() -> latecomer.hold(HoldRequest.bestAvailable(session, stalls.id(), 1)))
                    .as("a latecomer finds the stalls sold out")
                    .isInstanceOf(SeatConflictException.class);
        }
    }

    private record Purchase(Hold hold, PaymentResult paid) {
    }

    /** One client per buyer; kiosks, cashiers and a web customer mixed, each logged in once and shared by token. */
    private static List<BilheteriaClient> buyers(TestBackend backend, int n) {
        List<BilheteriaClient> logins = List.of(backend.as("kiosk"), backend.cashierOnShift(), backend.as("customer"));
        List<BilheteriaClient> buyers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BilheteriaClient login = logins.get(i % logins.size());
            buyers.add(login.withToken(login.token()));
        }
        return buyers;
    }

    private static Section section(SeatMap map, String name) {
        return map.sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> stallSeats(TestBackend backend, String session, Section stalls) {
        return backend.seatMap(session).seats().stream().filter(s -> s.sectionId().equals(stalls.id()))
                .map(Seat::id).collect(Collectors.toSet());
    }
}
