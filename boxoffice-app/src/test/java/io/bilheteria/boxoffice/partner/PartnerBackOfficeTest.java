package io.bilheteria.boxoffice.partner;

import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.auth.Role;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.products.Product;
import io.bilheteria.boxoffice.gate.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * A partner at the back office, by mouse, against the real backend: a new event with a curved
 * layout that a kiosk then sells from, seen in its sales; a layout change refused after a sale;
 * single seats edited; products with stock; the sales chart and the CSV export; another partner's
 * event refused.
 */
@ExtendWith(ApplicationExtension.class)
class PartnerBackOfficeTest {
    private static final String THEATRE = "O Auto da Compadecida";
    private static final Card APPROVED = new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123");
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
    void aNewEventWithACurvedLayoutSellsAtTheKioskAndItsSaleShowsInTheReport(FxRobot robot) {
        signIn(robot, "partner", "demo-partner");
        robot.clickOn("#partner-new-event");
        assertThat(message(robot)).startsWith("Novo evento: preencha o título");
        type(robot, "#partner-event-title", "Sonho de uma Noite de Verao");
        type(robot, "#partner-event-category", "Teatro");
        type(robot, "#partner-event-venue", "Teatro Oficina");
        type(robot, "#partner-event-city", "Sao Paulo");
        robot.clickOn("#partner-event-save");
        waitFor(() -> message(robot).startsWith("Evento «Sonho de uma Noite de Verao» criado"), "the event created");
        waitFor(() -> !robot.lookup("#partner-tab-sessions").query().isDisabled()
                && selectedEvent(robot).startsWith("Sonho"), "the new event picked");

        robot.clickOn("#partner-tab-sessions");
        assertThat(robot.lookup("#partner-session-save").query().isDisabled()).as("no session picked to save")
                .isTrue();
        String day = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        type(robot, "#partner-session-date", day);
        type(robot, "#partner-session-time", "20:30");
        robot.clickOn("#partner-session-add");
        waitFor(() -> message(robot).startsWith("Sessão de") && message(robot).endsWith("adicionada."),
                "the session added");
        waitFor(() -> listTexts(robot, "#partner-sessions").size() == 1, "the session listed");
        assertThat(listTexts(robot, "#partner-sessions").get(0)).contains("20:30");

        robot.clickOn("#partner-tab-sections");
        type(robot, "#partner-section-name", "Plateia");
        type(robot, "#partner-section-price", "120,00");
        robot.clickOn("#partner-section-add");
        waitFor(() -> message(robot).startsWith("Seção «Plateia» adicionada"), "the section added");
        type(robot, "#partner-layout-rows", "5");
        type(robot, "#partner-layout-seats", "12");
        robot.clickOn("#partner-layout-curved");
        type(robot, "#partner-layout-radius", "10");
        type(robot, "#partner-layout-aisles", "6");
        type(robot, "#partner-layout-accessible", "A1 A12");
        robot.clickOn("#partner-layout-preview");
        waitFor(() -> text(robot, "#partner-layout-caption").startsWith("Pré-visualização de «Plateia»"), "the preview");
        SeatMap preview = map(robot).getSeatMap();
        assertThat(preview.seats()).hasSize(60);
        List<Seat> frontRow = preview.seats().stream().filter(s -> s.row().equals("A")).toList();
        assertThat(frontRow.stream().mapToDouble(Seat::y).distinct().count()).as("a curved row bends").isGreaterThan(1);
        assertThat(preview.seats()).filteredOn(Seat::accessible).extracting(s -> s.row() + s.number())
                .containsExactlyInAnyOrder("A1", "A12");

        robot.clickOn("#partner-layout-apply");
        waitFor(() -> message(robot).startsWith("Lugares de «Plateia» salvos: 60 lugares"), "the layout saved");
        waitFor(() -> text(robot, "#partner-layout-caption").startsWith("Mapa salvo de «Plateia»: 60 lugares, 0 vendidos"),
                "the saved map");

        EventSummary created = partnerEvent("Sonho de uma Noite de Verao");
        sellAtTheKiosk(created.sessions().get(0).id(), 2);

        robot.clickOn("#partner-tab-sales");
        waitFor(() -> text(robot, "#partner-sales-tickets").equals("2"), "two tickets in the report");
        assertThat(normal(text(robot, "#partner-sales-gross"))).isEqualTo("R$ 240,00");
        assertThat(normal(text(robot, "#partner-sales-fee"))).isEqualTo("R$ 24,00");
        assertThat(normal(text(robot, "#partner-sales-net"))).isEqualTo("R$ 216,00");
        assertThat(chartGross(robot)).containsExactly(240.0);

        robot.clickOn("#partner-tab-sections");
        waitFor(() -> text(robot, "#partner-layout-caption").equals("Mapa salvo de «Plateia»: 60 lugares, 2 vendidos"),
                "the sold seats on the map");
    }

