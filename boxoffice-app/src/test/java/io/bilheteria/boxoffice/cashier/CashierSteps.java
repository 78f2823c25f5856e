package io.bilheteria.boxoffice.cashier;

import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.ui.seatmap.SeatMapView;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The cashier's keystrokes that several tests begin or end a sale with. */
final class CashierSteps {
    private static final Pattern ORDER_CODE = Pattern.compile("pedido ([A-Z0-9]+)");

    private CashierSteps() {
    }

    /** Signs in and opens the till, which a cashier's first sign-in of the day finds closed. */
    static void signIn(FxRobot robot) {
        robot.write("cashier").push(KeyCode.TAB).write("demo-cashier").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#shift-title").equals("O caixa está fechado."), "the closed till");
        robot.push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#cashier-search").tryQuery().isPresent(), "the cashier's sale");
    }

    /** The show's name and Enter: tonight's session open on the seat map, which is returned. */
    static SeatMapView openTonightsShow(FxRobot robot) {
        robot.write("Compadecida");
        waitFor(() -> !robot.lookup("#cashier-sessions").queryListView().getItems().isEmpty(), "the sessions found");
        robot.push(KeyCode.ENTER);
        SeatMapView map = robot.lookup("#cashier-seatmap").queryAs(SeatMapView.class);
        waitFor(() -> map.getSeatMap() != null, "the seat map");
        return map;
    }

    /** The keys of a sale's start: the show's name, Enter, a quantity, Enter. */
    static void holdBestSeatsOfTonightsShow(FxRobot robot, int seats) {
        openTonightsShow(robot);
        robot.write(Integer.toString(seats)).push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-message").startsWith("Lugares reservados"), seats + " seats held");
    }

    /** F8, then the simulated terminal's approving card: the sale paid and printed; its order code. */
    static String payWithAnApprovedCard(FxRobot robot) {
        robot.push(KeyCode.F8);
        waitFor(() -> text(robot, "#cashier-terminal").startsWith("Terminal simulado"), "the terminal waiting");
        robot.write("1");
        waitFor(() -> text(robot, "#cashier-message").startsWith("Vendido"), "the sale printed");
        Matcher code = ORDER_CODE.matcher(text(robot, "#cashier-message"));
        assertThat(code.find()).as("an order code in: " + text(robot, "#cashier-message")).isTrue();
        return code.group(1);
    }
}
