package io.bilheteria.backend.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.products.Product;
import io.bilheteria.api.vouchers.OfflineRedemption;
import io.bilheteria.api.vouchers.RedeemBatch;
import io.bilheteria.api.vouchers.RedeemBatchResult;
import io.bilheteria.api.vouchers.RedeemResult;
import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.api.vouchers.Voucher;
import io.bilheteria.backend.testing.Cards;
import io.bilheteria.backend.testing.Sales;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.bilheteria.client.BilheteriaClient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Product vouchers: one per unit sold, handed over once at a concession counter, online or offline. */
class VoucherTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void everyProductUnitGetsAVoucherHandedOverOnce(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            Order order = buyPopcorn(backend, 2);
            assertThat(order.vouchers()).hasSize(2).allSatisfy(v -> {
                assertThat(v.productName()).isEqualTo("Pipoca");
                assertThat(v.code()).startsWith("BV1.");
                assertThat(v.status()).isEqualTo("VALID");
                assertThat(v.redeemedAt()).isNull();
            });
            BilheteriaClient counter = backend.as("gate");
            Voucher first = order.vouchers().get(0);

            RedeemResult handed = counter.redeemVoucher(first.code(), "pipoca-1");
            RedeemResult again = counter.redeemVoucher(first.code(), "pipoca-2");

            assertThat(handed.result()).isEqualTo(RedeemResultType.REDEEMED);
            assertThat(handed.productName()).isEqualTo("Pipoca");
            assertThat(again.result()).isEqualTo(RedeemResultType.ALREADY_REDEEMED);
            assertThat(again.counterId()).as("where it was handed over").isEqualTo("pipoca-1");
            assertThat(counter.redeemVoucher(order.vouchers().get(1).code(), "pipoca-2").result())
                    .as("the second unit is its own voucher").isEqualTo(RedeemResultType.REDEEMED);
            assertThat(backend.as("kiosk").order(order.orderId()).vouchers()).allSatisfy(v ->
                    assertThat(v.redeemedAt()).isNotNull());
        }
    }

    @Test
    void aForgedOrAlteredCodeOrATicketIsNoVoucher() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            Order order = buyPopcorn(backend, 1);
            String code = order.vouchers().get(0).code();
            BilheteriaClient counter = backend.as("gate");
            String otherProduct = code.replaceFirst("^(BV1\\.[^.]+\\.[^.]+\\.)[^.]+", "$1forged");

            assertThat(List.of(otherProduct, withOneSignatureLetterChanged(code), order.tickets().get(0).qr(),
                    "BV1.x.y.z.sig", "pipoca"))
                    .allSatisfy(scanned -> assertThat(counter.redeemVoucher(scanned, null).result())
                            .as(scanned).isEqualTo(RedeemResultType.INVALID));
            assertThat(counter.redeemVoucher(code, null).result()).isEqualTo(RedeemResultType.REDEEMED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void twoOfflineCountersHandTheSameVoucherOverTheEarlierStandsTheOtherIsAConflict(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            Order order = buyPopcorn(backend, 1);
            String code = order.vouchers().get(0).code();
            BilheteriaClient counter = backend.as("gate");
            Instant earlier = Instant.now().minusSeconds(120);
            Instant later = earlier.plusSeconds(30);

            RedeemBatchResult fromB = counter.redeemVouchers(new RedeemBatch("counter-b",
                    List.of(new OfflineRedemption("b-1", code, later))));
            RedeemBatchResult fromA = counter.redeemVouchers(new RedeemBatch("counter-a",
                    List.of(new OfflineRedemption("a-1", code, earlier))));

            assertThat(fromB.outcomes().get(0).result().result()).isEqualTo(RedeemResultType.REDEEMED);
            RedeemResult a = fromA.outcomes().get(0).result();
            assertThat(a.result()).isEqualTo(RedeemResultType.ALREADY_REDEEMED);
            assertThat(a.conflict()).as("both counters handed it over").isTrue();
            assertThat(a.counterId()).isEqualTo("counter-b");

            RedeemBatchResult replay = counter.redeemVouchers(new RedeemBatch("counter-b",
                    List.of(new OfflineRedemption("b-1", code, later))));
            assertThat(replay.outcomes().get(0).result()).as("a batch sent again is answered the same")
                    .isEqualTo(fromB.outcomes().get(0).result());
        }
    }

    @Test
    void aRefundRevokesTheOrdersVouchers() {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            BilheteriaClient cashier = backend.cashierOnShift();
            Order order = buyPopcorn(backend, cashier, 1);

            cashier.cancelOrder(order.orderId());

            assertThat(cashier.order(order.orderId()).vouchers()).extracting(Voucher::status).containsOnly("REVOKED");
            assertThat(backend.as("gate").redeemVoucher(order.vouchers().get(0).code(), null).result())
                    .isEqualTo(RedeemResultType.REVOKED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TestDatabase.ALL)
    void aWholeRefundKeepsWhatTheCounterAlreadyHandedOver(TestDatabase db) {
        try (TestBackend backend = TestBackend.start(db)) {
            BilheteriaClient cashier = backend.cashierOnShift();
            int stockBefore = popcorn(backend, cashier).stock();
            Order order = buyPopcorn(backend, cashier, 2);
            long popcornPrice = popcorn(backend, cashier).priceCents();
            Voucher eaten = order.vouchers().get(0);
            backend.as("gate").redeemVoucher(eaten.code(), "pipoca-1");

            Order refunded = cashier.cancelOrder(order.orderId());

            assertThat(refunded.status()).as("nothing more can be given back").isEqualTo(OrderStatus.REFUNDED);
            assertThat(refunded.refundedCents()).as("the popcorn handed over is not paid back")
                    .isEqualTo(order.totalCents() - popcornPrice);
            assertThat(refunded.vouchers()).extracting(Voucher::voucherId, Voucher::status, v -> v.redeemedAt() != null)
                    .as("the one handed over stays handed over").containsExactlyInAnyOrder(
                            tuple(eaten.voucherId(), "VALID", true),
                            tuple(order.vouchers().get(1).voucherId(), "REVOKED", false));
            assertThat(popcorn(backend, cashier).stock()).as("only the unit not handed over is back in stock")
                    .isEqualTo(stockBefore - 1);
            assertThat(cashier.cancelOrder(order.orderId()).refundedCents()).as("a repeat gives nothing more back")
                    .isEqualTo(order.totalCents() - popcornPrice);
        }
    }

    private static Product popcorn(TestBackend backend, BilheteriaClient seller) {
        return seller.products(backend.theatre().id()).items().stream()
                .filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow();
    }

    private static Order buyPopcorn(TestBackend backend, int units) {
        return buyPopcorn(backend, backend.as("kiosk"), units);
    }

    private static Order buyPopcorn(TestBackend backend, BilheteriaClient seller, int units) {
        String session = backend.theatreSession();
        Hold hold = seller.hold(HoldRequest.bestAvailable(session, Sales.stalls(backend, session).id(), 1));
        String popcorn = popcorn(backend, seller).id();
        return Sales.paid(seller, new OrderRequest(hold.holdId(), null, List.of(new ProductLine(popcorn, units)), null),
                Cards.APPROVED);
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
