package io.bilheteria.backend.vouchers;

import io.bilheteria.api.tickets.VoucherCode;
import io.bilheteria.api.vouchers.OfflineRedemption;
import io.bilheteria.api.vouchers.RedeemBatch;
import io.bilheteria.api.vouchers.RedeemBatchResult;
import io.bilheteria.api.vouchers.RedeemRequest;
import io.bilheteria.api.vouchers.RedeemResult;
import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Product vouchers: issued with the sale (one per unit, signed like tickets), handed over once at
 * a concession counter, revoked by a refund. A counter online asks for each scan; an offline one
 * decides by the signature and its own journal and sends its scans later: the first hand-over
 * stands, and a second one of the same voucher (two counters offline) is answered as a conflict.
 */
public final class VoucherService {
    static final int MAX_BATCH = 500;
    private final Transactions tx;
    private final Clock clock;
    private final TicketSigner signer;
    private final VoucherRepository vouchers;

    public VoucherService(Transactions tx, Clock clock, TicketSigner signer, VoucherRepository vouchers) {
        this.tx = tx;
        this.clock = clock;
        this.signer = signer;
        this.vouchers = vouchers;
    }

    /** One product unit sold: its voucher, to insert in the sale's transaction. */
    public VoucherRepository.NewVoucher issue(String orderId, String eventId, String productId, long now) {
        String id = Ids.newId();
        return new VoucherRepository.NewVoucher(id, orderId, productId,
                signer.sign(new VoucherCode(id, eventId, productId)), now);
    }

    public RedeemResult redeem(Principal counter, RedeemRequest request) {
        if (request == null || request.code() == null || request.code().isBlank()) {
            throw DomainException.invalid("'code' is required: the voucher's scanned text");
        }
        String counterId = counterId(counter, request.counterId());
        Optional<VoucherCode> code = verified(request.code());
        long now = clock.millis();
        return tx.inTransaction(() -> decide(code, request.code(), now, counterId, false));
    }

    public RedeemBatchResult redeemBatch(Principal counter, RedeemBatch batch) {
        if (batch == null || batch.redemptions() == null || batch.redemptions().isEmpty()
                || batch.redemptions().size() > MAX_BATCH) {
            throw DomainException.invalid("'redemptions' must hold 1 to " + MAX_BATCH + " scans");
        }
        List<OfflineRedemption> scans = batch.redemptions();
        Set<String> ids = new HashSet<>();
        for (OfflineRedemption scan : scans) {
            if (scan == null || scan.scanId() == null || scan.scanId().isBlank() || scan.scanId().length() > 100
                    || scan.code() == null || scan.redeemedAt() == null) {
                throw DomainException.invalid("each redemption needs 'scanId' (at most 100 characters), 'code' and "
                        + "'redeemedAt'");
            }
            if (!ids.add(scan.scanId())) {
                throw DomainException.invalid("'scanId' " + scan.scanId() + " appears twice in the batch");
            }
        }
        String counterId = counterId(counter, batch.counterId());
        long now = clock.millis();
        List<Optional<VoucherCode>> codes = scans.stream().map(s -> verified(s.code())).toList();
        Integer[] byScanTime = new Integer[scans.size()];
        Arrays.setAll(byScanTime, i -> i);
        // of two scans of one voucher, the earlier handed it over: decide in scan-time order
        Arrays.sort(byScanTime, Comparator.comparingLong(i -> Math.min(scans.get(i).redeemedAt().toEpochMilli(), now)));
        RedeemBatchResult.Outcome[] outcomes = new RedeemBatchResult.Outcome[scans.size()];
        tx.inTransaction(() -> {
            Map<String, RedeemResult> answered = vouchers.earlierAnswers(counterId, new ArrayList<>(ids));
            for (int i : byScanTime) {
                OfflineRedemption scan = scans.get(i);
                RedeemResult answer = answered.get(scan.scanId());
                if (answer == null) {
                    long at = Math.min(scan.redeemedAt().toEpochMilli(), now);
                    answer = decide(codes.get(i), scan.code(), at, counterId, true);
                    vouchers.recordScan(counterId, scan.scanId(), answer, now);
                }
                outcomes[i] = new RedeemBatchResult.Outcome(scan.scanId(), answer);
            }
        });
        return new RedeemBatchResult(Instant.ofEpochMilli(now), Arrays.asList(outcomes));
    }

    /**
     * One scan at {@code at}. {@code handedOver}: the counter was offline and gave the product out
     * already, so a voucher redeemed before is a conflict to look into, not just a refusal.
     */
    private RedeemResult decide(Optional<VoucherCode> code, String scanned, long at, String counterId,
                                boolean handedOver) {
        Optional<VoucherRepository.Row> found = code.flatMap(c -> vouchers.lock(c.voucherId()))
                .filter(row -> row.code().equals(scanned.strip()));
        if (found.isEmpty()) {
            return new RedeemResult(RedeemResultType.INVALID, null, null, null, null, false);
        }
        VoucherRepository.Row v = found.get();
        if (!"VALID".equals(v.status())) {
            return new RedeemResult(RedeemResultType.REVOKED, v.id(), v.productName(), null, null, handedOver);
        }
        if (v.redeemedAt() != null) {
            return new RedeemResult(RedeemResultType.ALREADY_REDEEMED, v.id(), v.productName(),
                    Instant.ofEpochMilli(v.redeemedAt()), v.redeemedBy(), handedOver);
        }
        vouchers.redeem(v.id(), at, counterId, clock.millis());
        return new RedeemResult(RedeemResultType.REDEEMED, v.id(), v.productName(), Instant.ofEpochMilli(at), counterId,
                false);
    }

    private Optional<VoucherCode> verified(String scanned) {
        return VoucherCode.parse(scanned).filter(signer::verify).map(VoucherCode.Parsed::code);
    }

    /** As a gate names itself: the counter's own name, or the account's. */
    private static String counterId(Principal counter, String given) {
        String counterId = given == null || given.isBlank() ? counter.username() : given.strip();
        if (counterId.length() > 100) {
            throw DomainException.invalid("'counterId' is longer than 100 characters");
        }
        return counterId;
    }
}
