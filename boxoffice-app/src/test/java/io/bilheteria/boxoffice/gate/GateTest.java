package io.bilheteria.boxoffice.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.boxoffice.gate.Verdict.Reason;
import io.bilheteria.boxoffice.gate.Verdict.Result;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.boxoffice.offline.SyncState;
import io.bilheteria.boxoffice.testing.StationsAgainstBackend;
import io.bilheteria.client.BilheteriaClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gate against the real backend over HTTP: it validates with what it downloaded while
 * the backend is away, keeps its journal across a restart, and learns of revocations and of
 * another gate's earlier admission when the backend is back.
 */
class GateTest extends StationsAgainstBackend {

    @Test
    void withTheBackendGoneTheGateStillAdmitsOnceAndRefusesTheReplayWithWhenAndWhere() throws Exception {
        PaymentResult sale = backend.sell(session, 2);
        Gate gate = open("north", "north-1");
        assertThat(sync(gate).online()).isTrue();
        backend.stop();

        Verdict first = gate.scan(qr(sale, 0) + "\r\n");
        Verdict again = gate.scan(qr(sale, 0) + "\n");

        assertThat(first.result()).isEqualTo(Result.ACCEPTED);
        assertThat(first.reason()).isEqualTo(Reason.ADMITTED);
        assertThat(first.ticketId()).isEqualTo(sale.tickets().get(0).ticketId());
        assertThat(first.sectionName()).isEqualTo("Plateia");
        assertThat(first.row()).isNotBlank();
        assertThat(first.seatNumber()).isPositive();
        assertThat(again.result()).isEqualTo(Result.ALREADY_USED);
        assertThat(again.firstScanAt()).isEqualTo(first.scannedAt());
        assertThat(again.firstGateId()).isEqualTo("north-1");
        assertThat(gate.counts()).isEqualTo(new GateCounters(1, 1, 1));
        SyncState offline = sync(gate);
        assertThat(offline.online()).isFalse();
        assertThat(offline.pendingScans()).isEqualTo(2);
        assertThat(offline.lastError()).contains("offline");
    }

    @Test
    void forgedTamperedAndForeignCodesAreRefusedAndABlankReadIsNoScan() throws Exception {
        PaymentResult sale = backend.sell(session, 1);
        PaymentResult otherSession = backend.sell(backend.theatreSessions().get(1), 1);
        Gate gate = open("north", "north-1");
        sync(gate);
        String qr = qr(sale, 0);
        String signed = qr.substring(0, qr.lastIndexOf('.'));
        TicketCode code = TicketCode.parse(qr).orElseThrow().code();
        String otherSeat = new TicketCode(code.ticketId(), code.version(), code.sessionId(),
                Long.toString(Long.parseLong(code.seatId()) + 1)).signedPart() + qr.substring(qr.lastIndexOf('.'));
        String newerVersion = new TicketCode(code.ticketId(), code.version() + 1, code.sessionId(), code.seatId())
                .signedPart() + qr.substring(qr.lastIndexOf('.'));

        assertThat(gate.scan(signed + "." + "A".repeat(86))).extracting(Verdict::result, Verdict::reason)
                .containsExactly(Result.INVALID, Reason.FORGED_OR_ALTERED);
        assertThat(gate.scan(otherSeat)).extracting(Verdict::result, Verdict::reason)
                .containsExactly(Result.INVALID, Reason.FORGED_OR_ALTERED);
        assertThat(gate.scan(newerVersion).reason()).isEqualTo(Reason.FORGED_OR_ALTERED);
        assertThat(gate.scan("7891000315507")).extracting(Verdict::result, Verdict::reason)
                .containsExactly(Result.INVALID, Reason.NOT_A_TICKET);
        assertThat(gate.scan(qr(otherSession, 0))).extracting(Verdict::result, Verdict::reason)
                .containsExactly(Result.WRONG_SESSION, Reason.OTHER_SESSION);
        assertThat(gate.scan("   \r\n").result()).isEqualTo(Result.INVALID);
        assertThat(gate.counts()).as("five refusals; the blank read is not counted").isEqualTo(
                new GateCounters(0, 5, 1));
        assertThat(gate.scan(qr).result()).as("the real ticket was not used up by its fakes")
                .isEqualTo(Result.ACCEPTED);

        assertThat(sync(gate).pendingScans()).as("the refusals are recorded by the backend too").isZero();
    }

