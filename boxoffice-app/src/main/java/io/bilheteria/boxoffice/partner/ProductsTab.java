package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.products.Product;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The event's marketplace products (merchandise, snacks sold with its tickets): name, price and
 * how many are in stock; sales take from the stock, and none is sold once it is 0. Pick one to
 * change it.
 */
final class ProductsTab implements DetailTab {
    /** As the backend allows. */
    private static final int MAX_STOCK = 1_000_000;
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessage message;
    private final Inputs inputs;
    private final Messages messages;
    private final Tab tab;
    private final ListView<Product> products = new ListView<>();
    private final TextField name;
    private final TextField price;
    private final TextField stock;
    private EventSummary event;

    ProductsTab(TerminalBackend backend, BackendCalls calls, PartnerMessage message, Inputs inputs) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
        tab = Forms.tab("partner-tab-products", messages.get("partner.tab.products"));
        products.setId("partner-products");
        products.setPlaceholder(new Label(messages.get("partner.products.none")));
        products.setCellFactory(list -> new ProductCell());
        products.getSelectionModel().selectedItemProperty().addListener((obs, old, product) -> pick(product));
        name = Forms.field("partner-product-name", messages.get("partner.product.name.prompt"));
        price = Forms.field("partner-product-price", "25,00");
        stock = Forms.field("partner-product-stock", "100");
        GridPane form = Forms.grid();
        Forms.row(form, messages.get("partner.product.name"), name);
        Forms.row(form, messages.get("partner.product.price"), price);
        Forms.row(form, messages.get("partner.product.stock"), stock);
        form.add(new HBox(8,
                Forms.button("partner-product-add", messages.get("partner.product.add"), Theme.PRIMARY, this::add),
                Forms.button("partner-product-save", messages.get("partner.product.save"), Theme.SECONDARY, this::save)),
                1, form.getRowCount());
        HBox content = Forms.listBesideForm(messages.get("partner.tab.products"), products,
                messages.get("partner.product.form"), form);
        tab.setContent(content);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        products.getItems().clear();
        pick(null);
        if (shown != null) {
            load(null);
        }
    }

    private void load(String pickId) {
        String eventId = event.id();
        calls.read(() -> backend.call(client -> client.products(eventId).items()), list -> {
            if (event == null || !event.id().equals(eventId)) {
                return;
            }
            products.getItems().setAll(list);
            list.stream().filter(p -> p.id().equals(pickId)).findFirst()
                    .ifPresent(p -> products.getSelectionModel().select(p));
        });
    }

    private void pick(Product product) {
        name.setText(product == null ? "" : product.name());
        price.setText(product == null ? "" : Money.format(product.priceCents(), product.currency(), messages.getLocale()));
        stock.setText(product == null ? "" : Integer.toString(product.stock()));
    }

    private void add() {
        ProductDraft draft = typed();
        if (draft == null) {
            return;
        }
        String eventId = event.id();
        calls.write(() -> backend.call(client -> client.createProduct(eventId, draft)), created -> {
            message.say("partner.product.added", created.name(), created.stock());
            load(created.id());
        });
    }

    private void save() {
        Product product = products.getSelectionModel().getSelectedItem();
        if (product == null) {
            message.warn(messages.get("partner.product.pick"));
            return;
        }
        ProductDraft draft = typed();
        if (draft == null) {
            return;
        }
        calls.write(() -> backend.call(client -> client.editProduct(product.id(), draft)), changed -> {
            message.say("partner.product.saved", changed.name(), changed.stock());
            load(changed.id());
        });
    }

    private ProductDraft typed() {
        try {
            return new ProductDraft(inputs.required(name.getText(), messages.get("partner.product.name")),
                    inputs.cents(price.getText(), messages.get("partner.product.price")),
                    inputs.count(stock.getText(), messages.get("partner.product.stock"), 0, MAX_STOCK));
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return null;
        }
    }

    private final class ProductCell extends ListCell<Product> {
        @Override
        protected void updateItem(Product product, boolean empty) {
            super.updateItem(product, empty);
            setText(empty || product == null ? null : messages.get("partner.products.line", product.name(),
                    Money.format(product.priceCents(), product.currency(), messages.getLocale()), product.stock()));
        }
    }
}
