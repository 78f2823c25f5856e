package io.bilheteria.boxoffice.cashier;

import static io.bilheteria.boxoffice.cashier.CashierSteps.holdBestSeatsOfTonightsShow;
import static io.bilheteria.boxoffice.cashier.CashierSteps.payWithAnApprovedCard;
import static io.bilheteria.boxoffice.cashier.CashierSteps.signIn;
import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.orders.Order;
import io.bilheteria.boxoffice.testing.BoxOfficeUnderTest;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import java.nio.file.Path;
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

/** The orders screen (F2) by keyboard in the box office window, and what it leaves on the sale panel. */
@ExtendWith(ApplicationExtension.class)
class PostSaleScreenTest {
    @TempDir
    Path dataDir;
    private BoxOfficeUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = BoxOfficeUnderTest.open(stage, dataDir);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void aTicketRefundedOnTheOrdersScreenLeavesTheSalePanelShowingOnlyWhatIsStillSold(FxRobot robot) {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 2);
        String code = payWithAnApprovedCard(robot);
        Order sold = desk.backend().as("cashier").orderByCode(code);

        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#postsale-search").tryQuery().map(Node::isFocused).orElse(false), "the orders");
        robot.write(code).push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#postsale-order").startsWith("Pedido " + code), "the order shown");
        robot.push(KeyCode.DOWN).push(KeyCode.SPACE).push(KeyCode.F11);
        waitFor(() -> text(robot, "#postsale-message").startsWith("Reembolsar 1 ingresso(s)"), "the question");
        robot.push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#postsale-message").startsWith("1 ingresso(s) do pedido " + code), "the refund");
        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#cashier-search").tryQuery().map(Node::isFocused).orElse(false), "the sale");

        long ticketPrice = sold.tickets().get(0).priceCents();
        assertThat(robot.lookup("#cashier-cart").queryListView().getItems()).as("the refunded seat gone from the cart")
                .hasSize(1);
        assertThat(normal(text(robot, "#cashier-total"))).isEqualTo("Total " + money(sold.totalCents() - ticketPrice)
                + " · devolvido " + money(ticketPrice));
    }

    private static String money(long cents) {
        return normal(Money.format(cents, "BRL", Messages.PT_BR));
    }

    private static String normal(String text) {
        return text.replace(Formats.NO_BREAK_SPACE, ' ');
    }
}
