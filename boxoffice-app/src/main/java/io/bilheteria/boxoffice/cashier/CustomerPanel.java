package io.bilheteria.boxoffice.cashier;

import io.bilheteria.ui.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sale's customer at the cashier, by keyboard: F11, an email or CPF and Enter; for someone
 * unknown, the form below (name, Tab, email, Tab, CPF, Enter registers; Esc closes it). Lays out and
 * binds {@link CustomerViewModel}, which decides.
 */
final class CustomerPanel {
    private final CustomerViewModel model;
    private final TextField search = new TextField();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField cpf = new TextField();
    private final VBox view;

    CustomerPanel(Messages shell, CustomerViewModel model) {
        this.model = model;
        Messages own = model.texts();
        search.setId("cashier-customer");
        search.setPromptText(shell.get("cashier.customer"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.find();
                event.consume();
            }
        });
        Label buyer = new Label();
        buyer.setId("cashier-buyer");
        buyer.setWrapText(true);
        buyer.setMinHeight(Region.USE_PREF_SIZE);
        buyer.textProperty().bind(model.buyerProperty());
        Label title = new Label(own.get("customer.new.title"));
        title.getStyleClass().add("customer-form-title");
        Label keys = new Label(own.get("customer.new.keys"));
        keys.setId("customer-form-keys");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        field(name, "customer-name", own.get("customer.new.name"));
        name.textProperty().bindBidirectional(model.nameProperty());
        field(email, "customer-email", own.get("customer.new.email"));
        email.textProperty().bindBidirectional(model.emailProperty());
        field(cpf, "customer-cpf", own.get("customer.new.cpf"));
        cpf.textProperty().bindBidirectional(model.cpfProperty());
        VBox form = new VBox(6, title, name, email, cpf, keys);
        form.setId("customer-form");
        form.getStyleClass().add("customer-form");
        form.visibleProperty().bind(model.registeringProperty());
        // a closed form takes no room from the cart and the products above it
        form.managedProperty().bind(model.registeringProperty());
        view = new VBox(8, search, buyer, form);
        view.getStylesheets().add(CustomerPanel.class.getResource("customer.css").toExternalForm());
        model.whenFocusMoves(field -> (switch (field) {
            case SEARCH -> search;
            case NAME -> name;
            case EMAIL -> email;
        }).requestFocus());
    }

    private void field(TextField field, String id, String prompt) {
        field.setId(id);
        field.setPromptText(prompt);
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.register();
                event.consume();
            }
        });
    }

    /** F11: type the customer's email or CPF. */
    void focus() {
        search.requestFocus();
        search.selectAll();
    }

    Node view() {
        return view;
    }
}
