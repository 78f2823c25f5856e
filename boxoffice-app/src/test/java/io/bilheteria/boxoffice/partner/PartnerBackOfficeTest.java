package io.bilheteria.boxoffice.partner;

import static io.bilheteria.boxoffice.testing.Screens.tabTo;
import static io.bilheteria.boxoffice.testing.Screens.text;
import static io.bilheteria.boxoffice.testing.Screens.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeConfig;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

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
    void byKeyboardAloneThePartnerOpensAnEventMarksASeatForWheelchairsAndAddsASession(FxRobot robot) {
        int sessionsBefore = partnerEvent(THEATRE).sessions().size();
        waitFor(() -> robot.lookup("#login-username").query().isFocused(), "the keyboard on the sign-in");
        robot.write("partner").push(KeyCode.TAB).write("demo-partner").push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#partner-events").tryQuery().isPresent()
                && !robot.lookup("#partner-events").queryListView().getItems().isEmpty(), "the partner's events");
        waitFor(() -> robot.lookup("#partner-find").query().isFocused(), "the keyboard in the find field");

        robot.write("compadec").push(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#partner-event-title").queryTextInputControl().getText().equals(THEATRE),
                "the theatre opened");

        tabTo(robot, "#partner-tabs");
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        waitFor(() -> robot.lookup("#partner-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 2,
                "the sections tab");
        tabTo(robot, "#partner-sections");
        for (int press = 0; press < 5 && !text(robot, "#partner-layout-caption").startsWith("Mapa salvo de «Balcão»");
             press++) {
            robot.push(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(() -> text(robot, "#partner-layout-caption").startsWith("Mapa salvo de «Balcão»"), "the balcony's map");
        tabTo(robot, "#partner-layout-map");
        robot.push(KeyCode.RIGHT).push(KeyCode.SPACE);
        waitFor(() -> text(robot, "#partner-seat-picked").startsWith("Fileira "), "a seat picked");
        String seat = map(robot).getSelectedSeatIds().iterator().next();
        tabTo(robot, "#partner-seat-accessible");
        robot.push(KeyCode.SPACE);
        waitFor(() -> message(robot).equals("1 lugar marcado para cadeirantes."), "the seat marked");
        assertThat(backend.as("partner").sectionLayout(section("Balcão").id()).seats())
                .filteredOn(s -> s.id().equals(seat)).singleElement().extracting(Seat::accessible).isEqualTo(true);

        tabTo(robot, "#partner-tabs");
        robot.push(KeyCode.LEFT);
        tabTo(robot, "#partner-session-date");
        robot.write(LocalDate.now().plusDays(40).format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        tabTo(robot, "#partner-session-time");
        robot.write("21:15");
        tabTo(robot, "#partner-session-add");
        robot.push(KeyCode.SPACE);
        waitFor(() -> message(robot).startsWith("Sessão de") && message(robot).endsWith("adicionada."),
                "the session added");
        assertThat(message(robot)).contains("21:15");
        assertThat(partnerEvent(THEATRE).sessions()).hasSize(sessionsBefore + 1);
    }

    private static void signIn(FxRobot robot, String user, String password) {
        robot.clickOn("#login-username").write(user);
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-submit");
        waitFor(() -> robot.lookup("#partner-events").tryQuery().isPresent(), "the partner's screen");
        waitFor(() -> message(robot).isEmpty() || !message(robot).equals("Aguarde…"), "the events loaded");
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
