package io.bilheteria.ui.seatmap;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Times the seat map on the 60,480-seat stadium in a 1920x1080 window: loading, a full redraw, hit tests, arrow
 * moves and a live update. Not a test: run it by hand and read the numbers (they depend on the machine and the
 * renderer; headless runs use Monocle's software pipeline).
 *
 * <pre>
 * ./mvnw -q -o -pl common-ui test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.bilheteria.ui.seatmap.SeatMapBenchmark [-Dexec.args=/tmp/seatmap-shots]
 * </pre>
 * With a directory argument it also saves PNG snapshots of the theatre and the stadium to look at.
 */
public final class SeatMapBenchmark {
    private SeatMapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path shots = args.length > 0 ? Path.of(args[0]) : null;
        SeatMap stadium = Venues.stadium("final");
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                run(stadium, shots);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
        Platform.exit();
    }

    private static void run(SeatMap stadium, Path shots) {
        SeatMapView map = new SeatMapView();
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(map), 1920, 1080));
        stage.show();

        report("load 60,480 seats (index + spacing)", 10, () -> {
            map.setSeatMap(new SeatMap("session-" + System.nanoTime(), stadium.sections(), stadium.seats()));
            return null;
        });
        map.layout();
        List<Seat> seats = map.getSeatMap().seats();
        Random random = new Random(42);
        Map<String, SeatStatus> sales = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            sales.put(seats.get(random.nextInt(seats.size())).id(), i % 3 == 0 ? SeatStatus.HELD : SeatStatus.SOLD);
        }
        map.updateStatuses(sales);

        timeRedraw(map);
        Point2D northStand = map.mapToLocal(0, -66);
        map.zoomAt(28 / (map.getSeatSize() * map.getScale()), northStand.getX(), northStand.getY()); // as a tap does
        timeRedraw(map);
        map.fitToView();

        double[] hits = new double[1];
        report("hit test (seatAt) at fit, per call", 100_000, () -> {
            if (map.seatAt(random.nextDouble() * 1920, random.nextDouble() * 1080).isPresent()) {
                hits[0]++;
            }
            return null;
        });
        map.setFocusedSeatId(seats.get(1000).id());
        int[] step = new int[1];
        report("arrow move (moveFocus), per call", 20_000, () -> {
            SeatMapView.Direction[] walk = {SeatMapView.Direction.RIGHT, SeatMapView.Direction.DOWN,
                    SeatMapView.Direction.LEFT, SeatMapView.Direction.UP};
            map.moveFocus(walk[step[0]++ / 50 % 4]);
            return null;
        });
        report("live update of 20 seats", 200, () -> {
            Map<String, SeatStatus> update = new HashMap<>();
            for (int i = 0; i < 20; i++) {
                update.put(seats.get(random.nextInt(seats.size())).id(),
                        random.nextBoolean() ? SeatStatus.AVAILABLE : SeatStatus.SOLD);
            }
            map.updateStatuses(update);
            return null;
        });
        if (shots != null) {
            saveShots(map, stadium, shots);
        }
        stage.close();
    }

    /** A full redraw is the skin's layout pass after something changed; the canvas rasterises on snapshot. */
    private static void timeRedraw(SeatMapView map) {
        Point2D topLeft = map.localToMap(0, 0);
        Point2D bottomRight = map.localToMap(map.getWidth(), map.getHeight());
        int[] inView = new int[1];
        map.forEachSeatIn(new Rectangle2D(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                bottomRight.getY() - topLeft.getY()), seat -> inView[0]++);
        String what = String.format("%,d seats in view, %.1f px each", inView[0], map.getSeatSize() * map.getScale());
        String[] ids = {map.getSeatMap().seats().get(0).id(), map.getSeatMap().seats().get(1).id()};
        int[] flip = new int[1];
        report("redraw, " + what + ": draw calls", 30, () -> {
            map.setFocusedSeatId(ids[flip[0]++ % 2]); // any change makes the skin redraw on the next layout
            map.layout();
            return null;
        });
        report("redraw, " + what + ": draw calls + rasterise (snapshot)", 10, () -> {
            map.setFocusedSeatId(ids[flip[0]++ % 2]);
            map.layout();
            return map.snapshot(null, null);
        });
        report("snapshot alone, no redraw (subtract from the line above)", 10, () -> map.snapshot(null, null));
    }

    private static void report(String what, int times, Supplier<Object> action) {
        for (int i = 0; i < Math.max(3, times / 10); i++) {
            action.get(); // warm up
        }
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            action.get();
        }
        double perCall = (System.nanoTime() - start) / (double) times;
        if (perCall < 100_000) {
            System.out.printf("%-72s %9.2f us%n", what, perCall / 1e3);
        } else {
            System.out.printf("%-72s %9.2f ms%n", what, perCall / 1e6);
        }
    }

    private static void saveShots(SeatMapView map, SeatMap stadium, Path dir) {
        try {
            Files.createDirectories(dir);
            map.fitToView();
            map.layout();
            save(map.snapshot(null, null), dir.resolve("stadium-fit.png"));
            map.setSeatMap(stadium);
            Point2D corner = map.mapToLocal(0, -40);
            map.zoomAt(25, corner.getX(), corner.getY());
            map.updateStatuses(Map.of("N-1-126", SeatStatus.SOLD, "N-1-127", SeatStatus.HELD));
            map.select("N-2-126");
            map.layout();
            save(map.snapshot(null, null), dir.resolve("stadium-zoomed.png"));

            SeatMapView theatre = new SeatMapView(Venues.theatre("t"));
            theatre.updateStatuses(Map.of("A-3", SeatStatus.SOLD, "A-4", SeatStatus.SOLD, "B-5", SeatStatus.HELD));
            theatre.select("C-10");
            theatre.select("H-1");
            theatre.setFocusedSeatId("C-11");
            SeatMapLegend legend = new SeatMapLegend(theatre);
            Stage stage = new Stage();
            StackPane root = new StackPane(new javafx.scene.layout.HBox(16, theatre, legend));
            stage.setScene(new Scene(root, 1100, 500));
            stage.show();
            theatre.requestFocus();
            root.layout();
            theatre.layout();
            save(root.snapshot(null, null), dir.resolve("theatre.png"));
            stage.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(out, "png", file.toFile());
    }
}
