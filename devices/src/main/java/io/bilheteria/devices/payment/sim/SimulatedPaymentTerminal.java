package io.bilheteria.devices.payment.sim;

import io.bilheteria.devices.payment.CardData;
import io.bilheteria.devices.payment.CardReadResult;
import io.bilheteria.devices.payment.PaymentTerminal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card terminal without hardware. The kiosk's on-screen card pad watches
 * {@link #pendingRead()} (or listens for it), shows the amount and the {@link #sandboxCards()}
 * as buttons, and calls {@link #present} or {@link #cancelRead()}. As with a real terminal,
 * results arrive on another thread than the one that pressed the button.
 */
public final class SimulatedPaymentTerminal implements PaymentTerminal {
    private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentTerminal.class);

    private final Object lock = new Object();
    private final List<PendingReadListener> listeners = new CopyOnWriteArrayList<>();
    private Read pending;

    @Override
    public CompletableFuture<CardReadResult> readCard(long amountCents, String currency, Duration timeout) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timeout, "timeout");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a card read is for a positive amount");
        }
        Read read = new Read(new PendingCardRead(amountCents, currency), new CompletableFuture<>());
        synchronized (lock) {
            if (pending != null) {
                throw new IllegalStateException("a card read is already pending");
            }
            pending = read;
        }
        log.info("card read started for {} {}", amountCents, currency);
        notifyListeners(Optional.of(read.request()));
        // the caller cancelling the future frees the terminal too
        read.result().whenComplete((result, failure) -> claim(read));
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> finish(read, new CardReadResult.TimedOut()));
        return read.result();
    }

    /**
     * Presents a card to the pending read, as if inserted into the pad.
     *
     * @throws IllegalStateException when no read is pending
     */
    public void present(CardData card) {
        if (!presentFromApp(card)) {
            throw new IllegalStateException("no card read is pending");
        }
    }

    public void present(SandboxCard card) {
        present(card.card());
    }

    /** The simulator has no card slot: its pad is the app's screen or keys. */
    @Override
    public boolean takesCardsFromApp() {
        return true;
    }

    @Override
    public boolean presentFromApp(CardData card) {
        Objects.requireNonNull(card, "card");
        Read read;
        synchronized (lock) {
            read = pending;
        }
        if (read == null || !finish(read, new CardReadResult.Presented(card))) {
            return false;
        }
        log.info("card presented: {}", card);
        return true;
    }

    @Override
    public void cancelRead() {
        Read read;
        synchronized (lock) {
            read = pending;
        }
        if (read != null && finish(read, new CardReadResult.Cancelled())) {
            log.info("card read cancelled");
        }
    }

    /** The read waiting for a card, if any. */
    public Optional<PendingCardRead> pendingRead() {
        synchronized (lock) {
            return Optional.ofNullable(pending).map(Read::request);
        }
    }

    /** The cards the pad offers, in the order to show them. */
    public List<SandboxCard> sandboxCards() {
        return Arrays.asList(SandboxCard.values());
    }

    public void addListener(PendingReadListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(PendingReadListener listener) {
        listeners.remove(listener);
    }

    /**
     * Ends the read with this result unless it already ended. The result is delivered on a pool
     * thread, like a device thread of a real terminal, so the caller (a UI button) never runs the
     * app's payment code.
     */
    private boolean finish(Read read, CardReadResult result) {
        if (!claim(read)) {
            return false;
        }
        read.result().completeAsync(() -> result);
        return true;
    }

    /** Takes the read off the terminal; only the first of present, cancel, time-out and caller cancel wins. */
    private boolean claim(Read read) {
        synchronized (lock) {
            if (pending != read) {
                return false;
            }
            pending = null;
        }
        notifyListeners(Optional.empty());
        return true;
    }

    private void notifyListeners(Optional<PendingCardRead> state) {
        for (PendingReadListener listener : listeners) {
            try {
                listener.pendingReadChanged(state);
            } catch (RuntimeException e) {
                log.warn("a pending-read listener failed", e);
            }
        }
    }

    private record Read(PendingCardRead request, CompletableFuture<CardReadResult> result) {
    }
}
