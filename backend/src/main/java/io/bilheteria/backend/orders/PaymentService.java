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
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.storage.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final SeatInventoryRepository inventory;
    private final ShiftService shifts;
    private final SaleCompletion completion;

    public PaymentService(Transactions tx, Clock clock, PaymentGateway gateway, SalesMetrics metrics,
                          OrderRepository orders, PaymentRepository payments, SeatInventoryRepository inventory,
                          ShiftService shifts, SaleCompletion completion) {
        this.tx = tx;
        this.clock = clock;
        this.gateway = gateway;
        this.metrics = metrics;
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
        this.shifts = shifts;
        this.completion = completion;
    }

    public PaymentResult pay(Principal caller, String orderId, String idempotencyKey, PaymentRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw DomainException.invalid("The 'Idempotency-Key' header is required (at most 200 characters)");
        }
        Card card = request == null ? null : request.card();
        String digits = Cards.validDigits(card);
        String brand = Cards.brand(digits);
        String last4 = Cards.last4(digits);

        Optional<Pending> charging = tx.inTransaction(() -> begin(caller, orderId, idempotencyKey, brand, last4));
        if (charging.isEmpty()) {
            return new PaymentResult(orderId, OrderStatus.PAID, orders.tickets(orderId));
        }
        Pending pending = charging.get();

        PaymentGateway.Authorization answer;
        try {
            answer = gateway.authorize(card, pending.totalCents(), pending.currency(), pending.paymentId());
        } catch (PaymentGateway.AcquirerUnavailableException e) {
            payments.close(pending.paymentId(), "FAILED", null, null, clock.millis());
            throw new DomainException(DomainException.Kind.ACQUIRER_UNAVAILABLE,
                    "The card could not be charged right now; nothing was taken, please try again");
        }
        if (answer instanceof PaymentGateway.Declined declined) {
            payments.close(pending.paymentId(), "DECLINED", null, declined.reason(), clock.millis());
            metrics.paymentDeclined(declined.reason());
            throw new PaymentDeclinedException(declined.reason(), declineMessage(declined.reason()));
        }
        String authorization = ((PaymentGateway.Approved) answer).authorizationCode();
        try {
            return tx.inTransaction(() -> completion.complete(pending, authorization));
        } catch (DomainException lost) {
            gateway.refund(authorization, pending.totalCents(), "void-" + pending.paymentId());
            payments.close(pending.paymentId(), "VOIDED", authorization, null, clock.millis());
            log.info("payment {} voided: {}", pending.paymentId(), lost.getMessage());
            throw lost;
        }
    }

    /** The payment to charge, or empty when this key's payment was made already. */
    private Optional<Pending> begin(Principal caller, String orderId, String key, String brand, String last4) {
        long now = clock.millis();
        PaymentRepository.Charging c = payments.charging(orderId, key, now)
                .orElseThrow(() -> DomainException.notFound("Order"));
        var order = c.order();
        OrderReader.requireVisible(caller, order);
        var previous = c.attempt();
        if (previous.isPresent()) {
            switch (previous.get().status()) {
                case "APPROVED", "REFUNDED" -> {
                    return Optional.empty();
                }
                case "DECLINED" -> throw new PaymentDeclinedException(previous.get().declineReason(),
                        declineMessage(previous.get().declineReason()));
                case "PENDING" -> {
                    return Optional.of(resume(order.holdId(), previous.get().id()));
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
        if (c.otherPending()) {
            throw inProgress();
        }
        String shiftId = shifts.shiftOf(caller);
        if (!"ACTIVE".equals(c.holdStatus()) || c.holdExpiresAt() < now || c.stillHeld() != c.seats().size()) {
            throw OrderService.holdExpired();
        }
        if (c.holdExpiresAt() < now + PAYMENT_GRACE.toMillis()) {
            inventory.keepUntil(order.holdId(), now + PAYMENT_GRACE.toMillis());
        }
        String paymentId;
        if (previous.isPresent()) {
            paymentId = previous.get().id();
            payments.retry(paymentId, brand, last4, shiftId, now);
        } else {
            paymentId = Ids.newId();
            payments.insertPending(paymentId, orderId, key, order.totalCents(), brand, last4, shiftId, now);
        }
        return Optional.of(new Pending(paymentId, orderId, order.holdId(), order.sessionId(), order.channel(),
                order.totalCents(), order.currency(), c.feeBps(), c.hasProducts(), order.email(), c.seats()));
    }

    /**
     * This key's call was cut off while charging (the Idempotency-Key's lease let this retry in):
     * its payment is taken up again, touched so the reconciler leaves it alone, and its seats kept
     * for the charge. Whether its seats are still there is for the sale's completion to find.
     */
    private Pending resume(String holdId, String paymentId) {
        long now = clock.millis();
        payments.touch(paymentId, now);
        inventory.keepUntil(holdId, now + PAYMENT_GRACE.toMillis());
        return payments.pending(paymentId).orElseThrow(PaymentService::inProgress);
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
