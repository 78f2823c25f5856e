package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.products.Product;
import io.bilheteria.boxoffice.picks.Picks;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The event's products listed beside the form of the one picked or to add, as {@link ProductsViewModel} holds them. */
final class ProductsTab {
    private final Tab tab;

    ProductsTab(ProductsViewModel model, Messages messages) {
        tab = Forms.tab("partner-tab-products", messages.get("partner.tab.products"));
        ListView<Product> products = new ListView<>(model.products());
        products.setId("partner-products");
        products.setPlaceholder(new Label(messages.get("partner.products.none")));
        products.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Product product, boolean empty) {
                super.updateItem(product, empty);
                setText(empty || product == null ? null : model.line(product));
            }
        });
        Picks.follow(products.getSelectionModel(), model.pickedProperty(), model::pick, products::scrollTo);
        TextField name = Forms.field("partner-product-name", messages.get("partner.product.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField price = Forms.field("partner-product-price", "25,00");
        price.textProperty().bindBidirectional(model.priceProperty());
        TextField stock = Forms.field("partner-product-stock", "100");
        stock.textProperty().bindBidirectional(model.stockProperty());
        GridPane form = Forms.grid();
        Forms.row(form, messages.get("partner.product.name"), name);
        Forms.row(form, messages.get("partner.product.price"), price);
        Forms.row(form, messages.get("partner.product.stock"), stock);
        form.add(new HBox(8,
                Forms.button("partner-product-add", messages.get("partner.product.add"), Theme.PRIMARY, model::add),
                Forms.button("partner-product-save", messages.get("partner.product.save"), Theme.SECONDARY,
                        model::save)), 1, form.getRowCount());
        tab.setContent(Forms.listBesideForm(messages.get("partner.tab.products"), products,
                messages.get("partner.product.form"), form));
    }

    Tab tab() {
        return tab;
    }
}
