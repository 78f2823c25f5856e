package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.backend.auth.Principal;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.common.PaymentDeclinedException;
import io.bilheteria.backend.orders.SaleCompletion.Pending;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.payments.Cards;
import io.bilheteria.backend.payments.PaymentGateway;
import io.bilheteria.backend.shifts.ShiftService;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays an order by card. The charge happens between two short transactions: the first
 * records a pending payment (so a concurrent second charge of the same order is refused),
 * the second turns the held seats into sold tickets. If the seats were lost meanwhile,
 * the authorisation is given back: a customer is never charged without tickets. A call cut
 * off between the two (its process killed, its database gone) leaves the payment pending:
 * a retry with the same Idempotency-Key charges again under the same acquirer key, which the
 * acquirer answers as the first time, and finishes the sale; a caller who never comes back
 * is settled by the {@link PaymentReconciler}.
 */
public final class PaymentService {
    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    /** A customer typing a card keeps the seats at least this long past the hold's end. */
    static final Duration PAYMENT_GRACE = Duration.ofSeconds(60);

    private final Transactions tx;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final SalesMetrics metrics;
    private final SaleCompletion completion;

    public PaymentService(Transactions tx, Clock clock, PaymentGateway gateway, TicketSigner signer,
                          SalesMetrics metrics) {
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
        this.metrics = metrics;
        this.completion = new SaleCompletion(clock, signer, metrics);
    }

    public PaymentResult pay(Principal caller, String orderId, String idempotencyKey, PaymentRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw DomainException.invalid("The 'Idempotency-Key' header is required (at most 200 characters)");
        }
        Card card = request == null ? null : request.card();
        String digits = Cards.validDigits(card);
        String brand = Cards.brand(digits);
        String last4 = Cards.last4(digits);

        Optional<Pending> charging = tx.inTransaction(h -> begin(h, caller, orderId, idempotencyKey, brand, last4));
        if (charging.isEmpty()) {
            return result(orderId);
        }
        Pending pending = charging.get();

