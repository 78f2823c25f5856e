package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.payment.CardReadResult;
import io.bilheteria.devices.payment.PaymentTerminal;
import io.bilheteria.devices.payment.sim.SandboxCard;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A card terminal the test works by hand: a card presented, a read timing out or the terminal failing
 * is answered at once, on the test's thread, so a view model with inline calls has handled it when
 * the method returns. (The simulator answers on a thread of its own, as real terminals do.)
 */
final class TerminalInHand implements PaymentTerminal {
    private CompletableFuture<CardReadResult> pending;
    private long amountCents;

    @Override
    public CompletableFuture<CardReadResult> readCard(long amountCents, String currency, Duration timeout) {
        if (pending != null) {
            throw new IllegalStateException("a card read is already pending");
        }
        this.amountCents = amountCents;
        pending = new CompletableFuture<>();
        return pending;
    }

    @Override
    public void cancelRead() {
        answer(new CardReadResult.Cancelled());
    }

    void present(SandboxCard card) {
        answer(new CardReadResult.Presented(card.card()));
    }

    void timeOut() {
        answer(new CardReadResult.TimedOut());
    }

    void breakDown() {
        CompletableFuture<CardReadResult> read = take();
        read.completeExceptionally(new IOException("the pad stopped answering"));
    }

    /** Whether a card is asked for now. */
    boolean reading() {
        return pending != null;
    }

    /** The amount the last read asked for, in cents. */
    long amountCents() {
        return amountCents;
    }

    private void answer(CardReadResult result) {
        if (pending != null) {
            take().complete(result);
        }
    }

    private CompletableFuture<CardReadResult> take() {
        CompletableFuture<CardReadResult> read = pending;
        pending = null;
        return read;
    }
}
