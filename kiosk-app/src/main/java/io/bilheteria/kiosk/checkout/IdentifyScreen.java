package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.client.EmailTakenException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.UnauthorizedException;
import io.bilheteria.kiosk.checkout.TouchForm.Input;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.theme.Theme;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * Who is buying: log in, register, or go on as a guest with an e-mail for the receipt.
 * Three big choices first; each opens its form above the on-screen keys. A refusal from
 * the backend (wrong password, e-mail taken, invalid CPF) is said in plain words beside the form.
 */
public final class IdentifyScreen implements Screen {
    /** The backend names the refused field first, in quotes: "'cpf' is not a valid CPF". */
    private static final Pattern REFUSED_FIELD = Pattern.compile("^'(\\w+)'");
    private static final List<String> EXPLAINED_FIELDS = List.of("name", "email", "password", "cpf");

    private final Messages m;
    private final Sale sale;
    private final BackendCalls calls;
    private final Journey journey;
    private final BorderPane view;
    private final TouchForm form;
    private final HBox choices;
    private final StackPane forms = new StackPane();
    private final Label error = new Label();

    private final TextField loginEmail = new TextField();
    private final PasswordField loginPassword = new PasswordField();
    private final TextField registerName = new TextField();
    private final TextField registerEmail = new TextField();
    private final PasswordField registerPassword = new PasswordField();
    private final TextField registerCpf = new TextField();
    private final TextField guestEmail = new TextField();
    private final VBox loginForm;
    private final VBox registerForm;
    private final VBox guestForm;

    public IdentifyScreen(Messages messages, Sale sale, BackendCalls calls, PurchaseFrame frame, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.calls = calls;
        this.journey = journey;
        form = new TouchForm(m, "identify");

        loginForm = formCard("checkout.identify.login", "login-submit", this::logIn,
                form.field("checkout.identify.email", loginEmail, "login-email", Input.EMAIL,
                        loginPassword::requestFocus),
                form.field("checkout.identify.password", loginPassword, "login-password", Input.TEXT, this::logIn));
        registerForm = formCard("checkout.identify.register", "register-submit", this::register,
                form.field("checkout.identify.name", registerName, "register-name", Input.NAME,
                        registerEmail::requestFocus),
                form.field("checkout.identify.email", registerEmail, "register-email", Input.EMAIL,
                        registerPassword::requestFocus),
                form.field("checkout.identify.newPassword", registerPassword, "register-password", Input.TEXT,
                        registerCpf::requestFocus),
                form.field("checkout.identify.cpf", registerCpf, "register-cpf", Input.CPF, this::register));
        guestForm = formCard("checkout.identify.guest", "guest-submit", this::continueAsGuest,
                form.field("checkout.identify.receiptEmail", guestEmail, "guest-email", Input.EMAIL,
                        this::continueAsGuest));
        forms.getChildren().addAll(loginForm, registerForm, guestForm);

        choices = new HBox(40,
                choice("identify-login", "checkout.identify.login", "checkout.identify.login.hint",
                        () -> open(loginForm, loginEmail)),
                choice("identify-register", "checkout.identify.register", "checkout.identify.register.hint",
                        () -> open(registerForm, registerName)),
                choice("identify-guest", "checkout.identify.guest", "checkout.identify.guest.hint",
                        () -> open(guestForm, guestEmail)),
                // the tickets come out of the printer anyway: no account, no e-mail, one tap
                choice("identify-print-only", "checkout.identify.printOnly", "checkout.identify.printOnly.hint",
                        () -> identify(() -> sale.continueAsGuest(null))));
        choices.setAlignment(Pos.CENTER);
        choices.setFillHeight(false);

        error.setId("identify-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        error.managedProperty().bind(error.visibleProperty());

        Button otherChoice = CheckoutScreens.button(m, "identify-other-choice", "checkout.identify.otherChoice",
                Theme.SECONDARY, this::showChoices);
        VBox formColumn = new VBox(24, forms, error, otherChoice);
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
        showChoices();
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

    private VBox formCard(String titleKey, String submitId, Runnable submit, Node... rows) {
        Label title = new Label();
        title.textProperty().bind(m.text(titleKey));
        title.getStyleClass().add(Theme.SUBTITLE);
        VBox box = new VBox(16);
        box.getChildren().add(title);
        box.getChildren().addAll(rows);
        box.getChildren().add(CheckoutScreens.button(m, submitId, "common.next", Theme.PRIMARY, submit));
        box.getStyleClass().addAll(Theme.CARD, "checkout-form");
        box.setVisible(false);
        return box;
    }

    private void showChoices() {
        forms.getChildren().forEach(f -> f.setVisible(false));
        error.setVisible(false);
        choices.setVisible(true);
        choices.requestFocus();
    }

    private void open(VBox chosen, TextInputControl first) {
        forms.getChildren().forEach(f -> f.setVisible(f == chosen));
        error.setVisible(false);
        choices.setVisible(false);
        first.requestFocus();
    }

    private void logIn() {
        String email = loginEmail.getText();
        String password = loginPassword.getText();
        identify(() -> sale.logIn(email, password));
    }

    private void register() {
        String name = registerName.getText();
        String email = registerEmail.getText();
        String password = registerPassword.getText();
        String cpf = registerCpf.getText();
        identify(() -> sale.register(name, email, password, cpf));
    }

    private void continueAsGuest() {
        String email = guestEmail.getText();
        identify(() -> sale.continueAsGuest(email));
    }

    private void identify(BlockingCall<?> call) {
        error.setVisible(false);
        calls.write(call, buyer -> {
            if (journey.place() == Place.IDENTIFY) {
                journey.go(Place.REVIEW);
            }
        }, this::refused);
    }

    /** Says why the backend refused, in the customer's language; anything else goes to the shell. */
    private void refused(CallFailure failure) {
        if (failure.cause() instanceof UnauthorizedException unauthorized) {
            showError(unauthorized.isLocked() ? "checkout.identify.locked" : "checkout.identify.wrongPassword");
        } else if (failure.cause() instanceof EmailTakenException) {
            showError("checkout.identify.emailTaken");
        } else if (failure.cause() instanceof InvalidRequestException invalid) {
            String detail = invalid.problem().detail();
            Matcher field = REFUSED_FIELD.matcher(detail == null ? "" : detail);
            if (field.find() && EXPLAINED_FIELDS.contains(field.group(1))) {
                showError("checkout.identify.invalid." + field.group(1));
            } else {
                error.textProperty().unbind();
                error.setText(failure.message());
                error.setVisible(true);
            }
        } else if (failure.cause() instanceof IllegalArgumentException) {
            // the only local refusal: a guest's e-mail that is not an address
            showError("checkout.identify.invalid.email");
        } else {
            calls.report(failure);
        }
    }

    private void showError(String key) {
        error.textProperty().bind(m.text(key));
        error.setVisible(true);
    }
}