    @Test
    void theNewEventsMessageIsGoneOnceAnEventIsOpened(FxRobot robot) {
        signIn(robot, "partner", "demo-partner");
        robot.clickOn("#partner-new-event");
        assertThat(message(robot)).startsWith("Novo evento");

        openEvent(robot, THEATRE);
        assertThat(message(robot)).isEmpty();
    }

    @Test
    void thePartnerSetsASessionsHalfPriceShareAndSeesItsCount(FxRobot robot) {
        signIn(robot, "partner", "demo-partner");
        openEvent(robot, THEATRE);
        robot.clickOn("#partner-tab-sessions");
        waitFor(() -> !listTexts(robot, "#partner-sessions").isEmpty(), "the sessions listed");
        assertThat(listTexts(robot, "#partner-sessions").get(0)).as("the law's 40 %% of 200 seats")
                .contains("meia-entrada 0 de 80");
        robot.clickOn(robot.lookup("#partner-sessions .list-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#partner-session-half-price").queryTextInputControl().getText()).isEqualTo("40");

        type(robot, "#partner-session-half-price", "10");
        robot.clickOn("#partner-session-save");

        waitFor(() -> listTexts(robot, "#partner-sessions").get(0).contains("meia-entrada 0 de 20"), "the new cap listed");
        robot.clickOn(robot.lookup("#partner-sessions .list-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#partner-session-half-price").queryTextInputControl().getText()).isEqualTo("10");
        type(robot, "#partner-session-half-price", "101");
        robot.clickOn("#partner-session-save");
        waitFor(() -> message(robot).contains("Meia-entrada (% dos lugares)"), "the mistake named");
        assertThat(message(robot)).contains("100");
        assertThat(listTexts(robot, "#partner-sessions").get(0)).contains("meia-entrada 0 de 20");
    }

    @Test
    void theLayoutCannotChangeAfterASaleAndTheReasonIsShown(FxRobot robot) {
        backend.sell(backend.theatreSessions().get(0), 1);
        signIn(robot, "partner", "demo-partner");
        openEvent(robot, THEATRE);
        robot.clickOn("#partner-tab-sections");
        clickCell(robot, "#partner-sections", "Plateia ·");
        waitFor(() -> text(robot, "#partner-layout-caption").startsWith("Mapa salvo de «Plateia»: 120 lugares, 1 vendidos"),
                "the stalls with their sale");
        type(robot, "#partner-layout-rows", "3");
        type(robot, "#partner-layout-seats", "10");
        robot.clickOn("#partner-layout-apply");

        waitFor(() -> message(robot).startsWith("Os lugares não podem mudar"), "the refusal");
        assertThat(message(robot)).contains("1 seats are sold");
        assertThat(stalls().seatCount()).as("the layout kept").isEqualTo(120);
    }

