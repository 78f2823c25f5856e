package io.bilheteria.boxoffice.cashier;

import static io.bilheteria.boxoffice.cashier.CashierSteps.holdBestSeatsOfTonightsShow;
import static io.bilheteria.boxoffice.cashier.CashierSteps.openTonightsShow;
import static io.bilheteria.boxoffice.cashier.CashierSteps.payWithAnApprovedCard;
import static io.bilheteria.boxoffice.cashier.CashierSteps.signIn;
import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.checkin.GateTicket;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The cashier's sale by keyboard alone against the real backend: find the session, two
 * best-available seats, two popcorns, a declined card then an approved one on the simulated terminal, the
 * tickets printed, the next sale, the till closed with its report; a cancelled sale gives its
 * seats back; an order found by its code is refunded.
 */
@ExtendWith(ApplicationExtension.class)
class CashierSaleTest {
    @TempDir
    Path dataDir;
    private LocalBackend backend;
    private UiTaskExecutor tasks;
    private BoxOfficeWindow window;

    @Start
    void start(Stage stage) {
        backend = new LocalBackend();
        tasks = new UiTaskExecutor(2);
        window = BoxOfficeWindow.open(stage, BoxOfficeConfig.of(dataDir, backend.baseUrl(), null, null),
                backend.baseUrl(), tasks);
    }

    @Stop
    void stop() {
        window.close();
        tasks.close();
        backend.close();
    }

    @Test
    void theSoldOrderListsItsVouchersAndKeyOneTakesTheFirstSuggestionIntoANewSale(FxRobot robot) {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 1);
        robot.push(KeyCode.F7).push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        waitFor(() -> robot.lookup("#cashier-cart").queryListView().getItems().size() == 2
                && robot.lookup("#cashier-cart").queryListView().getItems().get(1).toString().startsWith("2 × Pipoca"),
                "two popcorns");
        payWithAnApprovedCard(robot);

        waitFor(() -> robot.lookup("#cashier-vouchers").queryListView().getItems().size() == 2, "a voucher per popcorn");
        waitFor(() -> !robot.lookup("#cashier-suggestions").queryListView().getItems().isEmpty(), "the suggestions");

        String offered = ((CashierViewModel.Suggestion) robot.lookup("#cashier-suggestions").queryListView().getItems()
                .get(0)).product().name();
        robot.write("1");

