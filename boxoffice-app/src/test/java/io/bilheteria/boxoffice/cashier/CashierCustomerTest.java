package io.bilheteria.boxoffice.cashier;

import static io.bilheteria.boxoffice.cashier.CashierSteps.holdBestSeatsOfTonightsShow;
import static io.bilheteria.boxoffice.cashier.CashierSteps.payWithAnApprovedCard;
import static io.bilheteria.boxoffice.cashier.CashierSteps.signIn;
import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.customers.Customer;
import io.bilheteria.api.customers.CustomerRegistration;
import io.bilheteria.api.orders.Order;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.testing.BoxOfficeUnderTest;
import io.bilheteria.ui.seatmap.SeatMapView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A customer the box office does not know is registered at the cashier's desk by keyboard
 * alone (F11, their CPF or email, Enter, their name...), and the sale is in their name; a bad
 * CPF is said in plain words; Esc closes the form and keeps the seats.
 */
@ExtendWith(ApplicationExtension.class)
class CashierCustomerTest {
    @TempDir
    Path dataDir;
    private BoxOfficeUnderTest boxOffice;
    private LocalBackend backend;

    @Start
    void start(Stage stage) {
        boxOffice = BoxOfficeUnderTest.open(stage, dataDir);
        backend = boxOffice.backend();
    }

    @Stop
    void stop() {
        boxOffice.close();
    }

    @Test
    void anUnknownCpfIsRegisteredOnTheSpotAndTheSaleIsInTheirName(FxRobot robot) {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 1);

        robot.push(KeyCode.F11).write("111.444.777-35").push(KeyCode.ENTER);
        waitFor(() -> focused(robot, "#customer-name"), "the registration form");
        assertThat(text(robot, "#cashier-message")).startsWith("Nenhum cliente com esse CPF");
        assertThat(text(robot, "#customer-form-keys")).contains("Enter cadastra", "Esc fecha");
        assertThat(robot.lookup("#customer-cpf").queryTextInputControl().getText()).isEqualTo("111.444.777-35");
        robot.write("Gil Souza").push(KeyCode.TAB).write("gil@example.com").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-buyer").startsWith("Cliente cadastrado"), "Gil registered");
        assertThat(text(robot, "#cashier-buyer")).contains("Gil Souza", "gil@example.com");
        assertThat(robot.lookup("#customer-form").query().isVisible()).isFalse();
        assertThat(focused(robot, "#cashier-pay")).as("on to the payment").isTrue();

        List<Customer> gil = backend.as("cashier").findCustomers(null, "11144477735").items();
        assertThat(gil).singleElement().satisfies(customer -> {
            assertThat(customer.name()).isEqualTo("Gil Souza");
            assertThat(customer.email()).isEqualTo("gil@example.com");
        });
        Order order = backend.as("cashier").orderByCode(payWithAnApprovedCard(robot));
        assertThat(order.customerId()).isEqualTo(gil.get(0).id());
        assertThat(order.email()).isEqualTo("gil@example.com");
    }

    @Test
    void anotherCpfNobodyHasTakesTheSaleOutOfThePreviousCustomersName(FxRobot robot) {
        backend.as("cashier").registerCustomer(new CustomerRegistration("Gil Souza", "gil@example.com", null,
                "111.444.777-35"));
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 1);
        robot.push(KeyCode.F11).write("111.444.777-35").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-buyer").equals("Venda em nome de gil@example.com"), "Gil found");

        robot.push(KeyCode.F11).write("123.456.789-09").push(KeyCode.ENTER);
        waitFor(() -> focused(robot, "#customer-name"), "the registration form");
        assertThat(text(robot, "#cashier-buyer")).as("Gil's name taken off the sale").isEmpty();
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#customer-form").query().isVisible(), "the form closed");

        Order order = backend.as("cashier").orderByCode(payWithAnApprovedCard(robot));
        assertThat(order.customerId()).as("sold to nobody in particular").isNull();
        assertThat(order.email()).isNull();
    }

    @Test
    void anUnknownEmailWithABadCpfIsSaidInPlainWordsThenRegistered(FxRobot robot) {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 1);

        robot.push(KeyCode.F11).write("hugo@example.com").push(KeyCode.ENTER);
        waitFor(() -> focused(robot, "#customer-name"), "the registration form");
        assertThat(text(robot, "#cashier-buyer")).as("meanwhile a guest's receipt address")
                .isEqualTo("Sem cadastro: o recibo vai para hugo@example.com");
        robot.write("Hugo Lins").push(KeyCode.TAB).push(KeyCode.TAB).write("111.444.777-36").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-message").startsWith("Esse CPF não é válido"), "the CPF refused");
        assertThat(backend.as("cashier").findCustomers("hugo@example.com", null).items()).isEmpty();

        robot.push(KeyCode.BACK_SPACE).write("5").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-buyer").startsWith("Cliente cadastrado"), "Hugo registered");
        Customer hugo = backend.as("cashier").findCustomers("hugo@example.com", null).items().get(0);
        assertThat(hugo.cpf()).isEqualTo("11144477735");
        assertThat(backend.as("cashier").orderByCode(payWithAnApprovedCard(robot)).customerId()).isEqualTo(hugo.id());
    }

    @Test
    void escapeClosesTheFormAndKeepsTheSeatsThenASecondEscapeCancelsTheSale(FxRobot robot) {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 1);
        String session = robot.lookup("#cashier-seatmap").queryAs(SeatMapView.class).getSeatMap().sessionId();

        robot.push(KeyCode.F11).write("111.444.777-35").push(KeyCode.ENTER);
        waitFor(() -> focused(robot, "#customer-name"), "the registration form");
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#customer-form").query().isVisible(), "the form closed");
        assertThat(text(robot, "#cashier-message")).startsWith("Cadastro fechado");
        assertThat(heldSeats(session)).as("the seats still held").isEqualTo(1);

        robot.push(KeyCode.ESCAPE);
        waitFor(() -> heldSeats(session) == 0, "the sale cancelled");
    }

    private boolean focused(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    private long heldSeats(String session) {
        return backend.as("kiosk").seatMap(session).seats().stream().filter(s -> s.status() == SeatStatus.HELD).count();
    }
}
