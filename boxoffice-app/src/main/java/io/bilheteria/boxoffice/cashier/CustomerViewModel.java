package io.bilheteria.boxoffice.cashier;

import io.bilheteria.client.EmailTakenException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Whose sale it is, decided at the cashier ({@link CustomerPanel} shows it): an email or CPF finds
 * the customer and the sale goes in their name; someone the backend does not know is registered on
 * the spot, the form opening with what was typed (no password: a customer nobody logs in to yet). An
 * unknown email meanwhile receives the receipt as a guest.
 */
final class CustomerViewModel {
    static final String BUNDLE = "io.bilheteria.boxoffice.cashier.customer";
    /** The backend names the refused field first, in quotes: "'cpf' is not a valid CPF". */
    private static final Pattern REFUSED_FIELD = Pattern.compile("'([a-z]+)'");
    private static final List<String> EXPLAINED_FIELDS = List.of("name", "email", "cpf");

    /** Where the keyboard goes next: the search, or the form's field to fill or correct. */
    enum Field { SEARCH, NAME, EMAIL }

    private final Messages shell;
    private final Messages own;
    private final Sale sale;
    private final BackendCalls calls;
    private final Consumer<String> say;
    private final Runnable chosen;
    private final BooleanSupplier canChange;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper buyer = new ReadOnlyStringWrapper(this, "buyer", "");
    private final ReadOnlyBooleanWrapper registering = new ReadOnlyBooleanWrapper(this, "registering");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty cpf = new SimpleStringProperty(this, "cpf", "");
    private Consumer<Field> focusMoves = field -> { };

    /**
     * @param calls the sale's calls: a failure this model does not explain is reported to them
     * @param say shows a sentence on the sale's message line
     * @param chosen called once the sale is in a customer's name (found or registered)
     * @param canChange whether the sale's customer may change now (not while the card is read)
     */
    CustomerViewModel(Messages shell, Sale sale, BackendCalls calls, Consumer<String> say, Runnable chosen,
                      BooleanSupplier canChange) {
        this.shell = shell;
        this.own = new Messages(shell.getLocale(), BUNDLE);
        this.sale = sale;
        this.calls = calls;
        this.say = say;
        this.chosen = chosen;
        this.canChange = canChange;
    }

    /** The panel's own texts (the form's title, its keys, its prompts). */
    Messages texts() {
        return own;
    }

    /** The email or CPF typed to find the customer. */
    StringProperty searchProperty() {
        return search;
    }

    /** Whose sale it is, in a sentence; empty for nobody in particular. */
    ReadOnlyStringProperty buyerProperty() {
        return buyer.getReadOnlyProperty();
    }

    /** True while the form to register someone unknown is open. */
    ReadOnlyBooleanProperty registeringProperty() {
        return registering.getReadOnlyProperty();
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty emailProperty() {
        return email;
    }

    StringProperty cpfProperty() {
        return cpf;
    }

    /** The view puts the keyboard where the model says the cashier types next. */
    void whenFocusMoves(Consumer<Field> move) {
        focusMoves = move;
    }

    /** Enter on the email or CPF: the customer found, or the form offered for someone unknown. */
    void find() {
        String emailOrCpf = search.get().trim();
        if (emailOrCpf.isEmpty() || !canChange.getAsBoolean()) {
            return;
        }
        boolean byEmail = emailOrCpf.contains("@");
        record Found(String text, boolean customer) {
        }
        calls.read(() -> sale.chooseCustomer(emailOrCpf)
                .map(customer -> new Found(shell.get("cashier.customer.found", customer.email()), true))
                .orElseGet(() -> new Found(byEmail ? asGuest(emailOrCpf) : "", false)), found -> {
            buyer.set(found.text());
            if (found.customer()) {
                registering.set(false);
                say.accept("");
                chosen.run();
            } else {
                offerRegistration(byEmail ? emailOrCpf : "", byEmail ? "" : emailOrCpf);
            }
        }, this::refused);
    }

    private String asGuest(String address) {
        try {
            return shell.get("cashier.customer.guest", sale.continueAsGuest(address).email());
        } catch (IllegalArgumentException notAnEmail) {
            throw new IllegalArgumentException(shell.get("cashier.customer.badEmail"), notAnEmail);
        }
    }

    private void offerRegistration(String knownEmail, String knownCpf) {
        name.set("");
        email.set(knownEmail);
        cpf.set(knownCpf);
        registering.set(true);
        say.accept(own.get(knownEmail.isEmpty() ? "customer.unknown.cpf" : "customer.unknown.email"));
        focusMoves.accept(Field.NAME);
    }

    /** Enter in the form: the customer registered and the sale in their name, or what is missing said. */
    void register() {
        String newName = name.get().trim();
        String newEmail = email.get().trim();
        if (newName.isEmpty() || newEmail.isEmpty()) {
            say.accept(own.get(newName.isEmpty() ? "customer.invalid.name" : "customer.invalid.email"));
            focusMoves.accept(newName.isEmpty() ? Field.NAME : Field.EMAIL);
            return;
        }
        if (!canChange.getAsBoolean()) {
            return;
        }
        String newCpf = cpf.get();
        calls.write(() -> sale.registerAtDesk(newName, newEmail, newCpf), registered -> {
            buyer.set(own.get("customer.registered", newName, registered.email()));
            search.set(registered.email());
            registering.set(false);
            say.accept("");
            chosen.run();
        }, this::refused);
    }

    /** Esc while registering closes the form and nothing else; false when it was not open. */
    boolean closeForm() {
        if (!registering.get()) {
            return false;
        }
        registering.set(false);
        say.accept(own.get("customer.new.closed"));
        focusMoves.accept(Field.SEARCH);
        return true;
    }

    /** The next sale starts with nobody's name on it. */
    void clear() {
        search.set("");
        buyer.set("");
        registering.set(false);
    }

    /** Why the backend refused, in the cashier's language when it names a field we explain. */
    private void refused(CallFailure failure) {
        Throwable error = failure.cause();
        if (error instanceof EmailTakenException) {
            say.accept(own.get("customer.invalid.taken"));
            focusMoves.accept(Field.EMAIL);
            return;
        }
        if (error instanceof InvalidRequestException invalid && invalid.problem().detail() != null) {
            Matcher field = REFUSED_FIELD.matcher(invalid.problem().detail());
            if (field.find() && EXPLAINED_FIELDS.contains(field.group(1))) {
                say.accept(own.get("customer.invalid." + field.group(1)));
                return;
            }
        }
        calls.report(failure);
    }
}
