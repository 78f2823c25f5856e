package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.api.products.Product;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The event's add-ons (snacks, merchandise) as cards with − / + quantities that go straight
 * into the sale; "skip" drops them all, "continue" keeps them.
 */
public final class AddOnsScreen implements Screen {
    /** One product on screen and how many of it the customer takes. */
    private record Line(Product product, IntegerProperty quantity) {
    }

    private final Messages m;
    private final Sale sale;
    private final BackendCalls calls;
    private final Journey journey;
    private final BorderPane view;
    private final FlowPane cards = new FlowPane(24, 24);
    private final Label none;
    private final Label total = new Label();
    private final List<Line> lines = new ArrayList<>();

    public AddOnsScreen(Messages messages, Sale sale, BackendCalls calls, PurchaseFrame frame, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.calls = calls;
        this.journey = journey;
        Label question = new Label();
        question.getStyleClass().add(Theme.TITLE);
        question.textProperty().bind(m.text("browse.addons.question"));
        cards.setId("product-list");
        none = BrowseLayout.emptyListNote(m, "addons-none", "browse.addons.none");

        total.setId("addons-total");
        total.getStyleClass().add(Theme.SUBTITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button skip = BrowseLayout.button(m, "addons-skip", "browse.addons.skip", Theme.SECONDARY);
        skip.setOnAction(e -> skip());
        Button next = BrowseLayout.button(m, "addons-continue", "browse.addons.continue", Theme.PRIMARY);
        next.setOnAction(e -> journey.go(Place.IDENTIFY));
        HBox actions = new HBox(24, total, spacer, skip, next);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("browse-actions");

        VBox body = new VBox(24, question, none, BrowseLayout.scrolling(cards), actions);
        view = BrowseLayout.screen(frame, "addons", "browse.addons.title", Place.SEATS, body);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        lines.clear();
        cards.getChildren().clear();
        none.setVisible(false);
        total.textProperty().unbind();
        total.setText("");
        calls.read(() -> sale.loadProducts(), this::show);
    }

    private void show(List<Product> products) {
        // what this customer chose before going back to the seats stays chosen
        Map<String, Integer> chosen = sale.productQuantities();
        List<Node> shown = new ArrayList<>();
        for (Product product : products) {
            Line line = new Line(product, new SimpleIntegerProperty(chosen.getOrDefault(product.id(), 0)));
            lines.add(line);
            shown.add(card(line));
        }
        cards.getChildren().setAll(shown);
        none.setVisible(products.isEmpty());
        if (!products.isEmpty()) {
            String currency = products.get(0).currency();
            Observable[] quantities = lines.stream().map(Line::quantity).toArray(Observable[]::new);
            total.textProperty().bind(m.text("browse.addons.total", m.localized(locale -> Money.format(
                    lines.stream().mapToLong(l -> l.product().priceCents() * l.quantity().get()).sum(),
                    currency, locale), quantities)));
        }
    }

    private Node card(Line line) {
        Product product = line.product();
        Label name = new Label(product.name());
        name.getStyleClass().add("card-title");
        name.setWrapText(true);
        Label price = new Label();
        price.getStyleClass().add(Theme.SUBTITLE);
        price.textProperty().bind(m.localized(locale -> Money.format(product.priceCents(), product.currency(), locale)));

        int most = Math.min(Sale.MAX_PER_PRODUCT, product.stock());
        Button minus = BrowseLayout.button(m, "product-minus-" + product.id(), "browse.less", Theme.SECONDARY,
                "product-minus");
        minus.disableProperty().bind(line.quantity().lessThanOrEqualTo(0));
        minus.setOnAction(e -> setQuantity(line, line.quantity().get() - 1));
        Label count = new Label();
        count.setId("product-qty-" + product.id());
        count.getStyleClass().addAll("quantity", "product-qty");
        count.textProperty().bind(m.text("browse.count", line.quantity()));
        Button plus = BrowseLayout.button(m, "product-plus-" + product.id(), "browse.more", Theme.SECONDARY,
                "product-plus");
        plus.disableProperty().bind(line.quantity().greaterThanOrEqualTo(most));
        plus.setOnAction(e -> setQuantity(line, line.quantity().get() + 1));
        HBox stepper = new HBox(16, minus, count, plus);
        stepper.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(16, name, price, stepper);
        card.getStyleClass().addAll(Theme.CARD, "product-card");
        card.setAccessibleText(product.name());
        return card;
    }

    /** The sale decides (it caps by stock); the card shows what it kept. */
    private void setQuantity(Line line, int wanted) {
        line.quantity().set(sale.setProductQuantity(line.product().id(), wanted));
    }

    private void skip() {
        for (Line line : lines) {
            setQuantity(line, 0);
        }
        journey.go(Place.IDENTIFY);
    }
}
