package io.bilheteria.ui.seatmap;

import static io.bilheteria.ui.seatmap.SeatMapHandle.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the customer sees: seat colours by state, from the stylesheet, and the keyboard focus ring. */
@ExtendWith(ApplicationExtension.class)
class SeatMapRenderingTest {
    private SeatMapView map;
    private Scene scene;

    @Start
    void start(Stage stage) {
        map = new SeatMapView(Venues.theatre("session-1"));
        scene = new Scene(new StackPane(map), 800, 600);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void eachStateHasItsColourAndSectionsTheirOwn(FxRobot robot) {
        robot.interact(() -> {
            map.updateStatuses(Map.of("A-3", SeatStatus.SOLD, "A-4", SeatStatus.HELD));
            map.select("A-5");
        });

        assertThat(fillOf("A-2")).isEqualTo(Color.web("#C62828")); // the VIP section's colour, from the data
        assertThat(fillOf("C-2")).isEqualTo(Color.web("#1565C0"));
        assertThat(fillOf("A-3")).isEqualTo(Color.web("#616161"));
        assertThat(fillOf("A-4")).isEqualTo(Color.web("#CFD8DC"));
        assertThat(fillOf("A-5")).isEqualTo(Color.web("#FFD600"));
    }

    @Test
    void aThemeStylesheetRecoloursTheStates(FxRobot robot) {
        String theme = ".seat-map { -seat-selected-color: #00ff00; -seat-sold-color: #ff00ff; }";
        robot.interact(() -> {
            scene.getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(theme.getBytes(StandardCharsets.UTF_8)));
            map.updateStatuses(Map.of("B-3", SeatStatus.SOLD));
            map.select("B-4");
        });

        assertThat(fillOf("B-3")).isEqualTo(Color.web("#ff00ff"));
        assertThat(fillOf("B-4")).isEqualTo(Color.web("#00ff00"));
        assertThat(fillOf("B-5")).isEqualTo(Color.web("#C62828"));
    }

    @Test
    void theFocusRingShowsForTheKeyboardButNotForTaps(FxRobot robot) {
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        seats.tap("E-5");
        assertThat(ringAround("E-5")).isFalse();

        robot.type(KeyCode.RIGHT);
        assertThat(map.getFocusedSeatId()).isEqualTo("E-6");
        assertThat(ringAround("E-6")).isTrue();
        assertThat(ringAround("E-5")).isFalse();
    }

    /** The colour inside the seat, away from the marks drawn on its middle and the badge in its corner. */
    private Color fillOf(String seatId) {
        return onFx(() -> {
            Point2D centre = map.seatCenterInLocal(seatId).orElseThrow();
            double size = map.getSeatSize() * map.getScale();
            Image image = map.snapshot(null, null);
            Color colour = image.getPixelReader().getColor((int) (centre.getX() - size * 0.38),
                    (int) (centre.getY() - size * 0.15));
            return Color.color(round(colour.getRed()), round(colour.getGreen()), round(colour.getBlue()));
        });
    }

    /** Whether the gaps to the seat's left and right neighbours both have the focus colour in them. */
    private boolean ringAround(String seatId) {
        return onFx(() -> {
            Point2D centre = map.seatCenterInLocal(seatId).orElseThrow();
            double size = map.getSeatSize() * map.getScale();
            Image image = map.snapshot(null, null);
            return darkBetween(image, centre.getX() + size * 0.5, centre.getX() + size * 0.75, centre.getY())
                    && darkBetween(image, centre.getX() - size * 0.75, centre.getX() - size * 0.5, centre.getY());
        });
    }

    private static boolean darkBetween(Image image, double fromX, double toX, double y) {
        return IntStream.rangeClosed((int) fromX + 1, (int) toX)
                .mapToObj(x -> image.getPixelReader().getColor(x, (int) y))
                .anyMatch(colour -> colour.getBrightness() < 0.2); // the default ring is black
    }

    private static double round(double channel) {
        return Math.round(channel * 255) / 255.0;
    }
}