    @Test
    void aClickedSeatIsMarkedForWheelchairsAndAnotherRemoved(FxRobot robot) {
        signIn(robot, "partner", "demo-partner");
        openEvent(robot, THEATRE);
        robot.clickOn("#partner-tab-sections");
        clickCell(robot, "#partner-sections", "Balcão ·");
        waitFor(() -> text(robot, "#partner-layout-caption").startsWith("Mapa salvo de «Balcão»: 40 lugares"),
                "the balcony's map");
        String first = seatId(robot, "J", 5);
        clickSeat(robot, first);
        waitFor(() -> text(robot, "#partner-seat-picked").equals("Fileira J, lugar 5"), "the seat picked");
        robot.clickOn("#partner-seat-accessible");
        waitFor(() -> message(robot).equals("1 lugar marcado para cadeirantes."), "the seat marked");
        String balcony = section("Balcão").id();
        assertThat(backend.as("partner").sectionLayout(balcony).seats()).filteredOn(s -> s.id().equals(first))
                .singleElement().extracting(Seat::accessible).isEqualTo(true);

        waitFor(() -> text(robot, "#partner-layout-caption").startsWith("Mapa salvo de «Balcão»: 40 lugares"),
                "the map again");
        String second = seatId(robot, "K", 20);
        clickSeat(robot, second);
        robot.clickOn("#partner-seat-remove");
        waitFor(() -> message(robot).equals("1 lugar removido de todas as sessões."), "the seat removed");
        waitFor(() -> text(robot, "#partner-layout-caption").startsWith("Mapa salvo de «Balcão»: 39 lugares"),
                "the map without it");
        assertThat(backend.as("partner").sectionLayout(balcony).seats()).extracting(Seat::id).doesNotContain(second);
    }

    @Test
    void aProductIsAddedWithItsStockAndSoldOutLater(FxRobot robot) {
        signIn(robot, "partner", "demo-partner");
        openEvent(robot, THEATRE);
        robot.clickOn("#partner-tab-products");
        waitFor(() -> listTexts(robot, "#partner-products").size() == 3, "the theatre's products");
        type(robot, "#partner-product-name", "Camiseta");
        type(robot, "#partner-product-price", "60,00");
        type(robot, "#partner-product-stock", "25");
        robot.clickOn("#partner-product-add");
        waitFor(() -> message(robot).equals("Produto «Camiseta» adicionado, 25 em estoque."), "the product added");
        waitFor(() -> listTexts(robot, "#partner-products").stream().map(PartnerBackOfficeTest::normal)
                .anyMatch(line -> line.equals("Camiseta · R$ 60,00 · 25 em estoque")), "the product listed");
        Product shirt = product("Camiseta");
        assertThat(shirt.priceCents()).isEqualTo(6000);
        assertThat(shirt.stock()).isEqualTo(25);

        type(robot, "#partner-product-stock", "0");
        robot.clickOn("#partner-product-save");
        waitFor(() -> listTexts(robot, "#partner-products").stream().anyMatch(line -> line.endsWith("esgotado")),
                "sold out");
        assertThat(product("Camiseta").stock()).isZero();
    }

    @Test
    void theSalesChartShowsTheDayAndTheReportIsExportedAsCsv(FxRobot robot) throws IOException {
        List<String> sessions = backend.theatreSessions();
        backend.sell(sessions.get(0), 2);
        backend.sell(sessions.get(1), 1);
        signIn(robot, "partner", "demo-partner");
        openEvent(robot, THEATRE);
        robot.clickOn("#partner-tab-sales");
        waitFor(() -> text(robot, "#partner-sales-tickets").equals("3"), "three tickets");
        assertThat(normal(text(robot, "#partner-sales-gross"))).isEqualTo("R$ 240,00");
        assertThat(chartGross(robot)).containsExactly(240.0);
        assertThat(robot.lookup("#partner-sales-none").query().isVisible()).isFalse();
        assertThat(robot.lookup("#partner-sales-sessions").queryTableView().getItems()).hasSize(4);

        Path csv = dataDir.resolve("vendas.csv");
        type(robot, "#partner-sales-csv-path", csv.toString());
        robot.clickOn("#partner-sales-csv-export");
        waitFor(() -> message(robot).startsWith("Relatório exportado para"), "the export");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("kind,sessionId,start,ticketsSold");
        assertThat(lines.get(1)).startsWith("TOTAL,,,3,2,24000,");
        assertThat(lines).filteredOn(line -> line.startsWith("SESSION,")).hasSize(4);
    }

    @Test
    void anotherPartnersEventIsRefusedWithAClearMessage(FxRobot robot) {
        BilheteriaClient admin = backend.as("admin");
        Partner other = admin.createPartner(new PartnerDraft("Outra Produtora", null, null));
        admin.createStaffAccount(new AccountDraft("outra", "outra-senha-123", Role.PARTNER, other.id()));
        String theatre = partnerEvent(THEATRE).id();

        signIn(robot, "outra", "outra-senha-123");
        assertThat(robot.lookup("#partner-events").queryListView().getItems()).as("none of the demo partner's")
                .isEmpty();
        type(robot, "#partner-find", theatre);
        robot.push(KeyCode.ENTER);

        waitFor(() -> message(robot).startsWith("«O Auto da Compadecida» é de outro parceiro"), "the refusal");
        assertThat(robot.lookup("#partner-event-title").queryTextInputControl().getText()).isEmpty();
    }

