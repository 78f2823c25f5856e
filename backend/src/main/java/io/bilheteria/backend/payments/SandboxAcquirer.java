package io.bilheteria.backend.payments;

import io.bilheteria.api.orders.Card;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic stand-in for a card acquirer, answering by test card number:
 * {@code 4000000000000002} declines, {@code 4000000000009995} declines for
 * insufficient funds, {@code 4000000000000119} times out; an expired card declines;
 * any other valid card approves. The same idempotency key gets the same answer.
 */
public final class SandboxAcquirer implements PaymentGateway {
    public static final String DECLINE = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS = "4000000000009995";
    public static final String TIMEOUT = "4000000000000119";

    private final Clock clock;
    private final Map<String, Authorization> byKey = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong authorizations = new AtomicLong();
    private final AtomicLong refunds = new AtomicLong();

    public SandboxAcquirer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Authorization authorize(Card card, long amountCents, String currency, String idempotencyKey) {
        String digits = card.number().replaceAll("[\\s-]", "");
        if (digits.equals(TIMEOUT)) {
            throw new AcquirerUnavailableException("The card acquirer did not answer in time");
        }
        return byKey.computeIfAbsent(idempotencyKey, k -> {
            if (digits.equals(DECLINE)) {
                return new Declined("card_declined");
            }
            if (digits.equals(INSUFFICIENT_FUNDS)) {
                return new Declined("insufficient_funds");
            }
            if (Cards.expired(card, YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
                return new Declined("expired_card");
            }
            authorizations.incrementAndGet();
            return new Approved(String.format("A%07d", sequence.incrementAndGet() % 10_000_000));
        });
    }

    @Override
    public void refund(String authorizationCode, long amountCents, String idempotencyKey) {
        refunds.incrementAndGet();
    }

    @Override
    public void reverse(String idempotencyKey) {
        if (byKey.remove(idempotencyKey) instanceof Approved) {
            refunds.incrementAndGet();
        }
    }

    @Override
    public Optional<Authorization> lookup(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(idempotencyKey));
    }

    /** Approved authorisations so far: tests use it to prove a retry never charges twice. */
    public long authorizationCount() {
        return authorizations.get();
    }

    public long refundCount() {
        return refunds.get();
    }
}