        PaymentGateway.Authorization answer;
        try {
            answer = gateway.authorize(card, pending.totalCents(), pending.currency(), pending.paymentId());
        } catch (PaymentGateway.AcquirerUnavailableException e) {
            setStatus(pending.paymentId(), "FAILED", null, null);
            throw new DomainException(DomainException.Kind.ACQUIRER_UNAVAILABLE,
                    "The card could not be charged right now; nothing was taken, please try again");
        }
        if (answer instanceof PaymentGateway.Declined declined) {
            setStatus(pending.paymentId(), "DECLINED", null, declined.reason());
            metrics.paymentDeclined(declined.reason());
            throw new PaymentDeclinedException(declined.reason(), declineMessage(declined.reason()));
        }
        String authorization = ((PaymentGateway.Approved) answer).authorizationCode();
        try {
            return tx.inTransaction(h -> completion.complete(h, pending, authorization));
        } catch (DomainException lost) {
            gateway.refund(authorization, pending.totalCents(), "void-" + pending.paymentId());
            setStatus(pending.paymentId(), "VOIDED", authorization, null);
            log.info("payment {} voided: {}", pending.paymentId(), lost.getMessage());
            throw lost;
        }
    }

    /** The payment to charge, or empty when this key's payment was made already. */
    private Optional<Pending> begin(Handle h, Principal caller, String orderId, String key, String brand, String last4) {
        var order = OrderReader.visible(h, caller, "id", orderId, true);
        // every earlier attempt at this order: this key's own, and whether another is still charging
        List<String[]> attempts = h.createQuery("SELECT id, status, decline_reason, idempotency_key FROM payments "
                        + "WHERE order_id = :o")
                .bind("o", orderId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        var previous = attempts.stream().filter(a -> key.equals(a[3])).findFirst();
        if (previous.isPresent()) {
            String status = previous.get()[1];
            switch (status) {
                case "APPROVED", "REFUNDED" -> {
                    return Optional.empty();
                }
                case "DECLINED" -> throw new PaymentDeclinedException(previous.get()[2], declineMessage(previous.get()[2]));
                case "PENDING" -> {
                    return Optional.of(resume(h, order.holdId(), previous.get()[0]));
                }
                default -> { } // FAILED or VOIDED: this key may try again
            }
        }
        if (order.status() == OrderStatus.PAID) {
            throw DomainException.conflict("This order is already paid");
        }
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw OrderService.holdExpired();
        }
        if (attempts.stream().anyMatch(a -> "PENDING".equals(a[1]))) {
            throw inProgress();
        }
        String shiftId = ShiftService.shiftOf(h, caller);
        long now = clock.millis();
        // the hold, locked, with what the order and the partner's fee need, in one round trip
        var hold = h.createQuery("SELECT status, expires_at, (SELECT COUNT(*) FROM order_items WHERE order_id = :o "
                        + "AND kind = 'SEAT'), (SELECT COUNT(*) FROM session_seats WHERE hold_id = :h AND status = 'HELD' "
                        + "AND held_until >= :now), (SELECT fee_bps FROM partners WHERE id = :p), (SELECT COUNT(*) FROM order_items "
                        + "WHERE order_id = :o AND kind = 'PRODUCT') FROM holds WHERE id = :h FOR UPDATE")
                .bind("o", orderId).bind("h", order.holdId()).bind("now", now).bind("p", order.partnerId())
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)})
                .one();
        int seatItems = (int) hold[2];
        int stillHeld = (int) hold[3];
        if (!"ACTIVE".equals(hold[0]) || (long) hold[1] < now || stillHeld != seatItems) {
            throw OrderService.holdExpired();
        }
        if ((long) hold[1] < now + PAYMENT_GRACE.toMillis()) {
            keepSeatsWhilePaying(h, order.holdId(), now);
        }
        String paymentId;
        if (previous.isPresent()) {
            paymentId = previous.get()[0];
            h.createUpdate("UPDATE payments SET status = 'PENDING', brand = :b, last4 = :l, shift_id = :sh, "
                            + "updated_at = :now WHERE id = :id")
                    .bind("b", brand).bind("l", last4).bind("sh", shiftId).bind("now", now).bind("id", paymentId)
                    .execute();
        } else {
            paymentId = Ids.newId();
            h.createUpdate("INSERT INTO payments (id, order_id, idempotency_key, status, amount_cents, brand, last4, "
                            + "shift_id, created_at, updated_at) VALUES (:id, :o, :k, 'PENDING', :a, :b, :l, :sh, :now, :now)")
                    .bind("id", paymentId).bind("o", orderId).bind("k", key).bind("a", order.totalCents())
                    .bind("b", brand).bind("l", last4).bind("sh", shiftId).bind("now", now).execute();
        }
        return Optional.of(new Pending(paymentId, orderId, order.holdId(), order.sessionId(), order.channel(),
                order.totalCents(), order.currency(), seatItems, (int) hold[4], (int) hold[5] > 0));
    }

    /**
     * This key's call was cut off while charging (the Idempotency-Key's lease let this retry in):
     * its payment is taken up again, touched so the reconciler leaves it alone, and its seats kept
     * for the charge. Whether its seats are still there is for the sale's completion to find.
     */
    private Pending resume(Handle h, String holdId, String paymentId) {
        long now = clock.millis();
        h.createUpdate("UPDATE payments SET updated_at = :now WHERE id = :id AND status = 'PENDING'")
                .bind("now", now).bind("id", paymentId).execute();
        keepSeatsWhilePaying(h, holdId, now);
        return SaleCompletion.pending(h, paymentId).orElseThrow(PaymentService::inProgress);
    }

    /** The hold's seats stay the buyer's at least {@link #PAYMENT_GRACE} more while the card is charged. */
    private static void keepSeatsWhilePaying(Handle h, String holdId, long now) {
        long graceUntil = now + PAYMENT_GRACE.toMillis();
        h.createUpdate("UPDATE holds SET expires_at = :e WHERE id = :id AND expires_at < :e").bind("e", graceUntil)
                .bind("id", holdId).execute();
        h.createUpdate("UPDATE session_seats SET held_until = :e WHERE hold_id = :id AND status = 'HELD' "
                        + "AND held_until < :e")
                .bind("e", graceUntil).bind("id", holdId).execute();
    }

    private PaymentResult result(String orderId) {
        return tx.withHandle(h -> new PaymentResult(orderId, OrderStatus.PAID, OrderReader.tickets(h, orderId)));
    }

    private void setStatus(String paymentId, String status, String authorization, String reason) {
        tx.useTransaction(h -> SaleCompletion.close(h, paymentId, status, authorization, reason, clock.millis()));
    }

    private static DomainException inProgress() {
        return new DomainException(DomainException.Kind.PAYMENT_IN_PROGRESS,
                "A payment for this order is already in progress");
    }

    static String declineMessage(String reason) {
        return switch (reason == null ? "" : reason) {
            case "insufficient_funds" -> "The card was declined for insufficient funds; try another card";
            case "expired_card" -> "The card has expired; try another card";
            default -> "The card was declined; try another card";
        };
    }
}
