package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.products.Product;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event's marketplace products (merchandise, snacks sold with its tickets; {@link ProductsTab}
 * shows them): name, price and how many are in stock; sales take from the stock, and none is sold
 * once it is 0. Pick one to change it.
 */
final class ProductsViewModel implements EventDetail {
    /** As the backend allows. */
    private static final int MAX_STOCK = 1_000_000;
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessageViewModel message;
    private final Inputs inputs;
    private final Messages messages;
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Product> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty stock = new SimpleStringProperty(this, "stock", "");
    private EventSummary event;

    ProductsViewModel(TerminalBackend backend, BackendCalls calls, PartnerMessageViewModel message, Inputs inputs) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        products.clear();
        pick(null);
        if (shown != null) {
            load(null);
        }
    }

    private void load(String pickId) {
        String eventId = event.id();
        calls.read(() -> backend.call(client -> client.products(eventId).items()), list -> {
            if (event == null || !event.id().equals(eventId)) {
                return; // another event was picked meanwhile
            }
            products.setAll(list);
            list.stream().filter(p -> p.id().equals(pickId)).findFirst().ifPresent(this::pick);
        });
    }

    /** The product picked fills the form; none empties it. */
    void pick(Product product) {
        picked.set(product);
        name.set(product == null ? "" : product.name());
        price.set(product == null ? "" : Money.format(product.priceCents(), product.currency(), messages.getLocale()));
        stock.set(product == null ? "" : Integer.toString(product.stock()));
    }

    /** A new product as typed. */
    void add() {
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

    /** The product picked, changed as typed; with none picked, said so. */
    void save() {
        Product product = picked.get();
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
            return new ProductDraft(inputs.required(name.get(), messages.get("partner.product.name")),
                    inputs.cents(price.get(), messages.get("partner.product.price")),
                    inputs.count(stock.get(), messages.get("partner.product.stock"), 0, MAX_STOCK));
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return null;
        }
    }

    ObservableList<Product> products() {
        return products;
    }

    ReadOnlyObjectProperty<Product> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty priceProperty() {
        return price;
    }

    StringProperty stockProperty() {
        return stock;
    }

    /** A product's line in the list: name, price, stock (or sold out). */
    String line(Product product) {
        return messages.get("partner.products.line", product.name(),
                Money.format(product.priceCents(), product.currency(), messages.getLocale()), product.stock());
    }
}
