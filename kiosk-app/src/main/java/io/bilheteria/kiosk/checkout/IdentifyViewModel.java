package io.bilheteria.kiosk.checkout;

import io.bilheteria.client.EmailTakenException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.UnauthorizedException;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.BlockingCall;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who is buying, as {@link IdentifyScreen} asks it: log in, register, go on as a guest with an
 * e-mail for the receipt, or only print. The model holds which form is open, what is typed in it,
 * and why the backend refused it, in plain words; an accepted buyer goes on to the review.
 */
public final class IdentifyViewModel {
    /** What the screen shows: the four choices, or the form of one of them. */
    public enum Form { CHOICES, LOGIN, REGISTER, GUEST }

    /** The backend names the refused field first, in quotes: "'cpf' is not a valid CPF". */
    private static final Pattern REFUSED_FIELD = Pattern.compile("^'(\\w+)'");
    private static final List<String> EXPLAINED_FIELDS = List.of("name", "email", "password", "cpf");

    private final Sale sale;
    private final BackendCalls calls;
    private final Messages m;
    private final Journey journey;
    private final ReadOnlyObjectWrapper<Form> form = new ReadOnlyObjectWrapper<>(this, "form", Form.CHOICES);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final StringProperty loginEmail = new SimpleStringProperty(this, "loginEmail", "");
    private final StringProperty loginPassword = new SimpleStringProperty(this, "loginPassword", "");
    private final StringProperty registerName = new SimpleStringProperty(this, "registerName", "");
    private final StringProperty registerEmail = new SimpleStringProperty(this, "registerEmail", "");
    private final StringProperty registerPassword = new SimpleStringProperty(this, "registerPassword", "");
    private final StringProperty registerCpf = new SimpleStringProperty(this, "registerCpf", "");
    private final StringProperty guestEmail = new SimpleStringProperty(this, "guestEmail", "");
    private boolean shown;

    public IdentifyViewModel(Sale sale, BackendCalls calls, Messages messages, Journey journey) {
        this.sale = sale;
        this.calls = calls;
        this.m = messages;
        this.journey = journey;
    }

    public ReadOnlyObjectProperty<Form> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** Why the backend refused what was typed, in the customer's language; empty when it did not. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public StringProperty loginEmailProperty() {
        return loginEmail;
    }

    public StringProperty loginPasswordProperty() {
        return loginPassword;
    }

    public StringProperty registerNameProperty() {
        return registerName;
    }

    public StringProperty registerEmailProperty() {
        return registerEmail;
    }

    public StringProperty registerPasswordProperty() {
        return registerPassword;
    }

    public StringProperty registerCpfProperty() {
        return registerCpf;
    }

    public StringProperty guestEmailProperty() {
        return guestEmail;
    }

    /** The next customer finds the choices and nothing typed by the one before. */
    public void shown() {
        shown = true;
        Stream.of(loginEmail, loginPassword, registerName, registerEmail, registerPassword, registerCpf, guestEmail)
                .forEach(field -> field.set(""));
        showChoices();
    }

    public void hidden() {
        shown = false;
    }

    /** Opens the form of one choice; {@link Form#CHOICES} goes back to the four. */
    public void open(Form chosen) {
        refusal.unbind();
        refusal.set("");
        form.set(chosen);
    }

    public void showChoices() {
        open(Form.CHOICES);
    }

    public void logIn() {
        String email = loginEmail.get();
        String password = loginPassword.get();
        identify(() -> sale.logIn(email, password));
    }

    public void register() {
        String name = registerName.get();
        String email = registerEmail.get();
        String password = registerPassword.get();
        String cpf = registerCpf.get();
        identify(() -> sale.register(name, email, password, cpf));
    }

    public void continueAsGuest() {
        String email = guestEmail.get();
        identify(() -> sale.continueAsGuest(email));
    }

    /** The tickets come out of the printer anyway: no account, no e-mail, one tap. */
    public void printOnly() {
        identify(() -> sale.continueAsGuest(null));
    }

    private void identify(BlockingCall<?> call) {
        refusal.unbind();
        refusal.set("");
        calls.write(call, buyer -> {
            if (shown) {
                journey.go(Place.REVIEW);
            }
        }, this::refused);
    }

    /** Says why the backend refused, in the customer's language; anything else goes to the shell. */
    private void refused(CallFailure failure) {
        if (failure.cause() instanceof UnauthorizedException unauthorized) {
            refuse(unauthorized.isLocked() ? "checkout.identify.locked" : "checkout.identify.wrongPassword");
        } else if (failure.cause() instanceof EmailTakenException) {
            refuse("checkout.identify.emailTaken");
        } else if (failure.cause() instanceof InvalidRequestException invalid) {
            String detail = invalid.problem().detail();
            Matcher field = REFUSED_FIELD.matcher(detail == null ? "" : detail);
            if (field.find() && EXPLAINED_FIELDS.contains(field.group(1))) {
                refuse("checkout.identify.invalid." + field.group(1));
            } else {
                refusal.set(failure.message());
            }
        } else if (failure.cause() instanceof IllegalArgumentException) {
            // the only local refusal: a guest's e-mail that is not an address
            refuse("checkout.identify.invalid.email");
        } else {
            calls.report(failure);
        }
    }

    private void refuse(String key) {
        refusal.bind(m.text(key));
    }
}