    @Test
    void tomorrowsTicketIsRefusedWithItsTimeAndTheBackendKeepsItUnusedForTomorrow() throws Exception {
        var tomorrow = backend.as("gate").events("Compadecida", null, null).items().get(0).sessions().get(1);
        PaymentResult tomorrows = backend.sell(tomorrow.id(), 1);
        Gate told = open("told", "north-1");
        told.knowSessionStarts(Map.of(tomorrow.id(), tomorrow.startsAt()));
        Gate untold = open("untold", "south-2");

        Verdict refused = told.scan(qr(tomorrows, 0));
        Verdict refusedUntold = untold.scan(qr(tomorrows, 0));

        assertThat(refused).extracting(Verdict::result, Verdict::reason, Verdict::sessionStartsAt)
                .containsExactly(Result.WRONG_SESSION, Reason.OTHER_SESSION, tomorrow.startsAt());
        assertThat(refusedUntold.result()).isEqualTo(Result.WRONG_SESSION);
        assertThat(refusedUntold.sessionStartsAt()).as("this gate was not told of tomorrow's session").isNull();
        assertThat(sync(told).pendingScans()).isZero();
        assertThat(sync(untold).pendingScans()).isZero();
        assertThat(untold.scan(qr(tomorrows, 0)).sessionStartsAt())
                .as("the backend's answer to the synced scan said when the ticket is for")
                .isEqualTo(tomorrow.startsAt());
        GateTicket atTheBackend = backend.as("gate").sessionTickets(tomorrow.id(), null).tickets().get(0);
        assertThat(atTheBackend.firstScanAt()).as("tomorrow the ticket still goes in").isNull();
        assertThat(told.conflicts()).isEmpty();
    }

    @Test
    void aCancelledOrderReachesTheGateAtItsNextSyncAndItsTicketIsRefused() throws Exception {
        PaymentResult sale = backend.sell(session, 2);
        Gate gate = open("north", "north-1");
        sync(gate);
        assertThat(gate.counts().remaining()).isEqualTo(2);

        BilheteriaClient cashier = backend.as("cashier");
        cashier.openShift(); // a cashier refunds within an open shift
        cashier.cancelOrder(sale.orderId());
        sync(gate);
        backend.stop();

        assertThat(gate.scan(qr(sale, 0))).extracting(Verdict::result, Verdict::reason)
                .containsExactly(Result.REVOKED, Reason.REFUNDED);
        assertThat(gate.counts()).isEqualTo(new GateCounters(0, 1, 0));
    }

    @Test
    void aGateRestartedMidShiftKeepsWhomItLetInAndSendsItsScansLater() throws Exception {
        PaymentResult sale = backend.sell(session, 2);
        Gate before = open("north", "north-1");
        sync(before);
        backend.stop();
        Verdict admitted = before.scan(qr(sale, 0));
        before.close();
        opened.remove(before);

        // restarted without a network, nobody can log in: the gate opens on what it has on disk
        BilheteriaClient notLoggedIn = backend.client();
        Gate after = open("north", "north-1", notLoggedIn);
        Verdict replay = after.scan(qr(sale, 0));
        Verdict other = after.scan(qr(sale, 1));

        assertThat(admitted.result()).isEqualTo(Result.ACCEPTED);
        assertThat(replay.result()).as("known from the journal, with no backend").isEqualTo(Result.ALREADY_USED);
        assertThat(replay.firstScanAt()).isEqualTo(admitted.scannedAt());
        assertThat(other.result()).as("the key and tickets came from the disk").isEqualTo(Result.ACCEPTED);
        assertThat(other.seatNumber()).isNotNull();
        assertThat(after.counts()).isEqualTo(new GateCounters(2, 1, 0));
        assertThat(after.syncState().pendingScans()).isEqualTo(3);

        backend.restart();
        assertThat(sync(after).lastError()).contains("sign out and in again");
        notLoggedIn.login("gate", "demo-gate");
        SyncState synced = sync(after);

        assertThat(synced.online()).isTrue();
        assertThat(synced.pendingScans()).isZero();
        GateTicket stored = backend.as("gate").sessionTickets(session, null).tickets().stream()
                .filter(t -> t.ticketId().equals(admitted.ticketId())).findFirst().orElseThrow();
        assertThat(stored.firstGateId()).isEqualTo("north-1");
        assertThat(stored.firstScanAt()).as("the offline scan's own time").isEqualTo(admitted.scannedAt()
                .truncatedTo(ChronoUnit.MILLIS));
        assertThat(after.conflicts()).isEmpty();
    }

