package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.Terminals;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.products.Product;
import io.bilheteria.kiosk.KioskWindow;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A customer at the real kiosk, talking to a real backend: from the attract loop to held seats
 * and add-ons, by touch. Tests share one backend, so each works on its own session or on seats
 * it checks are free.
 */
@ExtendWith(ApplicationExtension.class)
class BrowseScreensTest {
    private static final String THEATRE = "O Auto da Compadecida";
    private static final String STADIUM = "Final do Campeonato Paulista";

    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private static UiTaskExecutor tasks;
    @TempDir
    static Path dataDir;

    private KioskWindow window;
    private KioskHandle kiosk;

    @BeforeAll
    static void startWorkers() {
        tasks = new UiTaskExecutor(2);
    }

    @AfterAll
    static void stopWorkers() {
        tasks.close();
    }

    @Start
    void open(Stage stage) {
        window = KioskWindow.open(stage, KioskConfig.defaults(dataDir).withWindowed(true), backend.baseUrl(),
                Clock.systemUTC(), tasks);
        // the identification screen belongs to the checkout half; here it only marks where the purchase goes on
        Label identify = new Label("identify");
        identify.setId("identify-screen");
        window.navigator().register(Place.IDENTIFY, () -> new Screen() {
            @Override
            public Node view() {
                return identify;
            }
        });
    }

    @Stop
    void close() {
        window.stop();
        window.journey().startOver(); // gives back held seats and stops the seat map's polling
    }

    @BeforeEach
    void customer(FxRobot robot) {
        kiosk = new KioskHandle(robot, window);
    }

    @Test
    void aCustomerTouchesTheAttractLoopAndFindsTheTheatreByTypingOnTheKeyboard() {
        kiosk.waitUntil(() -> !kiosk.text("#attract-title").isEmpty());
        assertThat(kiosk.text("#attract-touch")).isEqualTo("Toque para começar");
        assertThat(kiosk.text("#attract-title")).isIn(THEATRE, STADIUM);
        assertThat(kiosk.text("#attract-date")).startsWith("Próxima sessão: ");

        kiosk.startPurchase();
        kiosk.waitUntil(() -> kiosk.eventTitles().size() == 2);
        assertThat(kiosk.visible("#search-keyboard")).isFalse();

        kiosk.tap("#event-search");
        assertThat(kiosk.visible("#search-keyboard")).isTrue();
        kiosk.typeOnKeyboard("compadecida");
        kiosk.waitUntil(() -> kiosk.eventTitles().equals(List.of(THEATRE)));
        assertThat(kiosk.text("#event-search")).isEqualTo("compadecida");

        kiosk.tap("#filter-today"); // the demo's first show is tomorrow
        kiosk.waitUntil(() -> kiosk.eventTitles().isEmpty() && kiosk.visible("#events-empty"));
        kiosk.tap("#filter-all");
        kiosk.waitUntil(() -> kiosk.eventTitles().equals(List.of(THEATRE)));
    }

    @Test
    void theEventAndSessionCardsKeepTheirTextClearOfTheirEdges() {
        kiosk.startPurchase();
        kiosk.waitUntil(() -> kiosk.eventTitles().size() == 2);
        assertThat(kiosk.eventCards()).allSatisfy(card -> assertThat(kiosk.textMargin(card))
                .as("room around the text of %s", card.getAccessibleText()).isGreaterThanOrEqualTo(16));
        kiosk.chooseEvent(THEATRE);
        assertThat(kiosk.sessionButtons()).allSatisfy(session -> assertThat(kiosk.textMargin(session))
                .as("room around the text of a session").isGreaterThanOrEqualTo(16));
    }

    @Test
    void theSessionsSayHowManySeatsAreLeft() {
        kiosk.startPurchase().chooseEvent(THEATRE);

        assertThat(kiosk.text("#sessions-event-title")).isEqualTo(THEATRE);
        assertThat(kiosk.text("#sessions-event-description")).contains("Ariano Suassuna");
        List<Button> sessions = kiosk.sessionButtons();
        assertThat(sessions).hasSize(4);
        assertThat(KioskHandle.textsOf(sessions.get(3))).matches(".*20:00, \\d+ lugares livres.*");
        assertThat(sessions).noneMatch(Node::isDisabled);
    }

    @Test
    void bestAvailableHoldsTwoSeatsInTheChosenSectionAndGoesToTheAddOns() {
        kiosk.startPurchase().chooseEvent(THEATRE).chooseSession(0);
        assertThat(kiosk.visible("#hold-countdown")).isFalse();

        assertThat(kiosk.text("#qty-value")).as("two is where a totem purchase usually starts").isEqualTo("2");
        kiosk.chooseSection("Balcão");
        assertThat(kiosk.text("#best-available")).isEqualTo("Reservar 2 lugares");
        kiosk.tap("#best-available").waitFor(Place.ADDONS);

        Hold hold = window.sale().hold().orElseThrow();
        assertThat(hold.seatIds()).hasSize(2);
        Map<String, Seat> seats = seatsById(window.sale().seatMap().orElseThrow());
        String balcony = sectionNamed(window.sale().seatMap().orElseThrow(), "Balcão").id();
        assertThat(hold.seatIds()).allMatch(id -> seats.get(id).sectionId().equals(balcony));
        kiosk.waitUntil(() -> kiosk.visible("#hold-countdown"));
        assertThat(kiosk.text("#hold-countdown")).matches("Lugares reservados por [45]:\\d\\d");
    }

