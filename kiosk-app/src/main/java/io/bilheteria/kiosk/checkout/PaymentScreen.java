package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.devices.payment.CardData;
import io.bilheteria.devices.payment.CardReadResult;
import io.bilheteria.devices.payment.sim.PendingReadListener;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.payment.sim.SimulatedPaymentTerminal;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.ui.sale.Review;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays the order on the card terminal. Shows the amount and asks for the card; the
 * simulated terminal is an on-screen pad with the sandbox cards. A refused card keeps the
 * seats and asks for another one at once; the idle timer waits while the customer pays.
 */
public final class PaymentScreen implements Screen {
    /** How long the terminal waits for a card before the customer is taken back to the review. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(90);
    private static final Logger log = LoggerFactory.getLogger(PaymentScreen.class);

    private final Messages m;
    private final Sale sale;
    private final BackendCalls calls;
    private final KioskStatus kioskStatus;
    private final Journey journey;
    private final SimulatedPaymentTerminal terminal;
    private final BorderPane view;
    private final Label amount = new Label();
    private final Label status = new Label();
    private final BooleanProperty cardWanted = new SimpleBooleanProperty(this, "cardWanted");
    private final PendingReadListener padFollowsTerminal =
            pending -> Platform.runLater(() -> cardWanted.set(pending.isPresent()));
    private Review review;
    /** Counts reads, so the answer to a read abandoned by leaving the screen is ignored. */
    private long read;

    public PaymentScreen(Messages messages, Sale sale, BackendCalls calls, SimulatedPaymentTerminal terminal,
                         KioskStatus kioskStatus, PurchaseFrame frame, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.calls = calls;
        this.terminal = terminal;
        this.kioskStatus = kioskStatus;
        this.journey = journey;

        amount.setId("payment-amount");
        amount.getStyleClass().addAll(Theme.TITLE, "checkout-amount");
        Label instruction = new Label();
        instruction.setId("payment-instruction");
        instruction.textProperty().bind(m.text("checkout.payment.insertCard"));
        instruction.setWrapText(true);
        instruction.getStyleClass().add(Theme.SUBTITLE);
        status.setId("payment-status");
        status.setWrapText(true);
        status.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        status.managedProperty().bind(status.visibleProperty());
        Button cancel = CheckoutScreens.button(m, "payment-cancel", "checkout.payment.cancel", Theme.SECONDARY,
                () -> journey.go(Place.REVIEW));
        VBox ask = new VBox(32, amount, instruction, status, cancel);
        ask.setAlignment(Pos.CENTER);
        ask.getStyleClass().addAll(Theme.CARD, "checkout-payment");

        HBox body = new HBox(64, ask, cardPad());
        body.setAlignment(Pos.CENTER);
        body.setFillHeight(false);
        view = CheckoutScreens.purchaseScreen(frame, "checkout.payment.title", null, body);
    }

    /** The simulated terminal: one button per sandbox card, live only while a card is asked for. */
    private VBox cardPad() {
        Label title = new Label();
        title.textProperty().bind(m.text("checkout.payment.terminal"));
        title.getStyleClass().add(Theme.SUBTITLE);
        VBox pad = new VBox(20, title);
        pad.setId("card-pad");
        pad.getStyleClass().addAll(Theme.CARD, "checkout-card-pad");
        for (SandboxCard card : terminal.sandboxCards()) {
            Button present = new Button();
            present.setId("card-" + card.name());
            present.textProperty().bind(m.text("checkout.payment.card." + card.name(), card.last4()));
            present.getStyleClass().add(Theme.SECONDARY);
            present.setMaxWidth(Double.MAX_VALUE);
            present.disableProperty().bind(cardWanted.not());
            present.setOnAction(e -> present(card));
            pad.getChildren().add(present);
        }
        return pad;
    }

    private void present(SandboxCard card) {
        try {
            terminal.present(card);
        } catch (IllegalStateException alreadyEnded) {
            // the read timed out or was cancelled between the tap and now; the screen follows that
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        terminal.addListener(padFollowsTerminal);
        cardWanted.set(false);
        status.setVisible(false);
        amount.textProperty().unbind();
        amount.setText("");
        review = null;
        calls.write(sale::review, placed -> {
            if (journey.place() != Place.PAYMENT) {
                return;
            }
            review = placed;
            amount.textProperty().bind(m.text("checkout.payment.amount",
                    m.localized(locale -> Money.format(placed.totalCents(), placed.currency(), locale))));
            readCard();
        });
    }

    @Override
    public void hidden() {
        read++;
        terminal.cancelRead();
        terminal.removeListener(padFollowsTerminal);
        cardWanted.set(false);
    }

    private void readCard() {
        long thisRead = ++read;
        terminal.readCard(review.totalCents(), review.currency(), READ_TIMEOUT)
                .whenComplete((result, failure) -> Platform.runLater(() -> {
                    if (thisRead == read && journey.place() == Place.PAYMENT) {
                        cardRead(result, failure);
                    }
                }));
    }

    private void cardRead(CardReadResult result, Throwable failure) {
        if (failure != null) {
            log.error("the card terminal failed", failure);
            backToReview("checkout.payment.terminalFailed");
        } else if (result instanceof CardReadResult.Presented presented) {
            pay(presented.card());
        } else if (result instanceof CardReadResult.TimedOut) {
            backToReview("checkout.payment.noCard");
        }
        // Cancelled: only this screen cancels, when the customer leaves it
    }

    private void pay(CardData card) {
        // the attempt keeps its Idempotency-Key until it is answered, so the same card may be charged again safely
        calls.idempotentWrite(() -> sale.pay(card), this::paid, failure -> {
            calls.report(failure);
            if (journey.place() == Place.PAYMENT) {
                readCard();
            }
        });
    }

    private void paid(PaymentOutcome outcome) {
        if (journey.place() != Place.PAYMENT) {
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
            kioskStatus.backendUnreachable();
        }
    }

    /** The seats are still held: say what happened and ask for a card again. */
    private void tryAnotherCard(String reasonKey) {
        status.textProperty().bind(m.text(reasonKey));
        status.setVisible(true);
        readCard();
    }

    private void backToReview(String reasonKey) {
        journey.go(Place.REVIEW, m.get(reasonKey));
    }
}
