package io.bilheteria.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.checkin.CheckinResult;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.backend.testing.BackendProcess;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.backend.testing.Together;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.client.SeatConflictException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real backend processes on one PostgreSQL, as in production: buyers at either one
 * compete for the same seats, and the database alone decides who gets them.
 */
class MultiProcessIT {
    private static TestDatabase db;
    private static BackendProcess north;
    private static BackendProcess south;

    @BeforeAll
    static void startTwoBackendsOnOneDatabase(@TempDir Path logs) throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresConfigured(), "needs " + TestDatabase.PG_ENV);
        db = TestDatabase.postgres();
        // one after the other, so that only the first seeds the demo
        north = BackendProcess.start(db.jdbcUrl(), logs.resolve("north.log"), Duration.ofSeconds(120));
        south = BackendProcess.start(db.jdbcUrl(), logs.resolve("south.log"), Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopThem() {
        try {
            if (north != null) {
                north.close();
            }
        } finally {
            try {
                if (south != null) {
                    south.close();
                }
            } finally {
                if (db != null) {
                    db.drop();
                }
            }
        }
    }

    @Test
    void bothBackendsServeTheSameSingleDemo() throws Exception {
        assertThat(north.port()).isNotEqualTo(south.port());
        assertThat(count("SELECT COUNT(*) FROM accounts WHERE username = 'kiosk'")).as("seeded once").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM events")).isEqualTo(2);
        assertThat(north.anonymous().seatMap(theatreSession(0))).isEqualTo(south.anonymous().seatMap(theatreSession(0)));
    }

    @Test
    void fortyBuyersAtTwoBackendsTapTheSameSeatsAndOneWins() {
        String session = theatreSession(0);
        SeatMap map = north.anonymous().seatMap(session);
        List<String> pair = map.seats().stream().filter(s -> s.row().equals("D") && (s.number() == 9 || s.number() == 10))
                .map(Seat::id).toList();
        assertThat(pair).hasSize(2);
        List<BilheteriaClient> buyers = buyersAtBoth(40);

        List<Together.Outcome<Hold>> outcomes = Together.run(40, Duration.ofSeconds(60),
                i -> () -> buyers.get(i).hold(HoldRequest.seats(session, pair)));

        List<Together.Outcome<Hold>> winners = outcomes.stream().filter(Together.Outcome::succeeded).toList();
        assertThat(winners).as("one winner across both processes").hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(39).allSatisfy(o -> {
            assertThat(o.error()).isInstanceOf(SeatConflictException.class);
            assertThat(((SeatConflictException) o.error()).conflictingSeatIds()).containsExactlyInAnyOrderElementsOf(pair);
        });
        assertThat(south.anonymous().seatMap(session).seats()).filteredOn(s -> pair.contains(s.id()))
                .extracting(Seat::status).containsOnly(SeatStatus.HELD);
        assertThat(north.anonymous().seatMap(session).seats()).filteredOn(s -> pair.contains(s.id()))
                .extracting(Seat::status).containsOnly(SeatStatus.HELD);
    }

    @Test
    void twoBackendsSellOutOneSectionWithoutSellingASeatTwiceAndAdmitEachTicketOnce() throws Exception {
        String session = theatreSession(1);
        SeatMap map = north.anonymous().seatMap(session);
        String balcony = map.sections().stream().filter(s -> s.name().equals("Balcão")).findFirst().orElseThrow().id();
        Set<String> balconySeats = map.seats().stream().filter(s -> s.sectionId().equals(balcony)).map(Seat::id)
                .collect(Collectors.toSet());
        assertThat(balconySeats).hasSize(40);
        List<BilheteriaClient> buyers = buyersAtBoth(20);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();

        List<Together.Outcome<List<PaymentResult>>> outcomes = Together.run(20, Duration.ofSeconds(70), i -> () -> {
            BilheteriaClient buyer = buyers.get(i);
            Random random = new Random(i);
            List<PaymentResult> bought = new ArrayList<>();
            boolean lastRefused = false;
            while (System.nanoTime() < deadline) {
                Hold hold;
                try {
                    hold = buyer.hold(HoldRequest.bestAvailable(session, balcony, lastRefused ? 1 : 1 + random.nextInt(4)));
                } catch (SeatConflictException refused) {
                    if (buyer.seatMap(session).seats().stream()
                            .noneMatch(s -> balconySeats.contains(s.id()) && s.status() == SeatStatus.AVAILABLE)) {
                        return bought;
                    }
                    lastRefused = true;
                    Thread.sleep(10 + random.nextInt(30));
                    continue;
                }
                lastRefused = false;
                OrderCreated order = buyer.createOrder(OrderRequest.of(hold.holdId()));
                PaymentResult paid = buyer.pay(order.orderId(), Cards.APPROVED);
                assertThat(paid.tickets()).extracting(Ticket::seatId).containsExactlyInAnyOrderElementsOf(hold.seatIds());
                bought.add(paid);
            }
            throw new AssertionError("buyer " + i + " still buying when time ran out");
        });

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("buyer %d", o.index()).isNull());
        List<Ticket> tickets = outcomes.stream().flatMap(o -> o.value().stream()).flatMap(p -> p.tickets().stream())
                .toList();
        assertThat(tickets).extracting(Ticket::seatId).as("no seat sold twice").doesNotHaveDuplicates()
                .hasSize(40).containsExactlyInAnyOrderElementsOf(balconySeats);
        for (BackendProcess backend : List.of(north, south)) {
            assertThat(backend.anonymous().seatMap(session).seats()).filteredOn(s -> balconySeats.contains(s.id()))
                    .extracting(Seat::status).containsOnly(SeatStatus.SOLD);
        }
        // the balcony's tickets only: the full demo's online orders have stalls seats of this session too
        assertThat(count("SELECT COUNT(*) FROM tickets t JOIN spots sp ON sp.id = t.spot_id WHERE t.session_id = '"
                + session + "' AND sp.section_id = '" + balcony + "'")).isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM tickets WHERE status = 'VALID'"))
                .isEqualTo(count("SELECT COUNT(*) FROM session_seats WHERE status = 'SOLD'"));
        assertThatThrownBy(() -> buyers.get(0).hold(HoldRequest.bestAvailable(session, balcony, 1)))
                .isInstanceOf(SeatConflictException.class);

        // the same ticket shown at gates served by both backends at once
        String qr = tickets.get(0).qr();
        BilheteriaClient northGate = north.as("gate");
        BilheteriaClient southGate = south.as("gate");
        List<Together.Outcome<CheckinResult>> scans = Together.run(10, Duration.ofSeconds(30),
                i -> () -> (i % 2 == 0 ? northGate : southGate).checkin(qr, (i % 2 == 0 ? "north-" : "south-") + i,
                        List.of(session)));
        assertThat(scans).allSatisfy(s -> assertThat(s.error()).isNull());
        List<CheckinResult> results = scans.stream().map(Together.Outcome::value).toList();
        assertThat(results).filteredOn(r -> r.result() == CheckinResultType.ACCEPTED).as("admitted once").hasSize(1);
        CheckinResult accepted = results.stream().filter(r -> r.result() == CheckinResultType.ACCEPTED).findFirst()
                .orElseThrow();
        assertThat(results).filteredOn(r -> r.result() != CheckinResultType.ACCEPTED).hasSize(9).allSatisfy(r -> {
            assertThat(r.result()).isEqualTo(CheckinResultType.ALREADY_USED);
            assertThat(r.firstGateId()).isEqualTo(accepted.firstGateId());
            assertThat(r.firstScanAt()).isEqualTo(accepted.firstScanAt());
        });
    }

    @Test
    void aPaymentRetriedAtBothBackendsWithOneKeyChargesOnce() throws Exception {
        String session = theatreSession(2);
        BilheteriaClient kioskAtNorth = north.as("kiosk");
        BilheteriaClient kioskAtSouth = south.anonymous().withToken(kioskAtNorth.token()); // same terminal, other backend
        String stalls = kioskAtNorth.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow().id();
        Hold hold = kioskAtNorth.hold(HoldRequest.bestAvailable(session, stalls, 2));
        OrderCreated order = kioskAtNorth.createOrder(OrderRequest.of(hold.holdId()));
        String key = UUID.randomUUID().toString();

        // the kiosk's request timed out at one backend and was retried through the other
        List<Together.Outcome<PaymentResult>> taps = Together.run(10, Duration.ofSeconds(60),
                i -> () -> (i % 2 == 0 ? kioskAtNorth : kioskAtSouth).pay(order.orderId(), Cards.APPROVED, key));

        assertThat(taps).allSatisfy(t -> assertThat(t.error()).as("tap %d", t.index()).isNull());
        PaymentResult first = taps.get(0).value();
        assertThat(first.tickets()).extracting(Ticket::seatId).containsExactlyInAnyOrderElementsOf(hold.seatIds());
        assertThat(taps).allSatisfy(t -> assertThat(t.value()).isEqualTo(first));
        assertThat(count("SELECT COUNT(*) FROM tickets WHERE order_id = '" + order.orderId() + "'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM payments WHERE order_id = '" + order.orderId() + "'")).isEqualTo(1);
        assertThat(kioskAtSouth.order(order.orderId()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(kioskAtSouth.pay(order.orderId(), Cards.APPROVED, key))
                .as("a later retry with the key still gets the sale, at either backend").isEqualTo(first);
        assertThat(kioskAtNorth.pay(order.orderId(), Cards.APPROVED, key)).isEqualTo(first);
    }

    // ---------------------------------------------------------------------------------------------

    /** Kiosks, cashiers and a customer, alternately at the north and the south backend. */
    private static List<BilheteriaClient> buyersAtBoth(int n) {
        List<BilheteriaClient> logins = List.of(north.as("kiosk"), south.as("cashier"), north.as("customer"),
                south.as("kiosk"), north.as("cashier"), south.as("customer"));
        // a cashier sells only within an open shift: one for the cashier account, whichever backend opened it
        try {
            logins.get(1).currentShift();
        } catch (NotFoundException none) {
            logins.get(1).openShift();
        }
        List<BilheteriaClient> buyers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BilheteriaClient login = logins.get(i % logins.size());
            buyers.add(login.withToken(login.token()));
        }
        return buyers;
    }

    private static String theatreSession(int index) {
        return north.anonymous().events("Compadecida", null, null).items().get(0).sessions().get(index).id();
    }

    private static long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(db.jdbcUrl()); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
