package io.bilheteria.kiosk.browse;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.kiosk.KioskWindow;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.seatmap.SeatMapView;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the kiosk's browse screens the way a customer does: taps on what is drawn, waits for answers. */
final class KioskHandle {
    private static final long WAIT_SECONDS = 15;

    private final FxRobot robot;
    private final KioskWindow kiosk;

    KioskHandle(FxRobot robot, KioskWindow kiosk) {
        this.robot = robot;
        this.kiosk = kiosk;
    }

    KioskHandle tap(String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        robot.clickOn(query);
        return this;
    }

    KioskHandle tap(Node node) {
        robot.clickOn(node);
        return this;
    }

    KioskHandle waitFor(Place place) {
        waitUntil(() -> kiosk.navigator().getPlace() == place && !busy());
        return this;
    }

    boolean busy() {
        return robot.lookup("#busy").query().isVisible();
    }

    String text(String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            return node instanceof TextInputControl field ? field.getText() : ((Labeled) node).getText();
        });
    }

    boolean visible(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** From the attract loop, after the featured events arrived, to the event list. */
    KioskHandle startPurchase() {
        waitUntil(() -> !robot.lookup("#attract-title").queryLabeled().getText().isEmpty());
        tap("#attract-touch");
        return waitFor(Place.EVENTS);
    }

    /** Taps the keys of the on-screen keyboard, one per character. */
    KioskHandle typeOnKeyboard(String text) {
        Node keyboard = robot.lookup("#search-keyboard").query();
        text.codePoints().mapToObj(Character::toString).forEach(character -> {
            Set<Button> keys = robot.from(keyboard).lookup(".key")
                    .match((Button key) -> character.equals(key.getText()) && key.isVisible())
                    .queryAllAs(Button.class);
            assertThat(keys).as("key '%s'", character).hasSize(1);
            robot.clickOn(keys.iterator().next());
        });
        return this;
    }

    /** The titles of the event cards shown, in order. */
    List<String> eventTitles() {
        return eventCards().stream().map(Node::getAccessibleText).toList();
    }

    KioskHandle chooseEvent(String title) {
        waitUntil(() -> eventTitles().contains(title));
        Node card = onFx(() -> robot.lookup(".event-card").match(n -> title.equals(n.getAccessibleText())).query());
        tap(card);
        return waitFor(Place.SESSIONS);
    }

    /** The session buttons, earliest first. */
    List<Button> sessionButtons() {
        return onFx(() -> robot.lookup("#session-list").queryAs(Pane.class).getChildren().stream()
                .map(Button.class::cast).toList());
    }

    KioskHandle chooseSession(int index) {
        waitUntil(() -> sessionButtons().size() > index);
        tap(sessionButtons().get(index));
        return waitFor(Place.SEATS);
    }

    /** The narrowest gap, in pixels, between a card's edge and any text on it: negative when text spills out. */
    double textMargin(Node card) {
        return onFx(() -> {
            var outer = card.localToScene(card.getLayoutBounds());
            return card.lookupAll(".label").stream().filter(Node::isVisible)
                    .map(label -> label.localToScene(label.getLayoutBounds()))
                    .mapToDouble(text -> Math.min(Math.min(text.getMinX() - outer.getMinX(), outer.getMaxX() - text.getMaxX()),
                            Math.min(text.getMinY() - outer.getMinY(), outer.getMaxY() - text.getMaxY())))
                    .min().orElseThrow();
        });
    }

    /** The event cards shown, in order. */
    List<Node> eventCards() {
        // the list sits in a scroll pane, whose content joins the scene at the skin's first layout
        // pulse, after the screen is shown: until then there are no cards yet, not an error
        return onFx(() -> robot.lookup("#event-list").tryQueryAs(Pane.class)
                .map(list -> List.copyOf(list.getChildren())).orElse(List.of()));
    }

    /** Everything a session button says: its date and its availability. */
    static String textsOf(Node button) {
        return onFx(() -> button.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).toList()).toString();
    }

    SeatMapView seatMap() {
        return robot.lookup("#seat-map").queryAs(SeatMapView.class);
    }

    /** Taps a seat where the map draws it. */
    KioskHandle tapSeat(String seatId) {
        SeatMapView map = seatMap();
        Point2D onScreen = onFx(() -> map.localToScreen(map.seatCenterInLocal(seatId).orElseThrow()));
        robot.clickOn(onScreen);
        return this;
    }

    /** Taps the section's button once the seat screen has shown it (the sections arrive with the seat map). */
    KioskHandle chooseSection(String name) {
        waitUntil(() -> robot.lookup(".section-button")
                .match((Labeled b) -> b.getText().startsWith(name + " · ")).tryQuery().isPresent());
        Node button = onFx(() -> robot.lookup(".section-button")
                .match((Labeled b) -> b.getText().startsWith(name + " · ")).query());
        return tap(button);
    }

    /** A button of the add-on card of that product: ".product-plus" or ".product-minus". */
    Node productButton(String product, String kind) {
        waitUntil(() -> robot.lookup(".product-card").match(n -> product.equals(n.getAccessibleText()))
                .tryQuery().isPresent());
        return onFx(() -> {
            Node card = robot.lookup(".product-card").match(n -> product.equals(n.getAccessibleText())).query();
            return robot.from(card).lookup(kind).query();
        });
    }

    void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("the kiosk did not get there in " + WAIT_SECONDS + " s (on "
                    + kiosk.navigator().getPlace() + ")", e);
        }
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
