package io.bilheteria.boxoffice.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.orders.Order;
import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.boxoffice.counter.VoucherVerdict.Reason;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.boxoffice.offline.SyncState;
import io.bilheteria.boxoffice.testing.StationsAgainstBackend;
import io.bilheteria.client.BilheteriaClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The concession counter against the real backend over HTTP: online the backend decides each
 * voucher; with the backend gone the counter hands over on the signature and its journal, keeps
 * its hand-overs across a restart and sends them when the backend is back, where the first of
 * two offline counters to tell it stands and the other learns of the conflict.
 */
class CounterRedemptionTest extends StationsAgainstBackend {
    private static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");

    @Test
    void onlineAVoucherIsHandedOverOnceAndItsCopyIsRefusedWithWhereAndWhen() throws Exception {
        Order order = backend.sellProduct(session, "Pipoca", 2);
        ConcessionCounter counter = open("pipoca", "pipoca-1", BY_HAND);

        VoucherVerdict first = counter.scan(voucher(order, 0) + "\r\n");
        VoucherVerdict again = counter.scan(voucher(order, 0));
        VoucherVerdict secondUnit = counter.scan(voucher(order, 1));

        assertThat(first.result()).isEqualTo(RedeemResultType.REDEEMED);
        assertThat(first.productName()).isEqualTo("Pipoca");
        assertThat(first.decidedHere()).as("the backend decided").isFalse();
        assertThat(again.result()).isEqualTo(RedeemResultType.ALREADY_REDEEMED);
        assertThat(again.handedOverBy()).isEqualTo("pipoca-1");
        assertThat(again.handedOverAt()).isEqualTo(first.handedOverAt());
        assertThat(secondUnit.result()).as("two popcorns, two vouchers").isEqualTo(RedeemResultType.REDEEMED);
        assertThat(counter.counts()).isEqualTo(new HandoverCounts(2, 1));
        assertThat(sync(counter).pendingScans()).as("the backend has them all already").isZero();
        assertThat(backend.as("kiosk").order(order.orderId()).vouchers()).allSatisfy(v ->
                assertThat(v.redeemedAt()).isNotNull());
    }

    @Test
    void aRefundedOrdersVoucherIsCancelledOnlineAndOfflineOnceTheCounterHeardIt() throws Exception {
        Order order = backend.sellProduct(session, "Refrigerante", 1);
        backend.refund(order.orderId());
        ConcessionCounter counter = open("pipoca", "pipoca-1", BY_HAND);

        VoucherVerdict online = counter.scan(voucher(order, 0));
        backend.stop();
        VoucherVerdict offline = counter.scan(voucher(order, 0));

        assertThat(online.result()).isEqualTo(RedeemResultType.REVOKED);
        assertThat(online.reason()).isEqualTo(Reason.REFUNDED);
        assertThat(online.productName()).isEqualTo("Refrigerante");
        assertThat(offline.result()).as("the journal keeps what the backend said").isEqualTo(RedeemResultType.REVOKED);
        assertThat(offline.decidedHere()).isTrue();
    }

