package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.checkout.IdentifyViewModel.Form;
import io.bilheteria.kiosk.checkout.TouchForm.Input;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * Who is buying, as the customer sees it: four big choices first; each opens its form above the
 * on-screen keys, and a refusal is said beside the form. The decisions are
 * {@link IdentifyViewModel}'s; this lays them out and binds to them.
 */
public final class IdentifyScreen implements Screen {
    private final IdentifyViewModel model;
    private final Messages m;
    private final BorderPane view;
    private final TouchForm form;
    private final TextField loginEmail = new TextField();
    private final PasswordField loginPassword = new PasswordField();
    private final TextField registerName = new TextField();
    private final TextField registerEmail = new TextField();
    private final PasswordField registerPassword = new PasswordField();
    private final TextField registerCpf = new TextField();
    private final TextField guestEmail = new TextField();

    public IdentifyScreen(IdentifyViewModel model, Messages messages, PurchaseFrame frame) {
        this.model = model;
        this.m = messages;
        form = new TouchForm(m, "identify");
        loginEmail.textProperty().bindBidirectional(model.loginEmailProperty());
        loginPassword.textProperty().bindBidirectional(model.loginPasswordProperty());
        registerName.textProperty().bindBidirectional(model.registerNameProperty());
        registerEmail.textProperty().bindBidirectional(model.registerEmailProperty());
        registerPassword.textProperty().bindBidirectional(model.registerPasswordProperty());
        registerCpf.textProperty().bindBidirectional(model.registerCpfProperty());
        guestEmail.textProperty().bindBidirectional(model.guestEmailProperty());

        VBox loginForm = formCard(Form.LOGIN, "checkout.identify.login", "login-submit", model::logIn,
                form.field("checkout.identify.email", loginEmail, "login-email", Input.EMAIL,
                        loginPassword::requestFocus),
                form.field("checkout.identify.password", loginPassword, "login-password", Input.TEXT, model::logIn));
        VBox registerForm = formCard(Form.REGISTER, "checkout.identify.register", "register-submit", model::register,
                form.field("checkout.identify.name", registerName, "register-name", Input.NAME,
                        registerEmail::requestFocus),
                form.field("checkout.identify.email", registerEmail, "register-email", Input.EMAIL,
                        registerPassword::requestFocus),
                form.field("checkout.identify.newPassword", registerPassword, "register-password", Input.TEXT,
                        registerCpf::requestFocus),
                form.field("checkout.identify.cpf", registerCpf, "register-cpf", Input.CPF, model::register));
        VBox guestForm = formCard(Form.GUEST, "checkout.identify.guest", "guest-submit", model::continueAsGuest,
                form.field("checkout.identify.receiptEmail", guestEmail, "guest-email", Input.EMAIL,
                        model::continueAsGuest));
        StackPane forms = new StackPane(loginForm, registerForm, guestForm);

        HBox choices = new HBox(40,
                choice("identify-login", "checkout.identify.login", "checkout.identify.login.hint",
                        () -> model.open(Form.LOGIN)),
                choice("identify-register", "checkout.identify.register", "checkout.identify.register.hint",
                        () -> model.open(Form.REGISTER)),
                choice("identify-guest", "checkout.identify.guest", "checkout.identify.guest.hint",
                        () -> model.open(Form.GUEST)),
                choice("identify-print-only", "checkout.identify.printOnly", "checkout.identify.printOnly.hint",
                        model::printOnly));
        choices.setAlignment(Pos.CENTER);
        choices.setFillHeight(false);
        choices.visibleProperty().bind(model.formProperty().isEqualTo(Form.CHOICES));
        // the first field of the form opened takes the keys
        model.formProperty().addListener((obs, before, now) -> {
            switch (now) {
                case CHOICES -> choices.requestFocus();
                case LOGIN -> loginEmail.requestFocus();
                case REGISTER -> registerName.requestFocus();
                case GUEST -> guestEmail.requestFocus();
            }
        });

        Label refusal = new Label();
        refusal.setId("identify-error");
        refusal.setWrapText(true);
        refusal.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        Button otherChoice = CheckoutScreens.button(m, "identify-other-choice", "checkout.identify.otherChoice",
                Theme.SECONDARY, model::showChoices);
        VBox formColumn = new VBox(24, forms, refusal, otherChoice);
        formColumn.getStyleClass().add("checkout-form-column");
        formColumn.visibleProperty().bind(choices.visibleProperty().not());

        Node keys = form.keys();
        keys.visibleProperty().bind(formColumn.visibleProperty());
        HBox formAndKeys = new HBox(48, formColumn, keys);
        formAndKeys.setAlignment(Pos.TOP_CENTER);
        formAndKeys.visibleProperty().bind(formColumn.visibleProperty());

        view = CheckoutScreens.purchaseScreen(frame, "checkout.identify.title", Place.ADDONS,
                new StackPane(choices, formAndKeys));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        form.clear();
        model.shown();
    }

    @Override
    public void hidden() {
        model.hidden();
    }

    private Button choice(String id, String titleKey, String hintKey, Runnable action) {
        Label title = new Label();
        title.textProperty().bind(m.text(titleKey));
        title.getStyleClass().add(Theme.TITLE);
        Label hint = new Label();
        hint.textProperty().bind(m.text(hintKey));
        hint.getStyleClass().add(Theme.SUBTITLE);
        for (Label label : List.of(title, hint)) {
            label.setWrapText(true);
            label.setTextAlignment(TextAlignment.CENTER);
        }
        VBox content = new VBox(24, title, hint);
        content.setAlignment(Pos.CENTER);
        Button button = new Button();
        button.setId(id);
        button.setGraphic(content);
        button.getStyleClass().addAll(Theme.SECONDARY, "checkout-choice");
        button.setOnAction(e -> action.run());
        return button;
    }

    private VBox formCard(Form shownFor, String titleKey, String submitId, Runnable submit, Node... rows) {
        Label title = new Label();
        title.textProperty().bind(m.text(titleKey));
        title.getStyleClass().add(Theme.SUBTITLE);
        VBox box = new VBox(16);
        box.getChildren().add(title);
        box.getChildren().addAll(rows);
        box.getChildren().add(CheckoutScreens.button(m, submitId, "common.next", Theme.PRIMARY, submit));
        box.getStyleClass().addAll(Theme.CARD, "checkout-form");
        box.visibleProperty().bind(model.formProperty().isEqualTo(shownFor));
        return box;
    }
}
