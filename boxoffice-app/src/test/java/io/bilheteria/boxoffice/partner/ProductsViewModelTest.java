package io.bilheteria.boxoffice.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.products.Product;
import io.bilheteria.boxoffice.testing.ClassBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The products tab's decisions without a stage: its calls run inline against the real backend. */
class ProductsViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    private PartnerDesk desk;
    private ProductsViewModel products;

    @BeforeEach
    void open() {
        desk = new PartnerDesk(backend.get());
        products = new ProductsViewModel(desk.partner, desk.calls, desk.message, desk.inputs);
    }

    @Test
    void aProductIsAddedWithItsStockPickedAndLaterSoldOut() {
        EventSummary event = desk.newEvent("Com Camiseta");
        products.show(event);
        products.nameProperty().set("Camiseta");
        products.priceProperty().set("60,00");
        products.stockProperty().set("25");

        products.add();

        assertThat(desk.said()).isEqualTo("Produto «Camiseta» adicionado, 25 em estoque.");
        Product shirt = products.pickedProperty().get();
        assertThat(shirt.priceCents()).isEqualTo(6000);
        assertThat(products.line(shirt).replace('\u00A0', ' ')).isEqualTo("Camiseta · R$ 60,00 · 25 em estoque");

        products.stockProperty().set("0");
        products.save();

        assertThat(products.line(products.pickedProperty().get())).endsWith("esgotado");
        assertThat(backend.get().as("partner").products(event.id()).items()).singleElement()
                .extracting(Product::stock).isEqualTo(0);
    }

    @Test
    void savingWithNoProductPickedIsSaid() {
        products.show(desk.newEvent("Sem Produto"));
        products.nameProperty().set("Pipoca");

        products.save();

        assertThat(desk.said()).isEqualTo("Escolha um produto na lista primeiro.");
    }

    @Test
    void aPriceThatIsNoMoneyIsSaidAndNothingIsAdded() {
        EventSummary event = desk.newEvent("Preço Errado");
        products.show(event);
        products.nameProperty().set("Pipoca");
        products.priceProperty().set("dez reais");
        products.stockProperty().set("10");

        products.add();

        assertThat(desk.said()).contains("Preço");
        assertThat(backend.get().as("partner").products(event.id()).items()).isEmpty();
    }

    @Test
    void aProductPickedFillsTheFormAndNoneEmptiesIt() {
        products.show(desk.event(PartnerDesk.THEATRE));
        Product first = products.products().get(0);

        products.pick(first);
        assertThat(products.nameProperty().get()).isEqualTo(first.name());
        assertThat(products.stockProperty().get()).isEqualTo(Integer.toString(first.stock()));

        products.pick(null);
        assertThat(products.nameProperty().get()).isEmpty();
        assertThat(products.priceProperty().get()).isEmpty();
    }
}