    @Test
    void withTheBackendGoneTheCounterHandsOverOnTheSignatureOnceAndSendsItLater() throws Exception {
        Order order = backend.sellProduct(session, "Pipoca", 1);
        ConcessionCounter counter = onlineOnceThenOffline("pipoca-1");

        VoucherVerdict first = counter.scan(voucher(order, 0));
        VoucherVerdict again = counter.scan(voucher(order, 0));

        assertThat(first.result()).isEqualTo(RedeemResultType.REDEEMED);
        assertThat(first.decidedHere()).isTrue();
        assertThat(first.productName()).as("named from the products downloaded online").isEqualTo("Pipoca");
        assertThat(again.result()).isEqualTo(RedeemResultType.ALREADY_REDEEMED);
        assertThat(again.handedOverAt()).isEqualTo(first.scannedAt());
        assertThat(again.handedOverBy()).isEqualTo("pipoca-1");
        SyncState offline = sync(counter);
        assertThat(offline.online()).isFalse();
        assertThat(offline.pendingScans()).as("only the hand-over is sent, not the refusal").isEqualTo(1);

        backend.restart();
        SyncState synced = sync(counter);

        assertThat(synced.online()).isTrue();
        assertThat(synced.pendingScans()).isZero();
        assertThat(counter.conflicts()).isEmpty();
        assertThat(backend.as("kiosk").order(order.orderId()).vouchers().get(0).redeemedAt())
                .as("the offline hand-over's own time").isEqualTo(first.scannedAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(counter.scan(voucher(order, 0)).result()).isEqualTo(RedeemResultType.ALREADY_REDEEMED);
    }

    @Test
    void forgedAlteredAndTicketCodesAreRefusedOfflineAndABlankReadIsNoScan() throws Exception {
        Order order = backend.sellProduct(session, "Pipoca", 1);
        ConcessionCounter counter = onlineOnceThenOffline("pipoca-1");
        String code = voucher(order, 0);
        String otherProduct = code.replaceFirst("^(BV1\\.[^.]+\\.[^.]+\\.)[^.]+", "$1forged");

        assertThat(counter.scan(withOneSignatureLetterChanged(code))).extracting(VoucherVerdict::result,
                VoucherVerdict::reason).containsExactly(RedeemResultType.INVALID, Reason.FORGED_OR_ALTERED);
        assertThat(counter.scan(otherProduct).reason()).isEqualTo(Reason.FORGED_OR_ALTERED);
        assertThat(counter.scan(order.tickets().get(0).qr()).reason()).as("a ticket goes to the gate")
                .isEqualTo(Reason.A_TICKET);
        assertThat(counter.scan("7891000315507").reason()).isEqualTo(Reason.NOT_A_VOUCHER);
        assertThat(counter.scan("  \r\n").result()).isEqualTo(RedeemResultType.INVALID);
        assertThat(counter.counts()).as("four refusals; the blank read is not counted")
                .isEqualTo(new HandoverCounts(0, 4));
        assertThat(counter.scan(code).result()).as("the real voucher was not used up by its fakes")
                .isEqualTo(RedeemResultType.REDEEMED);
    }

    @Test
    void aCounterRestartedWithoutTheBackendKnowsWhatItHandedOverAndSendsItWhenItIsBack() throws Exception {
        Order order = backend.sellProduct(session, "Pipoca", 2);
        ConcessionCounter before = onlineOnceThenOffline("pipoca-1");
        VoucherVerdict handed = before.scan(voucher(order, 0));
        before.close();
        opened.remove(before);

        // restarted without a network, nobody can log in: the counter opens on what it has on disk
        BilheteriaClient notLoggedIn = backend.client();
        ConcessionCounter after = open("pipoca", "pipoca-1", notLoggedIn, BY_HAND);
        VoucherVerdict replay = after.scan(voucher(order, 0));
        VoucherVerdict other = after.scan(voucher(order, 1));

        assertThat(replay.result()).as("known from the journal").isEqualTo(RedeemResultType.ALREADY_REDEEMED);
        assertThat(replay.handedOverAt()).isEqualTo(handed.scannedAt());
        assertThat(other.result()).as("the key came from the disk").isEqualTo(RedeemResultType.REDEEMED);
        assertThat(other.productName()).as("so did the product names").isEqualTo("Pipoca");
        assertThat(after.syncState().pendingScans()).isEqualTo(2);

        backend.restart();
        notLoggedIn.login("gate", "demo-gate");
        assertThat(sync(after).pendingScans()).isZero();
        assertThat(backend.as("kiosk").order(order.orderId()).vouchers()).allSatisfy(v ->
                assertThat(v.redeemedAt()).isNotNull());
    }

    @Test
    void twoCountersOfflineHandTheSameVoucherOverAndTheOneThatSyncsLaterSeesTheConflict() throws Exception {
        Order order = backend.sellProduct(session, "Pipoca", 1);
        ConcessionCounter north = open("north", "pipoca-norte", BY_HAND);
        ConcessionCounter south = open("south", "pipoca-sul", BY_HAND);
        sync(north);
        sync(south);
        backend.stop();

        VoucherVerdict northHanded = north.scan(voucher(order, 0));
        VoucherVerdict southHanded = south.scan(voucher(order, 0));
        assertThat(List.of(northHanded, southHanded)).as("offline, each counter hands it over")
                .allSatisfy(v -> assertThat(v.result()).isEqualTo(RedeemResultType.REDEEMED));

        backend.restart();
        sync(north);
        sync(south);

        assertThat(north.conflicts()).as("the first hand-over the backend heard of stands").isEmpty();
        assertThat(south.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(VoucherConflict.Kind.HANDED_OVER_ELSEWHERE_FIRST);
            assertThat(c.productName()).isEqualTo("Pipoca");
            assertThat(c.handedOverAt()).isEqualTo(southHanded.scannedAt());
            assertThat(c.firstCounterId()).isEqualTo("pipoca-norte");
            assertThat(c.firstHandedOverAt()).isEqualTo(northHanded.scannedAt().truncatedTo(ChronoUnit.MILLIS));
        });
        assertThat(south.scan(voucher(order, 0)).handedOverBy()).as("afterwards both counters name the first")
                .isEqualTo(north.scan(voucher(order, 0)).handedOverBy()).isEqualTo("pipoca-norte");
    }

