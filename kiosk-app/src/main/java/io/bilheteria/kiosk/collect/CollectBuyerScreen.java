package io.bilheteria.kiosk.collect;

import io.bilheteria.kiosk.collect.CollectViewModel.SecondFactor;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.KeyboardLayout;
import io.bilheteria.ui.keyboard.NumericKeypad;
import io.bilheteria.ui.keyboard.TouchInputControl;
import io.bilheteria.ui.keyboard.TouchKeyboard;
import io.bilheteria.ui.theme.Theme;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The second step of collecting: the buyer's CPF on a numeric keypad (the default, fewest keys) or
 * their e-mail on the keyboard, then "Imprimir ingressos". {@link CollectViewModel} decides.
 */
public final class CollectBuyerScreen implements Screen {
    private final BorderPane view;
    private final TouchKeyboard keyboard;

    public CollectBuyerScreen(CollectViewModel model, Messages messages, PurchaseFrame frame) {
        Messages m = messages;
        Label order = new Label();
        order.setId("collect-order");
        order.getStyleClass().add(Theme.TITLE);
        order.textProperty().bind(m.text("collect.buyer.order", model.codeProperty()));
        Label question = CollectScreens.text(m, "collect.buyer.question", Theme.SUBTITLE);

        BooleanBinding byCpf = model.secondFactorProperty().isEqualTo(SecondFactor.CPF);
        Button useCpf = factorButton(m, "collect-use-cpf", "collect.buyer.useCpf", byCpf, model::useCpf);
        Button useEmail = factorButton(m, "collect-use-email", "collect.buyer.useEmail", byCpf.not(), model::useEmail);
        HBox factors = new HBox(24, useCpf, useEmail);

        TextField cpf = new TextField();
        cpf.setId("collect-cpf");
        // a CPF is 11 digits; the backend checks its check digits
        cpf.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,11}") ? change : null));
        cpf.textProperty().bindBidirectional(model.cpfProperty());
        TextField email = new TextField();
        email.setId("collect-email");
        email.textProperty().bindBidirectional(model.emailProperty());
        VBox cpfField = labelled(m, "collect.buyer.cpf", cpf, byCpf);
        VBox emailField = labelled(m, "collect.buyer.email", email, byCpf.not());

        Button print = CollectScreens.button(m, "collect-print", "collect.buyer.print", Theme.PRIMARY, model::collect);
        print.getStyleClass().add("collect-main-action");
        print.disableProperty().bind(model.buyerCompleteProperty().not());
        VBox column = new VBox(24, order, question, factors, cpfField, emailField,
                CollectScreens.refusal("collect-buyer-error", model.refusalProperty()), print);
        column.getStyleClass().add("collect-column");

        NumericKeypad keypad = new NumericKeypad(m);
        keypad.setId("collect-keypad");
        keypad.setTarget(cpf);
        keypad.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        keyboard = new TouchKeyboard(m);
        keyboard.setId("collect-email-keyboard");
        keyboard.setLayout(KeyboardLayout.EMAIL);
        keyboard.setTarget(email);
        for (TouchInputControl keys : new TouchInputControl[] {keypad, keyboard}) {
            keys.actionDisableProperty().bind(model.buyerCompleteProperty().not());
            keys.setOnAction(e -> model.collect());
        }
        keypad.visibleProperty().bind(byCpf);
        keyboard.visibleProperty().bind(byCpf.not());
        StackPane onScreenKeys = new StackPane(keypad, keyboard);
        onScreenKeys.setAlignment(Pos.TOP_CENTER);

        HBox body = new HBox(48, column, onScreenKeys);
        body.setAlignment(Pos.TOP_CENTER);
        view = CollectScreens.screen(frame, "collect-buyer-screen", Place.COLLECT_CODE, body);
    }

    /** One of the two ways to prove the order is the buyer's; the one chosen looks pressed. */
    private static Button factorButton(Messages m, String id, String textKey, BooleanBinding chosen, Runnable choose) {
        Button button = CollectScreens.button(m, id, textKey, Theme.SECONDARY, choose);
        chosen.addListener((obs, was, now) -> style(button, now));
        style(button, chosen.get());
        return button;
    }

    private static void style(Button button, boolean chosen) {
        button.getStyleClass().removeAll(Theme.PRIMARY, Theme.SECONDARY);
        button.getStyleClass().add(chosen ? Theme.PRIMARY : Theme.SECONDARY);
    }

    private static VBox labelled(Messages m, String labelKey, TextField field, BooleanBinding shownWhen) {
        Label label = CollectScreens.text(m, labelKey, Theme.MUTED);
        label.setLabelFor(field);
        field.getStyleClass().add("collect-field");
        VBox box = new VBox(6, label, field);
        box.visibleProperty().bind(shownWhen);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        keyboard.setShift(TouchKeyboard.Shift.OFF);
    }
}