    @Test
    void seatsTappedOnTheMapAreExactlyTheSeatsHeld() {
        kiosk.startPurchase().chooseEvent(THEATRE).chooseSession(1);
        List<String> wanted = freeSeats(kiosk.seatMap().getSeatMap(), "Plateia", 2);

        wanted.forEach(kiosk::tapSeat);
        kiosk.waitUntil(() -> kiosk.seatMap().getSelectedSeatIds().size() == 2);
        assertThat(kiosk.text("#hold-selected")).isEqualTo("Continuar com 2 lugares");
        kiosk.tap("#hold-selected").waitFor(Place.ADDONS);

        assertThat(window.sale().hold().orElseThrow().seatIds()).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(kiosk.visible("#hold-countdown")).isTrue();
    }

    @Test
    void aSeatAnotherChannelTakesMeanwhileLeavesTheSelectionWithAPlainExplanation() {
        kiosk.startPurchase().chooseEvent(THEATRE).chooseSession(2);
        SeatMap map = kiosk.seatMap().getSeatMap();
        List<String> wanted = freeSeats(map, "Plateia VIP", 2);
        wanted.forEach(kiosk::tapSeat);
        kiosk.waitUntil(() -> kiosk.seatMap().getSelectedSeatIds().size() == 2);

        backend.cashier().hold(HoldRequest.seats(map.sessionId(), List.of(wanted.get(1))));
        kiosk.tap("#hold-selected");

        kiosk.waitUntil(() -> kiosk.visible("#seats-notice"));
        Seat taken = seatsById(map).get(wanted.get(1));
        assertThat(kiosk.text("#seats-notice")).isEqualTo("Outra pessoa acabou de reservar o lugar Plateia VIP, fileira "
                + taken.row() + ", lugar " + taken.number() + ". Ele saiu da sua seleção: escolha outro, por favor.");
        assertThat(kiosk.seatMap().getSelectedSeatIds()).containsExactly(wanted.get(0));
        assertThat(kiosk.seatMap().findSeat(wanted.get(1)).orElseThrow().status()).isEqualTo(SeatStatus.HELD);
        assertThat(window.navigator().getPlace()).isEqualTo(Place.SEATS);
        assertThat(window.sale().hold()).isEmpty();

        kiosk.tap("#hold-selected").waitFor(Place.ADDONS);
        assertThat(window.sale().hold().orElseThrow().seatIds()).containsExactly(wanted.get(0));
    }

    @Test
    void backFromTheAddOnsTheHeldSeatsAreStillChosenAndBackFromTheSeatsTheyAreGivenBack() {
        kiosk.startPurchase().chooseEvent(THEATRE).chooseSession(3);
        kiosk.chooseSection("Plateia");
        kiosk.tap("#qty-plus");
        kiosk.tap("#best-available").waitFor(Place.ADDONS);
        Hold hold = window.sale().hold().orElseThrow();

        kiosk.tap("#back").waitFor(Place.SEATS);
        assertThat(kiosk.seatMap().getSelectedSeatIds()).containsExactlyInAnyOrderElementsOf(hold.seatIds());
        assertThat(kiosk.text("#hold-selected")).isEqualTo("Continuar com 3 lugares");
        assertThat(kiosk.visible("#hold-countdown")).isTrue();

        kiosk.tap("#back").waitFor(Place.SESSIONS);
        kiosk.waitUntil(() -> !kiosk.visible("#hold-countdown"));
        assertThat(window.sale().hold()).isEmpty();
        Map<String, Seat> now = seatsById(Terminals.kiosk(backend).call(c -> c.seatMap(hold.sessionId())));
        assertThat(hold.seatIds()).allMatch(id -> now.get(id).status() == SeatStatus.AVAILABLE);
    }

    @Test
    void choosingEnglishOnTheAttractLoopShowsTheScreensInEnglish() {
        kiosk.waitUntil(() -> !kiosk.text("#attract-title").isEmpty());
        kiosk.tap("#attract-en").waitFor(Place.EVENTS);

        assertThat(window.messages().getLocale()).isEqualTo(Messages.ENGLISH);
        assertThat(kiosk.text("#filter-today")).isEqualTo("Today");
        assertThat(kiosk.text("#filter-weekend")).isEqualTo("This weekend");
        assertThat(kiosk.text("#filter-all")).isEqualTo("All");
        kiosk.chooseEvent(STADIUM);
        assertThat(KioskHandle.textsOf(kiosk.sessionButtons().get(0))).matches(".*4:00.PM, \\d+ seats free.*");
    }

