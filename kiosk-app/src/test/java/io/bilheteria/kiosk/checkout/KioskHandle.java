package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.products.Product;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.kiosk.KioskWindow;
import io.bilheteria.kiosk.config.KioskConfig;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.idle.IdleTimer;
import io.bilheteria.ui.idle.TickSource;
import io.bilheteria.ui.tasks.UiTaskExecutor;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real kiosk on a test stage, driven the way a customer does: taps on ids and on the
 * keys of the on-screen keyboards. Until the browse screens exist, a purchase starts with
 * the sale set up directly (event, session, best seats) and the kiosk sent to IDENTIFY.
 */
final class KioskHandle {
    private static final long WAIT_SECONDS = 15;

    private final UiTaskExecutor tasks;
    private final KioskWindow window;
    private FxRobot robot;

    private KioskHandle(UiTaskExecutor tasks, KioskWindow window) {
        this.tasks = tasks;
        this.window = window;
    }

    /** Opens the kiosk on the stage; call from the test's {@code @Start}. */
    static KioskHandle open(Stage stage, KioskConfig config, String baseUrl) {
        return open(stage, config, baseUrl, Clock.systemUTC(), IdleTimer.realTicks());
    }

    /** On clocks the test moves: {@code clock} for the hold's countdown, {@code idleTicks} for the idle timer. */
    static KioskHandle open(Stage stage, KioskConfig config, String baseUrl, Clock clock, TickSource idleTicks) {
        UiTaskExecutor tasks = new UiTaskExecutor(2);
        return new KioskHandle(tasks, KioskWindow.open(stage, config.withWindowed(true), baseUrl, clock, tasks,
                idleTicks));
    }

    KioskHandle with(FxRobot driver) {
        this.robot = driver;
        return this;
    }

    KioskWindow window() {
        return window;
    }

    Sale sale() {
        return window.sale();
    }

    /** The test kiosk's printer: the simulator, as in the default settings. */
    SimulatedPrinter printer() {
        return (SimulatedPrinter) window.printer();
    }

    /** Stops the kiosk's timers and workers, so a closed kiosk does nothing in the next test. */
    void close() {
        // leaving the screen stops its timers (auto-return, retries); maintenance starts no work
        // of its own, unlike the attract screen, which would load events as the workers close
        window.navigator().go(Place.MAINTENANCE);
        window.stop();
        tasks.close();
    }

    /** A customer who chose the theatre's first session and the best {@code seats} of its first section. */
    Hold choseSeats(int seats) {
        return choseSeats(0, seats);
    }

    /** As above, in the theatre's session {@code session} (0: the first). */
    Hold choseSeats(int session, int seats) {
        Sale sale = window.sale();
        EventSummary theatre = sale.findEvents("Compadecida", null, null).get(0);
        EventSummary event = sale.chooseEvent(theatre.id());
        SeatMap map = sale.chooseSession(event.sessions().get(session).id());
        return sale.holdBestAvailable(map.sections().get(0).id(), seats);
    }

    /** Adds {@code quantity} of the event's product with this name, as the add-ons screen does. */
    long addProduct(String name, int quantity) {
        Product product = window.sale().loadProducts().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
        window.sale().setProductQuantity(product.id(), quantity);
        return product.priceCents() * quantity;
    }

    /** A customer who chose seats and reached the screen where they say who is buying. */
    Hold atIdentify(int seats) {
        Hold hold = choseSeats(seats);
        toIdentify();
        return hold;
    }

    /** A customer who chose seats (and maybe products) goes on to say who is buying. */
    void toIdentify() {
        go(Place.IDENTIFY);
    }

    private void go(Place place) {
        robot.interact(() -> {
            window.holdClock().tick();
            window.navigator().go(place);
        });
        waitFor(place);
    }

    KioskHandle tap(String id) {
        Node node = robot.lookup("#" + id).query();
        assertThat(node).as("#%s", id).isNotNull();
        waitUntil(() -> node.isVisible() && !node.isDisabled(), "#" + id + " visible and enabled");
        robot.interact(() -> scrollIntoView(node));
        robot.clickOn(node);
        return this;
    }

    /** As the customer scrolls a list down to what they tap: the node's scroll pane shows it whole. */
    private static void scrollIntoView(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = hidden * scroll.getVvalue();
        double bottom = top + scroll.getViewportBounds().getHeight();
        if (inContent.getMinY() < top || inContent.getMaxY() > bottom) {
            scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / hidden)));
            scroll.layout();
        }
    }

    /**
     * Presses one key per character on the on-screen keys with this id (keyboard or keypad).
     * The keys are fired rather than clicked: a pointer glides to each of them, half a second a
     * key, and the keyboard's own tests already tap them.
     */
    KioskHandle type(String keysId, String text) {
        Node keys = robot.lookup("#" + keysId).query();
        text.codePoints().forEach(c -> {
            Button key = key(keys, Character.toString(c));
            robot.interact(key::fire);
        });
        return this;
    }

    /** Taps a field, then types into it on the keys with this id. */
    KioskHandle fill(String fieldId, String keysId, String text) {
        tap(fieldId);
        return type(keysId, text);
    }

    private Button key(Node keys, String label) {
        Set<Button> found = robot.from(keys).lookup(".key")
                .match((Button key) -> label.equals(key.getText()) && key.isVisible())
                .queryAllAs(Button.class);
        assertThat(found).as("keys labelled '%s'", label).hasSize(1);
        return found.iterator().next();
    }

    String text(String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    boolean visible(String id) {
        Node node = robot.lookup("#" + id).query();
        return node != null && node.isVisible();
    }

    <T extends Node> T node(String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    void waitFor(Place place) {
        waitUntil(() -> window.navigator().getPlace() == place, "the kiosk on " + place
                + " (now " + window.navigator().getPlace() + ")");
    }

    void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(WAIT_SECONDS, condition, what);
    }

    void waitUntil(long seconds, BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for " + what, e);
        }
        // let the screen lay itself out (skins, scroll panes' content) before it is looked at
        WaitForAsyncUtils.waitForFxEvents();
    }
}