    private static void signIn(FxRobot robot, String user, String password) {
        robot.clickOn("#login-username").write(user);
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-submit");
        waitFor(() -> robot.lookup("#partner-events").tryQuery().isPresent(), "the partner's screen");
        waitFor(() -> message(robot).isEmpty() || !message(robot).equals("Aguarde…"), "the events loaded");
    }

    private static void openEvent(FxRobot robot, String title) {
        clickCell(robot, "#partner-events", title);
        waitFor(() -> robot.lookup("#partner-event-title").queryTextInputControl().getText().equals(title),
                "the event opened");
    }

    /** Clicks the cell of the list whose text starts so, once it is there. */
    private static void clickCell(FxRobot robot, String list, String start) {
        waitFor(() -> robot.lookup(list + " .list-cell").match(cellStarting(start)).tryQuery().isPresent(),
                start + " in " + list);
        Node cell = robot.lookup(list + " .list-cell").match(cellStarting(start)).query();
        robot.clickOn(cell);
    }

    private static java.util.function.Predicate<Node> cellStarting(String start) {
        return node -> node instanceof ListCell<?> cell && cell.getText() != null && cell.getText().startsWith(start);
    }

    /** Clicks the field and types over what it held. */
    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static String message(FxRobot robot) {
        return text(robot, "#partner-message");
    }

    private static String selectedEvent(FxRobot robot) {
        EventSummary picked = (EventSummary) robot.lookup("#partner-events").queryListView().getSelectionModel()
                .getSelectedItem();
        return picked == null ? "" : picked.title();
    }

    private static List<String> listTexts(FxRobot robot, String list) {
        ListView<?> view = robot.lookup(list).queryListView();
        return robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getListView() == view && cell.getText() != null)
                .map(ListCell::getText).toList();
    }

    private static SeatMapView map(FxRobot robot) {
        return robot.lookup("#partner-layout-map").queryAs(SeatMapView.class);
    }

    private static String seatId(FxRobot robot, String row, int number) {
        return map(robot).getSeatMap().seats().stream().filter(s -> s.row().equals(row) && s.number() == number)
                .findFirst().orElseThrow().id();
    }

    private static void clickSeat(FxRobot robot, String seatId) {
        SeatMapView map = map(robot);
        Point2D local = map.seatCenterInLocal(seatId).orElseThrow();
        robot.clickOn(map.localToScreen(local));
    }

    @SuppressWarnings("unchecked")
    private static List<Double> chartGross(FxRobot robot) {
        BarChart<String, Number> chart = robot.lookup("#partner-sales-chart").queryAs(BarChart.class);
        return chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).map(Number::doubleValue).toList();
    }

    private EventSummary partnerEvent(String title) {
        return backend.as("partner").partnerEvents(null).items().stream().filter(e -> e.title().equals(title))
                .findFirst().orElseThrow();
    }

    private ManagedSection section(String name) {
        return backend.as("partner").sections(partnerEvent(THEATRE).id()).items().stream()
                .filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private ManagedSection stalls() {
        return section("Plateia");
    }

    private Product product(String name) {
        return backend.as("partner").products(partnerEvent(THEATRE).id()).items().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** A kiosk's sale of best-available seats of the session's first section, paid by card. */
    private void sellAtTheKiosk(String sessionId, int seats) {
        BilheteriaClient kiosk = backend.as("kiosk");
        String section = kiosk.seatMap(sessionId).sections().get(0).id();
        var hold = kiosk.hold(HoldRequest.bestAvailable(sessionId, section, seats));
        kiosk.pay(kiosk.createOrder(OrderRequest.of(hold.holdId())).orderId(), APPROVED);
    }

    private static String normal(String text) {
        return text.replace(Formats.NO_BREAK_SPACE, ' ');
    }
}
