package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.payment.sim.SimulatedPaymentTerminal;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The payment as the customer sees it: the amount, what to do with the card, why a card was refused,
 * and the simulated terminal's pad with the sandbox cards. The decisions are
 * {@link PaymentViewModel}'s; this lays them out and binds to them.
 */
public final class PaymentScreen implements Screen {
    private final PaymentViewModel model;
    private final Messages m;
    private final SimulatedPaymentTerminal terminal;
    private final BorderPane view;

    public PaymentScreen(PaymentViewModel model, Messages messages, SimulatedPaymentTerminal terminal,
                         PurchaseFrame frame) {
        this.model = model;
        this.m = messages;
        this.terminal = terminal;

        Label amount = new Label();
        amount.setId("payment-amount");
        amount.getStyleClass().addAll(Theme.TITLE, "checkout-amount");
        amount.textProperty().bind(model.amountProperty());
        Label instruction = new Label();
        instruction.setId("payment-instruction");
        instruction.textProperty().bind(m.text("checkout.payment.insertCard"));
        instruction.setWrapText(true);
        instruction.getStyleClass().add(Theme.SUBTITLE);
        Label refusal = new Label();
        refusal.setId("payment-status");
        refusal.setWrapText(true);
        refusal.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Button cancel = CheckoutScreens.button(m, "payment-cancel", "checkout.payment.cancel", Theme.SECONDARY,
                model::cancel);
        VBox ask = new VBox(32, amount, instruction, refusal, cancel);
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
            present.disableProperty().bind(model.cardWantedProperty().not());
            present.setOnAction(e -> present(card));
            pad.getChildren().add(present);
        }
        return pad;
    }

    private void present(SandboxCard card) {
        try {
            terminal.present(card);
        } catch (IllegalStateException alreadyEnded) {
            // the read timed out or was cancelled between the tap and now; the model follows that
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void hidden() {
        model.hidden();
    }
}
