package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.payment.CardData;
import io.bilheteria.devices.payment.CardReadResult;
import io.bilheteria.devices.payment.PaymentTerminal;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.ui.sale.Review;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment's state and decisions ({@link PaymentScreen} shows them): the order is placed for the
 * backend's total, the terminal asks for a card, and the card is charged. A refused card keeps the
 * seats and another is asked for at once, saying why; no card in time or a terminal that fails
 * takes the customer back to the review; a backend gone mid-payment takes the kiosk out of service,
 * where the payment is settled.
 */
public final class PaymentViewModel {
    /** How long the terminal waits for a card before the customer is taken back to the review. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(90);
    private static final Logger log = LoggerFactory.getLogger(PaymentViewModel.class);

    private final Sale sale;
    private final BackendCalls calls;
    private final PaymentTerminal terminal;
    private final TaskExecutor tasks;
    private final Messages m;
    private final KioskStatus status;
    private final Journey journey;
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper(this, "amount", "");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyBooleanWrapper cardWanted = new ReadOnlyBooleanWrapper(this, "cardWanted");
    private boolean shown;
    private Review review;
    /** Counts reads, so the answer to a read abandoned by leaving the screen is ignored. */
    private long read;

    public PaymentViewModel(Sale sale, BackendCalls calls, PaymentTerminal terminal, TaskExecutor tasks,
                            Messages messages, KioskStatus status, Journey journey) {
        this.sale = sale;
        this.calls = calls;
        this.terminal = terminal;
        this.tasks = tasks;
        this.m = messages;
        this.status = status;
        this.journey = journey;
    }

    /** "Valor: R$ 80,00" once the order is placed; empty before. */
    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    /** Why the last card was refused, asking for another; empty when none was. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** The terminal waits for a card: the simulated pad's cards may be presented. */
    public ReadOnlyBooleanProperty cardWantedProperty() {
        return cardWanted.getReadOnlyProperty();
    }

    /** Places the order for the backend's total, then asks the terminal for a card. */
    public void shown() {
        shown = true;
        review = null;
        amount.unbind();
        amount.set("");
        refusal.unbind();
        refusal.set("");
        cardWanted.set(false);
        calls.write(sale::review, placed -> {
            if (!shown) {
                return;
            }
            review = placed;
            amount.bind(m.text("checkout.payment.amount",
                    m.localized(locale -> Money.format(placed.totalCents(), placed.currency(), locale))));
            readCard();
        });
    }

    /** The customer left the screen: the terminal stops asking, and whatever it answers now is ignored. */
    public void hidden() {
        shown = false;
        read++;
        terminal.cancelRead();
        cardWanted.set(false);
    }

    /** "Cancelar pagamento": back to the review, the seats still held. */
    public void cancel() {
        journey.go(Place.REVIEW);
    }

    private void readCard() {
        long thisRead = ++read;
        cardWanted.set(true);
        // the terminal answers on a thread of its own; the executor hands the answer to the FX thread
        terminal.readCard(review.totalCents(), review.currency(), READ_TIMEOUT)
                .whenComplete((result, failure) -> BackgroundTask.of(() -> {
                            if (failure != null) {
                                throw new IllegalStateException("the card terminal failed", failure);
                            }
                            return result;
                        })
                        .onSuccess(answer -> {
                            if (current(thisRead)) {
                                cardRead(answer);
                            }
                        })
                        .onFailure(error -> {
                            if (current(thisRead)) {
                                log.error("the card terminal failed", error);
                                backToReview("checkout.payment.terminalFailed");
                            }
                        })
                        .executeWith(tasks));
    }

    private boolean current(long aRead) {
        return shown && aRead == read;
    }

    private void cardRead(CardReadResult result) {
        cardWanted.set(false);
        if (result instanceof CardReadResult.Presented presented) {
            pay(presented.card());
        } else if (result instanceof CardReadResult.TimedOut) {
            backToReview("checkout.payment.noCard");
        }
        // Cancelled: only this model cancels, when the customer leaves the screen
    }

    private void pay(CardData card) {
        // the attempt keeps its Idempotency-Key until it is answered, so the same card may be charged again safely
        calls.idempotentWrite(() -> sale.pay(card), this::paid, failure -> {
            calls.report(failure);
            if (shown) {
                readCard();
            }
        });
    }

    private void paid(PaymentOutcome outcome) {
        if (!shown) {
            return;
        }
        if (outcome instanceof PaymentOutcome.Paid) {
            journey.go(Place.PRINTING);
        } else if (outcome instanceof PaymentOutcome.Declined declined) {
            tryAnotherCard(switch (Optional.ofNullable(declined.reason()).orElse("")) {
                case "insufficient_funds" -> "checkout.payment.insufficientFunds";
                case "expired_card" -> "checkout.payment.expired";
                default -> "checkout.payment.declined";
            });
        } else if (outcome instanceof PaymentOutcome.TryAgain) {
            tryAnotherCard("checkout.payment.tryAgain");
        } else if (outcome instanceof PaymentOutcome.HoldLost) {
            journey.go(Place.SEATS, m.get("checkout.payment.holdLost"));
        } else if (outcome instanceof PaymentOutcome.Interrupted) {
            // out of service at once; the out-of-service screen settles the payment when the backend answers
            status.backendUnreachable();
        }
    }

    /** The seats are still held: say what happened and ask for a card again. */
    private void tryAnotherCard(String reasonKey) {
        refusal.bind(m.text(reasonKey));
        readCard();
    }

    private void backToReview(String reasonKey) {
        journey.go(Place.REVIEW, m.get(reasonKey));
    }
}
