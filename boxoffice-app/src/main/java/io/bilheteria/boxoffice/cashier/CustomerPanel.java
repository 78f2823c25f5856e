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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sale's customer at the cashier, by keyboard: F11, an email or CPF and Enter puts the sale
 * in their name. Someone the backend does not know is registered on the spot: the form opens
 * with what was typed, the cashier adds the name (and the email or CPF), Enter registers them
 * (no password: the backend makes them a customer nobody logs in to yet) and the sale is theirs;
 * Esc closes the form. An unknown email meanwhile receives the receipt as a guest, as before.
 */
final class CustomerPanel {
    static final String BUNDLE = "io.bilheteria.boxoffice.cashier.customer";
    /** The backend names the refused field first, in quotes: "'cpf' is not a valid CPF". */
    private static final Pattern REFUSED_FIELD = Pattern.compile("'([a-z]+)'");
    private static final List<String> EXPLAINED_FIELDS = List.of("name", "email", "cpf");

    private final Messages shell;
    private final Messages own;
    private final Sale sale;
    private final BackendCalls calls;
    private final Consumer<String> say;
    private final Runnable chosen;
    private final BooleanSupplier canChange;
    private final TextField search = new TextField();
    private final Label buyer = new Label();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField cpf = new TextField();
    private final VBox form;
    private final VBox view;

    /**
     * @param calls the cashier's calls: a failure this panel does not explain is reported to them
     * @param say shows a sentence in the cashier's message line
     * @param chosen called once the sale is in a customer's name (found or registered)
     * @param canChange whether the sale's customer may change now (not while the card is read)
     */
    CustomerPanel(Messages shell, Sale sale, BackendCalls calls, Consumer<String> say, Runnable chosen,
                  BooleanSupplier canChange) {
        this.shell = shell;
        this.own = new Messages(shell.getLocale(), BUNDLE);
        this.sale = sale;
        this.calls = calls;
        this.say = say;
        this.chosen = chosen;
        this.canChange = canChange;
        search.setId("cashier-customer");
        search.setPromptText(shell.get("cashier.customer"));
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                find(search.getText().trim());
                event.consume();
            }
        });
        buyer.setId("cashier-buyer");
        buyer.setWrapText(true);
        buyer.setMinHeight(Region.USE_PREF_SIZE);
        Label title = new Label(own.get("customer.new.title"));
        title.getStyleClass().add("customer-form-title");
        Label keys = new Label(own.get("customer.new.keys"));
        keys.setId("customer-form-keys");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        field(name, "customer-name", "customer.new.name");
        field(email, "customer-email", "customer.new.email");
        field(cpf, "customer-cpf", "customer.new.cpf");
        form = new VBox(6, title, name, email, cpf, keys);
        form.setId("customer-form");
        form.getStyleClass().add("customer-form");
        showForm(false);
        view = new VBox(8, search, buyer, form);
        view.getStylesheets().add(CustomerPanel.class.getResource("customer.css").toExternalForm());
    }

    private void field(TextField field, String id, String prompt) {
        field.setId(id);
        field.setPromptText(own.get(prompt));
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                register();
                event.consume();
            }
        });
    }

    /** F11: type the customer's email or CPF. */
    void focus() {
        search.requestFocus();
        search.selectAll();
    }

    /** Esc while registering closes the form and nothing else; false when it was not open. */
    boolean closeForm() {
        if (!form.isVisible()) {
            return false;
        }
        showForm(false);
        say.accept(own.get("customer.new.closed"));
        search.requestFocus();
        return true;
    }

    /** The next sale starts with nobody's name on it. */
    void clear() {
        search.clear();
        buyer.setText("");
        showForm(false);
    }

    private void find(String emailOrCpf) {
        if (emailOrCpf.isEmpty() || !canChange.getAsBoolean()) {
            return;
        }
        boolean byEmail = emailOrCpf.contains("@");
        record Found(String text, boolean customer) {
        }
        calls.read(() -> sale.chooseCustomer(emailOrCpf)
                .map(customer -> new Found(shell.get("cashier.customer.found", customer.email()), true))
                .orElseGet(() -> new Found(byEmail ? asGuest(emailOrCpf) : "", false)), found -> {
            buyer.setText(found.text());
            if (found.customer()) {
                showForm(false);
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
        name.clear();
        email.setText(knownEmail);
        cpf.setText(knownCpf);
        showForm(true);
        say.accept(own.get(knownEmail.isEmpty() ? "customer.unknown.cpf" : "customer.unknown.email"));
        name.requestFocus();
    }

    private void register() {
        String newName = name.getText().trim();
        String newEmail = email.getText().trim();
        if (newName.isEmpty() || newEmail.isEmpty()) {
            say.accept(own.get(newName.isEmpty() ? "customer.invalid.name" : "customer.invalid.email"));
            (newName.isEmpty() ? name : email).requestFocus();
            return;
        }
        if (!canChange.getAsBoolean()) {
            return;
        }
        String newCpf = cpf.getText();
        calls.write(() -> sale.registerAtDesk(newName, newEmail, newCpf), registered -> {
            buyer.setText(own.get("customer.registered", newName, registered.email()));
            search.setText(registered.email());
            showForm(false);
            say.accept("");
            chosen.run();
        }, this::refused);
    }

    private void showForm(boolean shown) {
        form.setVisible(shown);
        form.setManaged(shown);
    }

    /** Why the backend refused, in the cashier's language when it names a field we explain. */
    private void refused(CallFailure failure) {
        Throwable error = failure.cause();
        if (error instanceof EmailTakenException) {
            say.accept(own.get("customer.invalid.taken"));
            email.requestFocus();
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

    Node view() {
        return view;
    }
}