    @Test
    void theDaysCountsRunUntilSixInTheMorning() throws Exception {
        Order order = backend.sellProduct(session, "Pipoca", 2);
        Instant evening = Instant.parse("2026-12-07T23:30:00Z"); // 20:30 at the venue
        try (ConcessionCounter counter = open("pipoca", "pipoca-1", BY_HAND.withClock(Clock.fixed(evening, VENUE)))) {
            opened.remove(counter);
            counter.scan(voucher(order, 0));
        }

        assertThat(countsAt(evening.plus(Duration.ofHours(5)))).as("01:30, the same venue day")
                .isEqualTo(new HandoverCounts(1, 0));
        assertThat(countsAt(evening.plus(Duration.ofHours(10)))).as("06:30, a new day")
                .isEqualTo(new HandoverCounts(0, 0));
    }

    @Test
    void aCounterThatNeverReachedTheBackendCannotOpenAndSaysWhy() {
        BilheteriaClient client = backend.client();
        backend.stop();

        assertThatThrownBy(() -> open("fresh", "pipoca-1", client, BY_HAND))
                .isInstanceOf(CounterUnavailableException.class)
                .hasMessageContaining("never reached the backend");
    }

    /** A counter that synced once (the key, the product names), then the backend goes away. */
    private ConcessionCounter onlineOnceThenOffline(String counterId) throws Exception {
        ConcessionCounter counter = open("pipoca", counterId, BY_HAND);
        assertThat(sync(counter).online()).isTrue();
        backend.stop();
        return counter;
    }

    private HandoverCounts countsAt(Instant when) throws Exception {
        try (ConcessionCounter counter = open("pipoca", "pipoca-1", BY_HAND.withClock(Clock.fixed(when, VENUE)))) {
            opened.remove(counter);
            return counter.counts();
        }
    }

    private ConcessionCounter open(String folder, String counterId, SyncSettings settings) throws Exception {
        return open(folder, counterId, backend.as("gate"), settings);
    }

    private ConcessionCounter open(String folder, String counterId, BilheteriaClient client, SyncSettings settings)
            throws Exception {
        ConcessionCounter counter = ConcessionCounter.open(dir.resolve(folder), client, counterId, VENUE, settings,
                null);
        opened.add(counter);
        return counter;
    }

    private static String voucher(Order order, int index) {
        return order.vouchers().get(index).code();
    }

    /**
     * The code with one letter of its signature changed. Always a different code: writing a fixed suffix over
     * the signature gave the original back whenever the signature already ended in it (1 run in 256).
     */
    private static String withOneSignatureLetterChanged(String code) {
        int i = code.length() - 5;
        char other = code.charAt(i) == 'A' ? 'B' : 'A';
        return code.substring(0, i) + other + code.substring(i + 1);
    }
}
