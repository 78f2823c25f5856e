package io.bilheteria.boxoffice.cashier;

import io.bilheteria.devices.payment.CardData;
import io.bilheteria.devices.payment.CardReadResult;
import io.bilheteria.devices.payment.PaymentTerminal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A card terminal on the test's counter: it answers on the test's own thread the moment a card is
 * presented or the read cancelled, so a view model run inline has handled the answer when the call
 * returns. It either takes its cards from the app (as the simulator) or reads them itself (as a
 * real pad, whose card the test presents with {@link #cardInserted}).
 */
final class CounterTerminal implements PaymentTerminal {
    private final boolean takesCardsFromApp;
    private CompletableFuture<CardReadResult> pending;
    private long amountAsked;

    private CounterTerminal(boolean takesCardsFromApp) {
        this.takesCardsFromApp = takesCardsFromApp;
    }

    /** A terminal without a reader: the app presents the card (1, 2, 3 at the cashier). */
    static CounterTerminal withoutReader() {
        return new CounterTerminal(true);
    }

    /** A terminal that reads the customer's card itself. */
    static CounterTerminal withReader() {
        return new CounterTerminal(false);
    }

    @Override
    public CompletableFuture<CardReadResult> readCard(long amountCents, String currency, Duration timeout) {
        if (pending != null) {
            throw new IllegalStateException("a card read is already pending");
        }
        amountAsked = amountCents;
        pending = new CompletableFuture<>();
        return pending;
    }

    @Override
    public void cancelRead() {
        end(new CardReadResult.Cancelled());
    }

    @Override
    public boolean takesCardsFromApp() {
        return takesCardsFromApp;
    }

    @Override
    public boolean presentFromApp(CardData card) {
        return takesCardsFromApp && end(new CardReadResult.Presented(card));
    }

    /** The customer's card in a terminal with a reader. */
    void cardInserted(CardData card) {
        if (!end(new CardReadResult.Presented(card))) {
            throw new IllegalStateException("no card read is pending");
        }
    }

    /** The time for a card ran out. */
    void timedOut() {
        end(new CardReadResult.TimedOut());
    }

    boolean waitingForCard() {
        return pending != null;
    }

    /** The amount of the last read asked, in cents. */
    long amountAsked() {
        return amountAsked;
    }

    private boolean end(CardReadResult result) {
        CompletableFuture<CardReadResult> read = pending;
        pending = null;
        return read != null && read.complete(result);
    }
}
