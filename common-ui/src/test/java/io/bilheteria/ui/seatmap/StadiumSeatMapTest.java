package io.bilheteria.ui.seatmap;

import static io.bilheteria.ui.seatmap.SeatMapHandle.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 60,480-seat stadium: seats are a pixel or two across until the customer zooms in. */
@ExtendWith(ApplicationExtension.class)
class StadiumSeatMapTest {
    private SeatMapView map;

    @Start
    void start(Stage stage) {
        map = new SeatMapView(Venues.stadium("final"));
        stage.setScene(new Scene(new StackPane(map), 1000, 700));
        stage.sizeToScene(); // the stage outlives each test: undo any resize
        stage.show();
    }

    @Test
    void aTapOnTheWholeStadiumZoomsInThereAndTheNextTapSelectsTheSeatUnderTheFinger(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        assertThat(map.getSeatMap().seats()).hasSize(60_480);
        assertThat(map.getSeatSize() * map.getScale()).isLessThan(3); // too small for any finger

        // where the finger really lands (the robot moves in whole pixels) and what is under it before the zoom
        List<Point2D> finger = new ArrayList<>();
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            finger.add(new Point2D(e.getX(), e.getY()));
            finger.add(map.localToMap(e.getX(), e.getY()));
        });
        seats.tap("N-10-100");

        assertThat(map.getSelectedSeatIds()).isEmpty();
        assertThat(map.getSeatSize() * map.getScale()).isGreaterThan(20);
        Point2D underFingerNow = onFx(() -> map.localToMap(finger.get(0).getX(), finger.get(0).getY()));
        assertThat(underFingerNow.distance(finger.get(1))).isLessThan(1e-6);

        seats.tapAgain("N-10-100");
        assertThat(map.getSelectedSeatIds()).containsExactly("N-10-100");
    }

    @Test
    void tappingNeighboursInARotatedStandSelectsEachOne(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        seats.tap("E-30-126"); // zooms in on the east stand
        robot.sleep(650);

        seats.tap("E-30-127");
        seats.tap("E-31-127");

        assertThat(map.getSelectedSeatIds()).containsExactly("E-30-127", "E-31-127");
    }

    @Test
    void arrowKeysWalkAlongTheRowOfARotatedStand(FxRobot robot) {
        robot.interact(() -> {
            map.requestFocus();
            map.setFocusedSeatId("E-1-100"); // east stand: rows run down the screen, row 2 is to the right
        });

        robot.type(KeyCode.DOWN);
        assertThat(map.getFocusedSeatId()).isEqualTo("E-1-101");
        robot.type(KeyCode.RIGHT);
        assertThat(map.getFocusedSeatId()).isEqualTo("E-2-101");
        robot.type(KeyCode.LEFT);
        assertThat(map.getFocusedSeatId()).isEqualTo("E-1-101");
        Point2D focused = onFx(() -> map.seatCenterInLocal("E-1-101").orElseThrow());
        assertThat(focused.getX()).isBetween(0.0, onFx(map::getWidth));
    }
}