    @Test
    void twoGatesOfflineAdmitTheSameTicketsAndAfterSyncingTheEarlierScanWinsAndTheOtherGateIsTold() throws Exception {
        PaymentResult sale = backend.sell(session, 2);
        Gate north = open("north", "north-1");
        Gate south = open("south", "south-2");
        sync(north);
        sync(south);
        backend.stop();

        Verdict southFirst = south.scan(qr(sale, 0));
        Verdict northFirst = north.scan(qr(sale, 1));
        Verdict northLater = north.scan(qr(sale, 0));
        Verdict southLater = south.scan(qr(sale, 1));
        assertThat(List.of(southFirst, northFirst, northLater, southLater)).as("offline, each gate admits both")
                .allSatisfy(v -> assertThat(v.result()).isEqualTo(Result.ACCEPTED));

        backend.restart();
        sync(north);
        sync(south);
        sync(north);

        assertThat(north.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.ADMITTED_ELSEWHERE_FIRST);
            assertThat(c.ticketId()).isEqualTo(northLater.ticketId());
            assertThat(c.admittedAt()).isEqualTo(northLater.scannedAt());
            assertThat(c.firstGateId()).isEqualTo("south-2");
            assertThat(c.firstScanAt()).isEqualTo(southFirst.scannedAt().truncatedTo(
                    ChronoUnit.MILLIS));
            assertThat(c.row()).isNotBlank();
        });
        assertThat(south.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.ticketId()).isEqualTo(southLater.ticketId());
            assertThat(c.firstGateId()).isEqualTo("north-1");
        });
        assertThat(north.scan(qr(sale, 0)).firstGateId()).as("afterwards both gates agree who was first")
                .isEqualTo(south.scan(qr(sale, 0)).firstGateId()).isEqualTo("south-2");
    }

    @Test
    void aMeiaEntradaIsAdmittedWithTheDocumentToCheck() throws Exception {
        BilheteriaClient cashier = backend.as("cashier");
        cashier.openShift();
        String stalls = cashier.seatMap(session).sections().stream().filter(s -> s.name().equals("Plateia"))
                .findFirst().orElseThrow().id();
        var hold = cashier.hold(HoldRequest.bestAvailable(session, stalls, 2));
        var order = cashier.createOrder(new OrderRequest(hold.holdId(), null, List.of(), null,
                Map.of(hold.seatIds().get(0), TicketType.HALF)));
        PaymentResult sale = cashier.pay(order.orderId(), new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123"));
        Gate gate = open("north", "north-1");
        sync(gate);

        List<Verdict> verdicts = List.of(gate.scan(qr(sale, 0)), gate.scan(qr(sale, 1)));

        assertThat(verdicts).allMatch(Verdict::admits);
        assertThat(verdicts).filteredOn(Verdict::halfPrice).singleElement()
                .extracting(Verdict::seatId).isEqualTo(hold.seatIds().get(0));
    }

    @Test
    void aGateThatNeverReachedTheBackendCannotOpenAndSaysWhy() {
        BilheteriaClient client = backend.client();
        backend.stop();

        assertThatThrownBy(() -> open("fresh", "north-1", client))
                .isInstanceOf(GateUnavailableException.class)
                .hasMessageContaining("never reached the backend");
    }

    @Test
    void oneDataFolderServesOneGateAtATime() throws Exception {
        open("north", "north-1");

        assertThatThrownBy(() -> open("north", "north-2"))
                .isInstanceOf(GateUnavailableException.class)
                .hasMessageContaining("in use by another gate");
    }

    @Test
    void theBackgroundSyncSendsScansWithoutBeingAsked() throws Exception {
        PaymentResult sale = backend.sell(session, 1);
        Gate gate = Gate.open(dir.resolve("auto"), backend.as("gate"), "north-1", List.of(session),
                SyncSettings.defaults().withSyncEvery(Duration.ofMillis(50)));
        opened.add(gate);
        List<SyncState> seen = new CopyOnWriteArrayList<>();
        gate.addListener(() -> seen.add(gate.syncState()));

        gate.scan(qr(sale, 0));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // the journal counts the scan as sent a moment before the sync thread calls its listeners
        while ((gate.syncState().pendingScans() > 0 || seen.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(gate.syncState().pendingScans()).isZero();
        assertThat(seen).isNotEmpty();
        assertThat(Files.readString(dir.resolve("auto").resolve("journal.jsonl"))).contains("\"synced\"");
    }

    @Test
    void aGateOpenedWithoutATokenSignsInAgainWhenTheBackendAsksAndSendsItsScans() throws Exception {
        PaymentResult sale = backend.sell(session, 1);
        BilheteriaClient client = backend.client();
        AtomicInteger signIns = new AtomicInteger();
        Gate gate = Gate.open(dir.resolve("offline-start"), client, "north-1", List.of(session), BY_HAND, () -> {
            signIns.incrementAndGet();
            client.login("gate", "demo-gate");
        });
        opened.add(gate);

        gate.scan(qr(sale, 0));
        SyncState state = sync(gate);

        assertThat(state.online()).isTrue();
        assertThat(state.pendingScans()).isZero();
        assertThat(signIns).hasValue(1);
        assertThat(sync(gate).online()).as("the new token lasts: no sign-in per sync").isTrue();
        assertThat(signIns).hasValue(1);
    }

    private Gate open(String folder, String gateId) throws GateUnavailableException {
        return open(folder, gateId, backend.as("gate"));
    }

    private Gate open(String folder, String gateId, BilheteriaClient client) throws GateUnavailableException {
        Gate gate = Gate.open(dir.resolve(folder), client, gateId, List.of(session), BY_HAND);
        opened.add(gate);
        return gate;
    }

    private static String qr(PaymentResult sale, int index) {
        return sale.tickets().get(index).qr();
    }
}
