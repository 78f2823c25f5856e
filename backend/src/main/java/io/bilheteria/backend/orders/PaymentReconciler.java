package io.bilheteria.backend.orders;

import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.orders.SaleCompletion.Pending;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles payments left PENDING by a caller that never came back (its process died, or its
 * database went away, between charging the card and recording the sale): it asks the acquirer
 * what it answered under the payment's key. Approved: the sale is made, PAID with tickets,
 * when its seats are still held, and the authorisation reversed when they are not. Declined or
 * never seen: the payment is closed as such, nothing was charged. Nobody stays charged without
 * tickets, and nobody loses a sale the card paid for. Runs at start and with every hold sweep.
 */
public final class PaymentReconciler {
    private static final Logger log = LoggerFactory.getLogger(PaymentReconciler.class);
    /**
     * A payment untouched this long is not in flight: longer than the acquirer's own timeout and
     * a retry's lease, shorter than {@link PaymentService#PAYMENT_GRACE}, so the seats it paid
     * for are still held when it is settled.
     */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final Transactions tx;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final PaymentRepository payments;
    private final SaleCompletion completion;

    public PaymentReconciler(Transactions tx, Clock clock, PaymentGateway gateway, PaymentRepository payments,
                             SaleCompletion completion) {
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
        this.payments = payments;
        this.completion = completion;
    }

    /** Settles every stale pending payment; returns how many it settled. */
    public int reconcile() {
        long cutoff = clock.millis() - STALE_AFTER.toMillis();
        int settled = 0;
        for (PaymentRepository.Stale payment : payments.staleSince(cutoff)) {
            // claimed by touching it, so two processes, or a retry, never both settle it
            if (payments.claimStale(payment.id(), payment.updatedAt(), clock.millis())) {
                settle(payment.id());
                settled++;
            }
        }
        return settled;
    }

    private void settle(String paymentId) {
        Optional<PaymentGateway.Authorization> answer = gateway.lookup(paymentId);
        if (answer.isEmpty()) {
            close(paymentId, "FAILED", null, null);
            log.warn("payment {} was left pending and never reached the acquirer; closed, nothing was charged", paymentId);
        } else if (answer.get() instanceof PaymentGateway.Declined declined) {
            close(paymentId, "DECLINED", null, declined.reason());
            log.warn("payment {} was left pending; the acquirer had declined it", paymentId);
        } else {
            String authorization = ((PaymentGateway.Approved) answer.get()).authorizationCode();
            Optional<Pending> pending = payments.pending(paymentId);
            if (pending.isEmpty()) {
                return; // settled by a retry meanwhile
            }
            try {
                tx.inTransaction(() -> completion.complete(pending.get(), authorization));
                log.warn("payment {} was left pending after the card was charged; the sale is made", paymentId);
            } catch (DomainException lost) {
                gateway.reverse(paymentId);
                close(paymentId, "VOIDED", authorization, null);
                log.warn("payment {} was left pending and its seats are gone ({}); authorisation reversed", paymentId,
                        lost.getMessage());
            }
        }
    }

    private void close(String paymentId, String status, String authorization, String reason) {
        payments.close(paymentId, status, authorization, reason, clock.millis());
    }
}