        waitFor(() -> text(robot, "#cashier-message").startsWith("Nova venda para o mesmo cliente com " + offered),
                "a new sale with the suggested product");
        waitFor(() -> robot.lookup("#cashier-products").queryListView().getItems().stream()
                .map(line -> ((CashierViewModel.ProductChoice) line).label())
                .anyMatch(label -> label.startsWith(offered) && label.endsWith("· 1 un.")), "the product chosen");
        assertThat(robot.lookup("#cashier-vouchers").queryListView().getItems()).isEmpty();
        assertThat(robot.lookup("#cashier-quantity").queryTextInputControl().isFocused())
                .as("on to the seats, which every order has").isTrue();
    }

    @Test
    void twoBestSeatsADeclinedCardThenAnApprovedOnePrintedAndTheNextSale(FxRobot robot) throws IOException {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 2);
        assertThat(robot.lookup("#cashier-cart").queryListView().getItems()).hasSize(2);
        String seatsOnly = text(robot, "#cashier-total");
        assertThat(seatsOnly).startsWith("Total R$");

        robot.push(KeyCode.F7).push(KeyCode.RIGHT);
        waitFor(() -> robot.lookup("#cashier-cart").queryListView().getItems().size() == 3, "a popcorn in the cart");
        robot.push(KeyCode.RIGHT);
        waitFor(() -> robot.lookup("#cashier-cart").queryListView().getItems().get(2).toString()
                .startsWith("2 × Pipoca"), "two popcorns");
        assertThat(text(robot, "#cashier-total")).isNotEqualTo(seatsOnly);

        robot.push(KeyCode.F8);
        waitFor(() -> text(robot, "#cashier-terminal").startsWith("Terminal simulado"), "the terminal waiting");
        robot.write("2");
        waitFor(() -> text(robot, "#cashier-message").startsWith("Cartão recusado"), "the decline");
        String code = payWithAnApprovedCard(robot);
        Order order = backend.as("cashier").orderByCode(code);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.tickets()).hasSize(2);
        assertThat(order.items()).anySatisfy(item -> {
            assertThat(item.description()).contains("Pipoca");
            assertThat(item.quantity()).isEqualTo(2);
        });
        assertThat(text(robot, "#cashier-message")).contains("2 ingresso(s); 5 via(s) impressa(s)");
        try (Stream<Path> receipts = Files.list(dataDir.resolve("receipts"))) {
            assertThat(receipts.filter(p -> p.toString().endsWith(".png")))
                    .as("a paper per ticket, a slip per popcorn, the payment receipt").hasSize(5);
        }

        robot.push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-message").isEmpty() && robot.lookup("#cashier-cart").queryListView()
                .getItems().isEmpty(), "a clean next sale");
        assertThat(robot.lookup("#cashier-search").queryTextInputControl().isFocused()).isTrue();

        robot.push(KeyCode.F12);
        waitFor(() -> text(robot, "#cashier-message").startsWith("Fechar o caixa?"), "the question");
        robot.push(KeyCode.F12);
        waitFor(() -> text(robot, "#shift-message").startsWith("Relatório impresso"), "the till's report printed");
        assertThat(robot.lookup("#shift-report").queryListView().getItems())
                .map(line -> line.toString().replace(Formats.NO_BREAK_SPACE, ' '))
                .contains("VISA: 1 venda(s) R$ 276,00 · 0 reembolso(s) R$ 0,00", "Ingressos: 2 inteira(s) · 0 meia(s)",
                        "Produto: 2 × Pipoca · R$ 36,00", "Líquido: R$ 276,00");
        try (Stream<Path> receipts = Files.list(dataDir.resolve("receipts"))) {
            assertThat(receipts).as("two tickets, two voucher slips, the payment receipt and the report").hasSize(6);
        }
        robot.push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent(), "signed out");
        assertThatThrownBy(() -> backend.as("cashier").currentShift()).as("the till closed")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aClosedTillSaysWhoIsSignedInAndF10LeavesWithoutOpeningIt(FxRobot robot) {
        robot.write("cashier").push(KeyCode.TAB).write("demo-cashier").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#shift-title").equals("O caixa está fechado."), "the closed till");
        assertThat(text(robot, "#shift-message")).startsWith("Você entrou como cashier.").contains("F10 sai");

        robot.push(KeyCode.F10);
        waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent(), "signed out");
        assertThatThrownBy(() -> backend.as("cashier").currentShift()).as("the till still closed")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void escapeGivesTheHeldSeatsBack(FxRobot robot) {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 3);
        String session = robot.lookup("#cashier-seatmap").queryAs(SeatMapView.class).getSeatMap().sessionId();
        assertThat(heldSeats(session)).isEqualTo(3);

        robot.push(KeyCode.ESCAPE);
        waitFor(() -> heldSeats(session) == 0, "the seats back on sale");
        assertThat(text(robot, "#cashier-message")).startsWith("Venda cancelada");
    }

    @Test
    void enterStraightAfterTheNameOpensTheEventTypedNotTheOneListedBefore(FxRobot robot) {
        signIn(robot);
        waitFor(() -> robot.lookup("#cashier-sessions").queryListView().getItems().size() > 1, "every session listed");
        assertThat(robot.lookup("#cashier-sessions").queryListView().getItems().get(0).toString())
                .as("another event listed first").doesNotContain("Final");

        // the name and Enter in one pulse of the FX thread: Enter comes before the search can answer
        TextField search = robot.lookup("#cashier-search").queryAs(TextField.class);
        robot.interact(() -> {
            search.setText("Final");
            Event.fireEvent(search, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                    false));
        });
        waitFor(() -> robot.lookup("#cashier-seatmap").queryAs(SeatMapView.class).getSeatMap() != null,
                "a seat map");
        assertThat(text(robot, "#cashier-session")).startsWith("Final do Campeonato Paulista");
    }

    @Test
    void seatsMarkedOnTheMapInTwoSectionsAreHeldAndSoldAsOneSale(FxRobot robot) {
        signIn(robot);
        SeatMapView map = openTonightsShow(robot);

        robot.push(KeyCode.F5).push(KeyCode.SPACE).push(KeyCode.SPACE); // the map, its middle seat, marked
        String firstSection = sectionOf(map, map.getFocusedSeatId());
        for (int up = 0; up < 12 && sectionOf(map, map.getFocusedSeatId()).equals(firstSection); up++) {
            robot.push(KeyCode.UP);
        }
        assertThat(sectionOf(map, map.getFocusedSeatId())).as("the arrows reached the next section")
                .isNotEqualTo(firstSection);
        robot.push(KeyCode.SPACE).push(KeyCode.F6);
        waitFor(() -> text(robot, "#cashier-message").startsWith("Lugares reservados"), "both seats held");

        String session = map.getSeatMap().sessionId();
        assertThat(backend.as("kiosk").seatMap(session).seats().stream().filter(s -> s.status() == SeatStatus.HELD)
                .map(s -> s.sectionId()).distinct().count()).as("one hold over two sections").isEqualTo(2);
        String code = payWithAnApprovedCard(robot);
        assertThat(backend.as("cashier").orderByCode(code).tickets()).hasSize(2);
    }

    private static String sectionOf(SeatMapView map, String seatId) {
        return map.findSeat(seatId).orElseThrow().sectionId();
    }

    @Test
    void aMeiaEntradaIsSoldAtHalfThePriceAndMarkedForTheGate(FxRobot robot) {
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 2);

        robot.push(KeyCode.F9).push(KeyCode.SPACE);
        waitFor(() -> robot.lookup("#cashier-cart").queryListView().getItems().get(0).toString().contains("MEIA"),
                "the first seat at half price");
        assertThat(text(robot, "#cashier-message")).startsWith("Meia-entrada: peça o documento");
        assertThat(normal(text(robot, "#cashier-total"))).isEqualTo("Total R$ 180,00");
        String code = payWithAnApprovedCard(robot);
        Order order = backend.as("cashier").orderByCode(code);
        assertThat(order.totalCents()).isEqualTo(18_000);
        assertThat(order.tickets()).extracting(Ticket::ticketType)
                .containsExactlyInAnyOrder(TicketType.HALF, TicketType.FULL);
        String halfTicket = order.tickets().stream().filter(t -> t.ticketType() == TicketType.HALF).findFirst()
                .orElseThrow().ticketId();
        assertThat(backend.as("gate").sessionTickets(order.sessionId(), null).tickets())
                .filteredOn(ticket -> ticket.ticketId().equals(halfTicket))
                .singleElement().extracting(GateTicket::ticketType).isEqualTo(TicketType.HALF);
    }

    @Test
    void aSaleIsPutInACustomersNameByTheirCpf(FxRobot robot) {
        String ana = backend.as("cashier").findCustomers("ana@example.com", null).items().get(0).id();
        signIn(robot);
        holdBestSeatsOfTonightsShow(robot, 1);

        robot.push(KeyCode.F11).write("529.982.247-25").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-buyer").equals("Venda em nome de ana@example.com"), "Ana found");
        String code = payWithAnApprovedCard(robot);
        assertThat(backend.as("cashier").orderByCode(code).customerId()).isEqualTo(ana);
        robot.push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#cashier-buyer").isEmpty(), "the next sale has no customer");
    }

    @Test
    void aCustomersOrdersAreFoundByEmailAndOneIsOpened(FxRobot robot) {
        String session = backend.theatreSessions().get(0);
        BilheteriaClient kiosk = backend.as("kiosk");
        String ana = backend.as("cashier").findCustomers("ana@example.com", null).items().get(0).id();
        var hold = kiosk.hold(HoldRequest.bestAvailable(session,
                kiosk.seatMap(session).sections().get(2).id(), 1));
        var created = kiosk.createOrder(new OrderRequest(hold.holdId(), ana, List.of(), null));
        kiosk.pay(created.orderId(), new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123"));
        signIn(robot);

        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#postsale-search").tryQuery().map(Node::isFocused).orElse(false), "the orders");
        robot.write("ana@example.com").push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#postsale-order").equals("1 pedido(s) encontrado(s)"), "Ana's orders");
        assertThat(robot.lookup("#postsale-lines").queryListView().getItems().get(0).toString())
                .startsWith(created.code()).contains("O Auto da Compadecida", "Ana Souza");

        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#postsale-order").startsWith("Pedido " + created.code()), "the order opened");
        assertThat(text(robot, "#postsale-order")).contains("ana@example.com");
    }

    @Test
    void aReprintAskedAndConfirmedWithEnterPrintsANewCodeAndTheOldPaperNoLongerEnters(FxRobot robot) throws IOException {
        String session = backend.theatreSessions().get(0);
        PaymentResult sold = backend.sell(session, 2);
        String code = backend.as("cashier").order(sold.orderId()).code();
        String oldPaper = sold.tickets().get(0).qr();
        signIn(robot);

        openOrder(robot, code);
        robot.push(KeyCode.F9);
        waitFor(() -> text(robot, "#postsale-message").startsWith("Setas escolhem o ingresso"), "the tickets");
        robot.push(KeyCode.F9);
        waitFor(() -> text(robot, "#postsale-message").startsWith("Reimprimir o ingresso"), "the question");
        assertThat(text(robot, "#postsale-message")).contains("O papel que o cliente tem não entra mais");
        assertThat(dataDir.resolve("receipts")).as("nothing printed before Enter").doesNotExist();
        robot.push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#postsale-message").startsWith("Reimpresso: REIMPRESSÃO #1"), "the reprint");
        assertThat(robot.lookup("#postsale-lines").queryListView().getSelectionModel().getSelectedItem().toString())
                .as("the reprinted ticket's line: its seat and the reprint").contains("fileira", "lugar", "reimpresso 1×")
                .doesNotContain(sold.tickets().get(0).ticketId());

        try (Stream<Path> receipts = Files.list(dataDir.resolve("receipts"))) {
            assertThat(receipts).as("the reprinted ticket").hasSize(1);
        }
        String newPaper = backend.as("cashier").order(sold.orderId()).tickets().stream()
                .filter(t -> t.ticketId().equals(sold.tickets().get(0).ticketId())).findFirst().orElseThrow().qr();
        assertThat(newPaper).isNotEqualTo(oldPaper);
        BilheteriaClient gate = backend.as("gate");
        assertThat(gate.checkin(oldPaper, "norte-1", List.of(session)).result()).isEqualTo(CheckinResultType.REVOKED);
        assertThat(gate.checkin(newPaper, "norte-1", List.of(session)).result()).isEqualTo(CheckinResultType.ACCEPTED);
    }

    @Test
    void oneTicketOfAnOrderIsRefundedAndOnlyItsSeatGoesBackOnSale(FxRobot robot) {
        String session = backend.theatreSessions().get(0);
        PaymentResult sold = backend.sell(session, 2);
        String code = backend.as("cashier").order(sold.orderId()).code();
        signIn(robot);

        openOrder(robot, code);
        robot.push(KeyCode.DOWN).push(KeyCode.SPACE);
        waitFor(() -> text(robot, "#postsale-message").startsWith("1 ingresso(s) marcado(s)"), "one ticket ticked");
        robot.push(KeyCode.F11);
        waitFor(() -> text(robot, "#postsale-message").startsWith("Reembolsar 1 ingresso(s) do pedido " + code),
                "the question");
        robot.push(KeyCode.F11);
        waitFor(() -> text(robot, "#postsale-message").startsWith("1 ingresso(s) do pedido " + code), "the refund");

        Order after = backend.as("cashier").order(sold.orderId());
        assertThat(after.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        String refundedSeat = after.tickets().stream().filter(t -> t.status().equals("REVOKED")).findFirst()
                .orElseThrow().seatId();
        String keptSeat = after.tickets().stream().filter(t -> t.status().equals("VALID")).findFirst()
                .orElseThrow().seatId();
        var seats = backend.as("kiosk").seatMap(session).seats();
        assertThat(seats).filteredOn(seat -> seat.id().equals(refundedSeat)).singleElement()
                .extracting(seat -> seat.status()).isEqualTo(SeatStatus.AVAILABLE);
        assertThat(seats).filteredOn(seat -> seat.id().equals(keptSeat)).singleElement()
                .extracting(seat -> seat.status()).isEqualTo(SeatStatus.SOLD);
        long refunded = after.tickets().stream().filter(t -> t.status().equals("REVOKED")).findFirst().orElseThrow()
                .priceCents();
        assertThat(normal(text(robot, "#postsale-order"))).contains("reembolsado em parte",
                "devolvido " + normal(Money.format(refunded, "BRL", Messages.PT_BR)));
    }

    private static String normal(String text) {
        return text.replace(Formats.NO_BREAK_SPACE, ' ');
    }

    @Test
    void anOrderFoundByItsCodeIsRefundedAfterAConfirmationAndItsSeatsGoBackOnSale(FxRobot robot) {
        String session = backend.theatreSessions().get(0);
        PaymentResult sold = backend.sell(session, 2);
        String code = backend.as("cashier").order(sold.orderId()).code();
        signIn(robot);

        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#postsale-search").tryQuery().map(Node::isFocused).orElse(false), "the orders");
        robot.write(code.toLowerCase(java.util.Locale.ROOT)).push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#postsale-order").startsWith("Pedido " + code), "the order shown");
        assertThat(text(robot, "#postsale-order")).contains("pago").as("no empty customer part").doesNotEndWith("-");
        assertThat(robot.lookup("#postsale-lines").queryListView().getItems()).as("one line a seat, as its ticket")
                .hasSize(2).allSatisfy(line -> assertThat(line.toString()).startsWith("Plateia · fileira "));

        robot.push(KeyCode.F11);
        waitFor(() -> text(robot, "#postsale-message").startsWith("Cancelar o pedido " + code), "the question");
        assertThat(backend.as("cashier").order(sold.orderId()).status()).as("nothing done on the first press")
                .isEqualTo(OrderStatus.PAID);
        robot.push(KeyCode.F11);
        waitFor(() -> text(robot, "#postsale-message").contains("reembolsado"), "the refund");

        assertThat(backend.as("cashier").order(sold.orderId()).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(text(robot, "#postsale-order")).contains("reembolsado");
        assertThat(backend.as("kiosk").seatMap(session).seats().stream()
                .filter(seat -> sold.tickets().stream().anyMatch(t -> t.seatId().equals(seat.id()))))
                .allMatch(seat -> seat.status() == SeatStatus.AVAILABLE);
        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#cashier-search").tryQuery().map(Node::isFocused).orElse(false),
                "back to selling");
    }

    /** F2, the order's code, Enter: the order on the orders screen. */
    private static void openOrder(FxRobot robot, String code) {
        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#postsale-search").tryQuery().map(Node::isFocused).orElse(false), "the orders");
        robot.write(code).push(KeyCode.ENTER);
        waitFor(() -> text(robot, "#postsale-order").startsWith("Pedido " + code), "the order shown");
    }

    private long heldSeats(String session) {
        return backend.as("kiosk").seatMap(session).seats().stream().filter(s -> s.status() == SeatStatus.HELD).count();
    }
}
