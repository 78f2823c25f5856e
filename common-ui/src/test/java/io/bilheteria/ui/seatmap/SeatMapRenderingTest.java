package io.bilheteria.ui.seatmap;

import static io.bilheteria.ui.seatmap.SeatMapHandle.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.ui.seatmap.skin.SeatMapViewSkin;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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

    @Test
    void aPannedAndUpdatedMapLooksExactlyLikeOneDrawnAfreshThere(FxRobot robot) {
        // big seats that straddle the drawn tiles, pans that bring new ones into view, changes after a pan
        robot.interact(() -> {
            map.updateStatuses(Map.of("A-3", SeatStatus.SOLD, "H-7", SeatStatus.HELD));
            map.select("C-5");
            map.zoomAt(10, 400, 300);
        });
        robot.interact(() -> map.panBy(300, 0));
        robot.interact(() -> map.panBy(-170, 130));
        robot.interact(() -> {
            map.updateStatuses(Map.of("C-6", SeatStatus.SOLD, "A-3", SeatStatus.AVAILABLE, "H-1", SeatStatus.HELD));
            map.select("D-7");
            map.select("H-20");
            map.deselect("C-5");
        });
        SeatMapHandle seats = new SeatMapHandle(robot, map);
        Point2D grab = seats.screenPointOfMap(11, 5);
        robot.drag(grab, MouseButton.PRIMARY).dropTo(grab.add(-250, -90));
        robot.interact(() -> map.revealSeat("D-7")); // as the arrow keys do: D-7 was just off the left edge
        assertThat(fillOf("D-7")).isEqualTo(Color.web("#FFD600"));

        assertLooksDrawnAfresh(robot);
    }

    @Test
    void aPannedAndUpdatedStadiumLooksExactlyLikeOneDrawnAfreshThere(FxRobot robot) {
        // seats of a pixel or two, whose anti-aliased edges share pixels, at fit and then a little zoomed in
        SeatMap stadium = Venues.stadium("final", 30);
        robot.interact(() -> {
            map.setSeatMap(stadium);
            map.select("N-1-100");
        });
        robot.interact(() -> {
            map.panBy(-150, 40);
            map.updateStatuses(Map.of("N-1-101", SeatStatus.SOLD, "S-5-5", SeatStatus.HELD, "E-1-42", SeatStatus.SOLD));
            map.select("N-1-102"); // drawn bigger than a seat: over its neighbours
        });
        assertLooksDrawnAfresh(robot);

        robot.interact(() -> {
            map.zoomAt(2.5, 400, 100);
            map.panBy(0, -300);
        });
        robot.interact(() -> {
            map.updateStatuses(Map.of("N-1-103", SeatStatus.SOLD, "N-2-100", SeatStatus.HELD));
            map.deselect("N-1-100");
            map.panBy(420, 7);
        });
        assertLooksDrawnAfresh(robot);
    }

    @Test
    void theFocusRingFollowsThePannedMap(FxRobot robot) {
        robot.interact(() -> map.zoomAt(10, 400, 300));
        new SeatMapHandle(robot, map).tap("E-8");
        robot.type(KeyCode.RIGHT);
        assertThat(ringAround("E-9")).isTrue();

        robot.interact(() -> map.panBy(-100, 50));
        assertThat(ringAround("E-9")).isTrue();
        assertThat(ringAround("E-8")).isFalse();
    }

    /** Every pixel of the control as it is, and as a new skin (which draws everything at once) draws it. */
    private void assertLooksDrawnAfresh(FxRobot robot) {
        int[] shown = pixels();
        robot.interact(() -> map.setSkin(new SeatMapViewSkin(map)));
        int[] fresh = pixels();
        int width = (int) map.getWidth();
        List<Integer> differing = IntStream.range(0, shown.length).filter(i -> shown[i] != fresh[i]).boxed().toList();
        assertThat(differing.size())
                .as(() -> String.format("%d pixels differ from a fresh drawing, in x %d..%d, y %d..%d; first: %s",
                        differing.size(),
                        differing.stream().mapToInt(i -> i % width).min().orElse(0),
                        differing.stream().mapToInt(i -> i % width).max().orElse(0),
                        differing.get(0) / width, differing.get(differing.size() - 1) / width,
                        differing.stream().limit(8).map(i -> String.format("(%d, %d) %08x, afresh %08x",
                                i % width, i / width, shown[i], fresh[i])).toList()))
                .isZero();
    }

    private int[] pixels() {
        return onFx(() -> {
            Image image = map.snapshot(null, null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return argb;
        });
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
