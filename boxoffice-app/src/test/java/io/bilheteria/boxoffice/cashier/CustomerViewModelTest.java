package io.bilheteria.boxoffice.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.customers.Customer;
import io.bilheteria.boxoffice.cashier.CustomerViewModel.Field;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.boxoffice.testing.ClassBackend;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Buyer;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whose sale it is, decided at the desk without a stage: run inline against the real backend. */
class CustomerViewModelTest {
    @RegisterExtension
    static final ClassBackend backend = new ClassBackend();
    private final Messages messages = new Messages(Messages.PT_BR, BoxOfficeWindow.BUNDLE);
    private final List<String> said = new ArrayList<>();
    private final List<Field> focus = new ArrayList<>();
    private int chosen;
    private boolean cardBeingRead;
    private Sale sale;
    private CustomerViewModel customer;

    @BeforeEach
    void openSale() {
        sale = backend.cashiersSale();
        BackendCalls calls = new BackendCalls(new InlineTaskExecutor(), messages);
        calls.whenReported(failure -> said.add(failure.message()));
        customer = new CustomerViewModel(messages, sale, calls, said::add, () -> chosen++, () -> !cardBeingRead);
        customer.whenFocusMoves(focus::add);
    }

    @Test
    void aKnownCpfPutsTheSaleInTheirName() {
        customer.searchProperty().set("529.982.247-25");
        customer.find();

        assertThat(customer.buyerProperty().get()).isEqualTo("Venda em nome de ana@example.com");
        assertThat(sale.buyer()).map(Buyer::email).contains("ana@example.com");
        assertThat(customer.registeringProperty().get()).isFalse();
        assertThat(chosen).as("on to the seats or the payment").isEqualTo(1);
    }

    @Test
    void anUnknownCpfOpensTheFormWithItAndRegisteringPutsTheSaleInTheirName() {
        customer.searchProperty().set("111.444.777-35");
        customer.find();

        assertThat(customer.registeringProperty().get()).isTrue();
        assertThat(customer.cpfProperty().get()).isEqualTo("111.444.777-35");
        assertThat(customer.emailProperty().get()).isEmpty();
        assertThat(said).last().asString().startsWith("Nenhum cliente com esse CPF");
        assertThat(focus).containsExactly(Field.NAME);
        assertThat(chosen).isZero();

        customer.nameProperty().set("Gil Souza");
        customer.emailProperty().set("gil@example.com");
        customer.register();

        assertThat(customer.buyerProperty().get())
                .isEqualTo("Cliente cadastrado: venda em nome de Gil Souza (gil@example.com)");
        assertThat(customer.searchProperty().get()).isEqualTo("gil@example.com");
        assertThat(customer.registeringProperty().get()).isFalse();
        assertThat(chosen).isEqualTo(1);
        List<Customer> gil = backend.get().as("cashier").findCustomers(null, "11144477735").items();
        assertThat(gil).singleElement().extracting(Customer::name).isEqualTo("Gil Souza");
        assertThat(sale.buyer()).map(Buyer::customerId).contains(gil.get(0).id());
    }

    @Test
    void anUnknownEmailGetsTheReceiptAsAGuestMeanwhileAndTheFormOffersToRegisterIt() {
        customer.searchProperty().set("hugo@example.com");
        customer.find();

        assertThat(customer.buyerProperty().get()).isEqualTo("Sem cadastro: o recibo vai para hugo@example.com");
        assertThat(customer.registeringProperty().get()).isTrue();
        assertThat(customer.emailProperty().get()).isEqualTo("hugo@example.com");
        assertThat(customer.cpfProperty().get()).isEmpty();
    }

    @Test
    void whatTheFormLacksOrTheBackendRefusesIsSaidWhereTheCashierCorrectsIt() {
        customer.searchProperty().set("123.456.789-09");
        customer.find();
        focus.clear();

        customer.register();
        assertThat(said).last().isEqualTo("Digite o nome do cliente.");
        customer.nameProperty().set("Ana Outra");
        customer.register();
        assertThat(said).last().isEqualTo("Digite um e-mail válido (nome@dominio.com).");
        customer.emailProperty().set("ana@example.com");
        customer.register();
        assertThat(said).last().asString().startsWith("Já existe um cliente com esse e-mail");

        assertThat(focus).containsExactly(Field.NAME, Field.EMAIL, Field.EMAIL);
        assertThat(customer.registeringProperty().get()).as("the form stays open").isTrue();
        assertThat(chosen).isZero();
    }

    @Test
    void escClosesAnOpenFormOnlyAndTheKeyboardGoesBackToTheSearch() {
        assertThat(customer.closeForm()).as("nothing to close: Esc goes on to the sale").isFalse();
        customer.searchProperty().set("123.456.789-09");
        customer.find();

        assertThat(customer.closeForm()).isTrue();
        assertThat(customer.registeringProperty().get()).isFalse();
        assertThat(said).last().asString().startsWith("Cadastro fechado");
        assertThat(focus).endsWith(Field.SEARCH);
    }

    @Test
    void whileTheCardIsReadTheSaleStaysInTheNameItHas() {
        cardBeingRead = true;
        customer.searchProperty().set("529.982.247-25");

        customer.find();

        assertThat(customer.buyerProperty().get()).isEmpty();
        assertThat(sale.buyer()).isEmpty();
    }

    @Test
    void theNextSaleStartsInNobodysName() {
        customer.searchProperty().set("hugo@example.com");
        customer.find();

        customer.clear();

        assertThat(customer.searchProperty().get()).isEmpty();
        assertThat(customer.buyerProperty().get()).isEmpty();
        assertThat(customer.registeringProperty().get()).isFalse();
    }
}
