package io.bilheteria.ui.seatmap;

import static io.bilheteria.ui.seatmap.SeatMapHandle.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The seat map in the 200-seat theatre, driven through real mouse, touch-gesture and key events. */
@ExtendWith(ApplicationExtension.class)
class SeatMapViewTest {
    private SeatMapView map;
    private Stage stage;
    private final List<SeatRefusedEvent> refusals = new ArrayList<>();
    private final List<SelectionLostEvent> losses = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        map = new SeatMapView(Venues.theatre("session-1"));
        map.setLocale(Locale.ENGLISH);
        map.setOnSeatRefused(refusals::add);
        map.setOnSelectionLost(losses::add);
        stage.setScene(new Scene(new StackPane(map), 800, 600));
        stage.sizeToScene(); // the stage outlives each test: undo any resize
        stage.show();
    }

    @Test
    void tappingASeatSelectsItAndTappingAgainDeselectsIt(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);

        seats.tap("C-12");
        assertThat(map.getSelectedSeatIds()).containsExactly("C-12");

        seats.tapAgain("C-12");
        assertThat(map.getSelectedSeatIds()).isEmpty();
        assertThat(refusals).isEmpty();
    }

    @Test
    void aSoldOrHeldSeatCannotBeSelectedAndTheAppIsTold(FxRobot robot) {
        robot.interact(() -> {
            map.updateStatuses(Map.of("A-5", SeatStatus.SOLD, "A-6", SeatStatus.HELD));
        });
        SeatMapHandle seats = new SeatMapHandle(robot, map);

        seats.tap("A-5");
        seats.tap("A-6");

        assertThat(map.getSelectedSeatIds()).isEmpty();
        assertThat(refusals).extracting(SeatRefusedEvent::reason)
                .containsExactly(SeatRefusedEvent.Reason.SOLD, SeatRefusedEvent.Reason.HELD);
        assertThat(refusals).extracting(e -> e.seat().id()).containsExactly("A-5", "A-6");
    }

    @Test
    void noMoreThanMaxSelectionSeatsCanBeSelected(FxRobot robot) {
        robot.interact(() -> map.setMaxSelection(2));
        SeatMapHandle seats = new SeatMapHandle(robot, map);

        seats.tap("D-1");
        seats.tap("D-2");
        seats.tap("D-3");

        assertThat(map.getSelectedSeatIds()).containsExactly("D-1", "D-2");
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(SeatRefusedEvent.Reason.SELECTION_FULL);
            assertThat(refusal.seat().id()).isEqualTo("D-3");
            assertThat(refusal.maxSelection()).isEqualTo(2);
        });
    }

    @Test
    void draggingPansTheMapWithoutSelectingAnything(FxRobot robot) {
        robot.interact(() -> {
            map.zoomIn();
            map.zoomIn();
        });
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        Point2D before = seats.screenPointOf("E-8");

        robot.drag(before, MouseButton.PRIMARY).dropTo(before.add(-60, -40));

        assertThat(map.getSelectedSeatIds()).isEmpty();
        Point2D after = seats.screenPointOf("E-8");
        assertThat(after.getX()).isCloseTo(before.getX() - 60, within(1.0));
        assertThat(after.getY()).isCloseTo(before.getY() - 40, within(1.0));
    }

    @Test
    void theWheelZoomsAroundThePointer(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        Point2D seat = onFx(() -> map.seatCenterInLocal("F-4").orElseThrow());
        Point2D before = seats.screenPointOf("F-4");
        double fitScale = map.getScale();

        // Monocle's robot turns the wheel the wrong way round, so the events are sent as a real platform sends them
        robot.interact(() -> {
            Event.fireEvent(map, wheel(seat, 40)); // one notch away from the user
            Event.fireEvent(map, wheel(seat, 40));
        });
        assertThat(map.getScale()).isGreaterThan(fitScale * 1.4);
        assertThat(seats.screenPointOf("F-4").distance(before)).isLessThan(1.0);

        robot.interact(() -> Event.fireEvent(map, wheel(seat, -40)));
        assertThat(map.getScale()).isBetween(fitScale * 1.1, fitScale * 1.3);
        assertThat(seats.screenPointOf("F-4").distance(before)).isLessThan(1.0);
    }

    @Test
    void aDoubleTapZoomsInAroundThePointWithoutSelecting(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        Point2D seat = seats.screenPointOf("E-7");
        Point2D aisle = seats.screenPointOfMap(11, 4); // between seats 10 and 11 of row E

        robot.doubleClickOn(seat);
        assertThat(map.getZoom()).isCloseTo(2.0, within(1e-6));
        assertThat(seats.screenPointOf("E-7").distance(seat)).isLessThan(1.0);
        assertThat(map.getSelectedSeatIds()).isEmpty();

        robot.interact(map::fitToView);
        robot.doubleClickOn(aisle);
        assertThat(map.getZoom()).isCloseTo(2.0, within(1e-6));
        assertThat(seats.mapPointAt(aisle).distance(11, 4)).isLessThan(0.05);
    }

    @Test
    void quickTapsOnNeighbouringSeatsSelectThemAll(FxRobot robot) {
        robot.interact(() -> stage.setWidth(500)); // seats 23 px apart: within the platform's double-click distance
        SeatMapHandle seats = new SeatMapHandle(robot, map);

        seats.tap("F-3");
        seats.tap("F-4");
        seats.tap("F-5");

        assertThat(map.getSelectedSeatIds()).containsExactly("F-3", "F-4", "F-5");
        assertThat(map.getZoom()).isEqualTo(1.0);
    }

    @Test
    void aPinchZoomsAroundItsCentreAndIsNotATap(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        Point2D seat = onFx(() -> map.seatCenterInLocal("B-15").orElseThrow());
        Point2D before = seats.screenPointOf("B-15");

        robot.interact(() -> {
            Event.fireEvent(map, pinch(ZoomEvent.ZOOM_STARTED, seat, 1));
            Event.fireEvent(map, pinch(ZoomEvent.ZOOM, seat, 1.8));
            Event.fireEvent(map, pinch(ZoomEvent.ZOOM_FINISHED, seat, 1));
        });

        assertThat(map.getZoom()).isCloseTo(1.8, within(1e-6));
        assertThat(seats.screenPointOf("B-15").distance(before)).isLessThan(1.0);
        assertThat(map.getSelectedSeatIds()).isEmpty();
    }

    @Test
    void zoomButtonsStayWithinLimitsAndFitShowsTheWholeMapAgain(FxRobot robot) {
        robot.interact(map::zoomIn);
        assertThat(map.getZoom()).isCloseTo(1.5, within(1e-6));

        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                map.zoomIn();
            }
        });
        assertThat(map.getZoom()).isEqualTo(map.getMaxZoom()).isGreaterThan(1.5);
        double seatOnScreen = map.getSeatSize() * map.getScale();
        assertThat(seatOnScreen).isCloseTo(64, within(0.5));

        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                map.zoomOut();
            }
        });
        assertThat(map.getZoom()).isEqualTo(1.0);

        robot.interact(() -> {
            map.zoomIn();
            map.panBy(200, 0);
            map.fitToView();
        });
        assertThat(map.getZoom()).isEqualTo(1.0);
        assertThat(map.viewCenterProperty().get().getX()).isCloseTo(11, within(1e-9)); // middle of seats 1..21
    }

    @Test
    void theWholeMapStaysInViewWhenTheWindowIsResized(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        double scaleBefore = map.getScale();

        robot.interact(() -> stage.setWidth(400));

        assertThat(map.getZoom()).isEqualTo(1.0);
        assertThat(map.getScale()).isLessThan(scaleBefore * 0.6);
        Point2D firstSeat = onFx(() -> map.seatCenterInLocal("A-1").orElseThrow());
        Point2D lastSeat = onFx(() -> map.seatCenterInLocal("K-20").orElseThrow());
        assertThat(firstSeat.getX()).isPositive();
        assertThat(lastSeat.getX()).isLessThan(onFx(map::getWidth));
        seats.tap("K-20");
        assertThat(map.getSelectedSeatIds()).containsExactly("K-20");
    }

    @Test
    void aLiveUpdateThatSellsASelectedSeatTakesItOutOfTheSelectionAndSaysSo(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        robot.interact(map::zoomIn);
        seats.tap("G-7");
        seats.tap("G-8");
        double zoom = map.getZoom();
        Point2D centre = map.viewCenterProperty().get();

        List<Seat> lost = onFx(() -> map.updateStatuses(Map.of("G-8", SeatStatus.SOLD, "A-1", SeatStatus.HELD)));

        assertThat(map.getSelectedSeatIds()).containsExactly("G-7");
        assertThat(lost).extracting(Seat::id).containsExactly("G-8");
        assertThat(losses).singleElement().satisfies(loss ->
                assertThat(loss.seats()).extracting(Seat::id, Seat::status).containsExactly(
                        tuple("G-8", SeatStatus.SOLD)));
        assertThat(map.getZoom()).isEqualTo(zoom);
        assertThat(map.viewCenterProperty().get()).isEqualTo(centre);
        assertThat(map.findSeat("A-1").orElseThrow().status()).isEqualTo(SeatStatus.HELD);
    }

    @Test
    void aNewSessionStartsAfreshButTheSameSessionKeepsTheSelection(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        seats.tap("B-2");
        robot.interact(() -> map.setSeatMap(Venues.withStatus(Venues.theatre("session-1"), SeatStatus.SOLD, "B-3")));
        assertThat(map.getSelectedSeatIds()).containsExactly("B-2");
        assertThat(losses).isEmpty();

        robot.interact(() -> map.setSeatMap(Venues.theatre("session-2")));
        assertThat(map.getSelectedSeatIds()).isEmpty();
        assertThat(map.getFocusedSeatId()).isNull();
    }

    @Test
    void theFocusedSeatIsDescribedForScreenReaders(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);

        seats.tap("H-1");

        assertThat(map.getFocusedSeatId()).isEqualTo("H-1");
        assertThat(map.getAccessibleText()).isEqualTo("Plateia, row H, seat 1, available, wheelchair accessible, selected");
        robot.interact(() -> map.setLocale(Locale.forLanguageTag("pt-BR")));
        assertThat(map.getAccessibleText())
                .isEqualTo("Plateia, fileira H, lugar 1, disponível, acessível para cadeira de rodas, selecionado");
        assertThat(map.getAccessibleRoleDescription()).isEqualTo("Mapa de lugares");
    }

    @Test
    void arrowKeysMoveToTheSpatiallyNearestSeatAndSpaceSelectsIt(FxRobot robot) {
        // seats listed in random order: only their positions can tell the arrows where to go
        robot.interact(() -> {
            map.setSeatMap(Venues.shuffledTheatre("session-3"));
            map.requestFocus();
            map.setFocusedSeatId("C-10");
        });

        robot.type(KeyCode.RIGHT);
        assertThat(map.getFocusedSeatId()).isEqualTo("C-11"); // across the aisle
        robot.type(KeyCode.DOWN);
        assertThat(map.getFocusedSeatId()).isEqualTo("D-11");
        robot.type(KeyCode.LEFT, 2);
        assertThat(map.getFocusedSeatId()).isEqualTo("D-9");
        robot.type(KeyCode.UP);
        assertThat(map.getFocusedSeatId()).isEqualTo("C-9");

        robot.type(KeyCode.SPACE);
        assertThat(map.getSelectedSeatIds()).containsExactly("C-9");
        assertThat(map.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(map.getSelectedSeatIds()).isEmpty();
    }

    @Test
    void arrowsCrossTheGapToTheBalconyAndStopAtTheEdge(FxRobot robot) {
        robot.interact(() -> {
            map.requestFocus();
            map.setFocusedSeatId("H-20");
        });

        robot.type(KeyCode.DOWN);
        assertThat(map.getFocusedSeatId()).isEqualTo("J-20");
        robot.type(KeyCode.RIGHT);
        assertThat(map.getFocusedSeatId()).isEqualTo("J-20"); // nothing further right
    }

    @Test
    void theViewFollowsTheKeyboardFocusAndPlusMinusZoom(FxRobot robot) {
        robot.interact(() -> {
            map.requestFocus();
            map.setFocusedSeatId("E-10");
        });
        robot.type(KeyCode.ADD, 4);
        assertThat(map.getZoom()).isEqualTo(map.getMaxZoom()).isGreaterThan(2);

        robot.type(KeyCode.RIGHT, 10); // walks to E-20, off the zoomed-in view unless it pans
        assertThat(map.getFocusedSeatId()).isEqualTo("E-20");
        Point2D focused = onFx(() -> map.seatCenterInLocal("E-20").orElseThrow());
        assertThat(focused.getX()).isBetween(0.0, onFx(map::getWidth));
        assertThat(focused.getY()).isBetween(0.0, onFx(map::getHeight));

        robot.type(KeyCode.SUBTRACT, 10);
        assertThat(map.getZoom()).isEqualTo(1.0);
    }

    @Test
    void arrowsWithNoFocusedSeatStartFromTheMiddleOfTheView(FxRobot robot) {
        robot.interact(map::requestFocus);

        robot.type(KeyCode.RIGHT);

        // the middle of the theatre is in the aisle, a quarter row in front of row F
        assertThat(map.getFocusedSeatId()).isIn("F-10", "F-11");
    }

    private static ScrollEvent wheel(Point2D at, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(), false, false, false, false,
                false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, deltaY / 40, 0, null);
    }

    private static ZoomEvent pinch(EventType<ZoomEvent> type, Point2D at, double factor) {
        return new ZoomEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), false, false, false, false,
                true, false, factor, factor, null);
    }
}