    @Test
    void addOnQuantitiesGoIntoTheSale() {
        kiosk.startPurchase().chooseEvent(STADIUM).chooseSession(0);
        kiosk.chooseSection("Arquibancada Norte");
        kiosk.tap("#best-available").waitFor(Place.ADDONS);
        Map<String, String> products = window.sale().loadProducts().stream()
                .collect(Collectors.toMap(Product::name, Product::id));

        kiosk.tap(kiosk.productButton("Camisa oficial", ".product-plus"));
        kiosk.tap(kiosk.productButton("Cachecol", ".product-plus"));
        kiosk.tap(kiosk.productButton("Cachecol", ".product-plus"));
        kiosk.tap(kiosk.productButton("Camisa oficial", ".product-plus"));
        kiosk.tap(kiosk.productButton("Camisa oficial", ".product-minus"));

        assertThat(window.sale().productQuantities())
                .isEqualTo(Map.of(products.get("Camisa oficial"), 1, products.get("Cachecol"), 2));
        assertThat(kiosk.text("#product-qty-" + products.get("Cachecol"))).isEqualTo("2");
        assertThat(kiosk.text("#addons-total"))
                .isEqualTo("Adicionais: " + Money.format(24990 + 2 * 5990, "BRL", Messages.PT_BR));
        kiosk.tap("#addons-continue").waitFor(Place.IDENTIFY);
        assertThat(window.sale().productQuantities()).hasSize(2);
    }

    @Test
    void cancellingAPurchaseWithSeatsHeldAsksFirstAndOnlyYesGivesThemBack() {
        kiosk.startPurchase().chooseEvent(STADIUM).chooseSession(0);
        kiosk.chooseSection("Arquibancada Norte");
        kiosk.tap("#best-available").waitFor(Place.ADDONS);
        Hold hold = window.sale().hold().orElseThrow();

        kiosk.tap("#cancel-purchase");
        kiosk.waitUntil(() -> kiosk.visible("#question"));
        assertThat(kiosk.text("#question-text")).isEqualTo("Cancelar a compra? Os lugares reservados serão liberados.");
        assertThat(kiosk.text("#question-yes")).isEqualTo("Sim, cancelar");
        assertThat(kiosk.text("#question-no")).isEqualTo("Não, continuar");
        kiosk.tap("#question-no");

        kiosk.waitUntil(() -> !kiosk.visible("#question"));
        assertThat(window.navigator().getPlace()).isEqualTo(Place.ADDONS);
        assertThat(window.sale().hold().orElseThrow().seatIds()).isEqualTo(hold.seatIds());
        Map<String, Seat> kept = seatsById(Terminals.kiosk(backend).call(c -> c.seatMap(hold.sessionId())));
        assertThat(hold.seatIds()).allMatch(id -> kept.get(id).status() == SeatStatus.HELD);

        kiosk.tap("#cancel-purchase").tap("#question-yes").waitFor(Place.ATTRACT);
        Map<String, Seat> given = seatsById(Terminals.kiosk(backend).call(c -> c.seatMap(hold.sessionId())));
        assertThat(hold.seatIds()).allMatch(id -> given.get(id).status() == SeatStatus.AVAILABLE);
    }

    @Test
    void theNextCustomerFindsNothingOfTheOneWhoCancelled() {
        kiosk.startPurchase();
        kiosk.tap("#event-search").typeOnKeyboard("arena");
        kiosk.waitUntil(() -> kiosk.eventTitles().equals(List.of(STADIUM)));
        kiosk.chooseEvent(STADIUM).chooseSession(0);
        kiosk.chooseSection("Cadeira Leste");
        kiosk.tap("#best-available").waitFor(Place.ADDONS);
        Hold hold = window.sale().hold().orElseThrow();

        kiosk.tap("#cancel-purchase").tap("#question-yes").waitFor(Place.ATTRACT);
        kiosk.startPurchase();

        assertThat(kiosk.text("#event-search")).isEmpty();
        assertThat(kiosk.visible("#search-keyboard")).isFalse();
        kiosk.waitUntil(() -> kiosk.eventTitles().size() == 2);
        assertThat(window.sale().hold()).isEmpty();
        Map<String, Seat> now = seatsById(Terminals.kiosk(backend).call(c -> c.seatMap(hold.sessionId())));
        assertThat(hold.seatIds()).allMatch(id -> now.get(id).status() == SeatStatus.AVAILABLE);
    }

    /** Free seats of a section, from the middle of a row, apart enough that two taps are not a double tap. */
    private static List<String> freeSeats(SeatMap map, String sectionName, int count) {
        String section = sectionNamed(map, sectionName).id();
        List<Seat> free = map.seats().stream()
                .filter(s -> s.sectionId().equals(section) && s.status() == SeatStatus.AVAILABLE)
                .filter(s -> s.number() % 3 == 0)
                .toList();
        assertThat(free).hasSizeGreaterThanOrEqualTo(count);
        return free.stream().limit(count).map(Seat::id).toList();
    }

    private static Section sectionNamed(SeatMap map, String name) {
        return map.sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Seat> seatsById(SeatMap map) {
        return map.seats().stream().collect(Collectors.toMap(Seat::id, Function.identity()));
    }
}
