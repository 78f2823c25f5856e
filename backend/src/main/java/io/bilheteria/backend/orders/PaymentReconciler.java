package io.bilheteria.backend.orders;

import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes payments left PENDING by a process that died between charging the card and
 * issuing the tickets: the authorisation is reversed and the payment marked VOIDED,
 * so nobody stays charged without tickets. The buyer may pay again while the hold lasts.
 */
public final class PaymentReconciler {
    private static final Logger log = LoggerFactory.getLogger(PaymentReconciler.class);
    /** Far longer than any acquirer call takes: a payment this old is not in flight. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final Transactions tx;
    private final Clock clock;
    private final PaymentGateway gateway;

    public PaymentReconciler(Transactions tx, Clock clock, PaymentGateway gateway) {
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
    }

    public int reconcile() {
        long cutoff = clock.millis() - STALE_AFTER.toMillis();
        List<String> stale = tx.withHandle(h -> h.createQuery(
                        "SELECT id FROM payments WHERE status = 'PENDING' AND updated_at < :cutoff")
                .bind("cutoff", cutoff).mapTo(String.class).list());
        int voided = 0;
        for (String paymentId : stale) {
            // claim it first, so two processes never both reverse it
            int claimed = tx.withHandle(h -> h.createUpdate("UPDATE payments SET status = 'VOIDED', updated_at = :now "
                            + "WHERE id = :id AND status = 'PENDING'")
                    .bind("now", clock.millis()).bind("id", paymentId).execute());
            if (claimed == 1) {
                gateway.reverse(paymentId);
                voided++;
                log.warn("payment {} was left pending by an interrupted sale; authorisation reversed", paymentId);
            }
        }
        return voided;
    }
}
