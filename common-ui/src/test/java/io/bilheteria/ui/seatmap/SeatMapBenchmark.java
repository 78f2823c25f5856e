package io.bilheteria.ui.seatmap;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/**
 * The seat map on the demo stadium with 60 and with 100 rows per stand (60,480 and 100,800 seats) in a 1920x1080
 * scene: time to the first frame, time per pan frame at fit and zoomed to touch size, and the heap the map takes.
 * A frame is what the screen needs: the change, the layout pass in which the skin issues its draw calls, and the
 * canvases rasterised (a snapshot, which also reads the pixels back; its cost alone is measured as a baseline).
 * Not a test: the numbers depend on the machine and the renderer (here Monocle headless, software pipeline).
 *
 * <pre>
 * ./mvnw -B -Pbench -pl common-ui -am -DskipTests verify
 * </pre>
 */
public final class SeatMapBenchmark {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int[] ROWS_PER_STAND = {60, 100};
    private static final int FRESH_CONTROLS = 7;
    private static final int FRAMES = 100;
    private static final int WARM_UP_FRAMES = 20;
    /** A drag's step between two frames (px): a finger moving at a brisk 2,000 px/s on a 60 Hz screen. */
    private static final double PAN_STEP = 32;
    /** Pan steps before the drag turns a corner: it walks a square, so the view stays over the map. */
    private static final int STEPS_PER_SIDE = 12;
    /** The on-screen seat size (px) a tap on the whole-stadium view zooms to (the skin's COMFORTABLE_SEAT). */
    private static final double TOUCH_SEAT_PX = 28;
    private static final double FIRST_FRAME_TARGET_MS = 300;
    private static final double PAN_FRAME_TARGET_MS = 16;

    private final WritableImage frame = new WritableImage(WIDTH, HEIGHT);

    private SeatMapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        CompletableFuture<List<Result>> results = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                results.complete(new SeatMapBenchmark().run());
            } catch (RuntimeException | Error e) {
                results.completeExceptionally(e);
            }
        });
        try {
            print(results.get(), loadBefore);
        } finally {
            Platform.exit();
        }
    }

    /**
     * Everything runs in one go on the FX thread, in scenes without a window: no pulse renders anything between or
     * during the timed steps, the only rasterising is the snapshot's.
     */
    private List<Result> run() {
        long emptyControlBytes = heapOfEmptyControl();
        List<Result> results = new ArrayList<>();
        for (int rows : ROWS_PER_STAND) {
            Result result = measure(rows);
            result.emptyControlBytes = emptyControlBytes;
            results.add(result);
        }
        return results;
    }

    /**
     * The control before any map: the skin, with no seat tiles yet (their textures count with the map).
     * Measured once, before any canvas existed: Prism pools the textures of dropped canvases, so a later control
     * may get one that was already counted.
     */
    private long heapOfEmptyControl() {
        long before = usedHeapAfterGc();
        SeatMapView map = showFresh();
        render(map);
        long after = usedHeapAfterGc();
        Reference.reachabilityFence(map);
        return after - before;
    }

    private Result measure(int rowsPerStand) {
        Result result = new Result();
        long before = usedHeapAfterGc();
        SeatMap stadium = withSales(Venues.stadium("final-" + rowsPerStand, rowsPerStand));
        result.seats = stadium.seats().size();
        result.recordsBytes = usedHeapAfterGc() - before;

        // first, so that the first control of the first venue meets code the JIT has not compiled yet
        double[] firstFrames = new double[FRESH_CONTROLS];
        for (int i = 0; i < FRESH_CONTROLS; i++) {
            SeatMapView map = showFresh();
            usedHeapAfterGc(); // the previous control's garbage is not collected inside the timing
            long start = System.nanoTime();
            map.setSeatMap(stadium);
            render(map);
            firstFrames[i] = millisSince(start);
        }
        result.coldFirstFrame = firstFrames[0];
        result.firstFrame = percentile(firstFrames, 50);

        SeatMapView map = showFresh();
        render(map);
        long withEmptyControl = usedHeapAfterGc();
        map.setSeatMap(stadium);
        render(map);
        result.mapInControlBytes = usedHeapAfterGc() - withEmptyControl;

        result.fitSeatPx = map.getSeatSize() * map.getScale();
        result.fitInView = seatsInView(map);
        result.fitPan = panFrames(map);
        result.fitSnapshot = snapshotsAlone(map);
        result.fitLiveUpdate = liveUpdateFrames(map);

        map.fitToView();
        Point2D northStand = map.mapToLocal(0, -66); // a tap on the north stand's middle rows, as a customer does
        map.zoomAt(TOUCH_SEAT_PX / (map.getSeatSize() * map.getScale()), northStand.getX(), northStand.getY());
        render(map);
        result.touchSeatPx = map.getSeatSize() * map.getScale();
        result.touchInView = seatsInView(map);
        result.touchPan = panFrames(map);
        result.touchSnapshot = snapshotsAlone(map);
        // zoomed in, the tiles around the view are drawn too: the most tiles the control keeps
        result.zoomedMapInControlBytes = usedHeapAfterGc() - withEmptyControl;
        return result;
    }

    /**
     * A new, empty control alone in a new scene, styled and laid out: what a screen shows before the map arrives.
     * A new scene each time, because a scene holds on to removed nodes until a pulse that never comes here.
     */
    private static SeatMapView showFresh() {
        SeatMapView map = new SeatMapView();
        Scene scene = new Scene(new StackPane(map), WIDTH, HEIGHT);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (map.getWidth() != WIDTH || map.getHeight() != HEIGHT) {
            throw new IllegalStateException("the map is " + map.getWidth() + "x" + map.getHeight());
        }
        return map;
    }

    /** One frame: the layout pass (the skin draws if anything changed) and the canvases rasterised into an image. */
    private void render(SeatMapView map) {
        layOut(map);
        rasterise(map);
    }

    /** The skin's canvas commands are issued here: drawing only records them. */
    private static void layOut(SeatMapView map) {
        map.getScene().getRoot().layout();
    }

    /** The recorded commands are rendered into the canvases, and those into the image, on the render thread. */
    private void rasterise(SeatMapView map) {
        map.snapshot(null, frame);
    }

    /** A drag of {@link #PAN_STEP} px per frame. Fails if a step did not move the view (nothing would be redrawn). */
    private Stats panFrames(SeatMapView map) {
        int[] step = new int[1];
        return frames(map, m -> {
            double[][] sides = {{PAN_STEP, 0}, {0, PAN_STEP}, {-PAN_STEP, 0}, {0, -PAN_STEP}};
            double[] side = sides[step[0]++ / STEPS_PER_SIDE % sides.length];
            Point2D centre = m.viewCenterProperty().get();
            m.panBy(side[0], side[1]);
            if (m.viewCenterProperty().get().equals(centre)) {
                throw new IllegalStateException("the pan was clamped: the frame would not be redrawn");
            }
            return null;
        });
    }

    /** The rasterising and read-back cost that every frame here carries, with nothing to redraw. */
    private Stats snapshotsAlone(SeatMapView map) {
        return frames(map, m -> null);
    }

    /** A live update of 20 seats (a burst of sales arriving from the server) and the frame that shows it. */
    private Stats liveUpdateFrames(SeatMapView map) {
        List<Seat> seats = map.getSeatMap().seats();
        Random random = new Random(7);
        return frames(map, m -> {
            Map<String, SeatStatus> update = new HashMap<>();
            while (update.size() < 20) {
                Seat seat = seats.get(random.nextInt(seats.size()));
                update.put(seat.id(), m.findSeat(seat.id()).orElseThrow().status() == SeatStatus.AVAILABLE
                        ? SeatStatus.SOLD : SeatStatus.AVAILABLE);
            }
            return m.updateStatuses(update);
        });
    }

    private Stats frames(SeatMapView map, Function<SeatMapView, Object> change) {
        double[] times = new double[FRAMES];
        double[] drawCalls = new double[FRAMES];
        for (int i = -WARM_UP_FRAMES; i < FRAMES; i++) {
            long start = System.nanoTime();
            change.apply(map);
            layOut(map);
            long laidOut = System.nanoTime();
            rasterise(map);
            if (i >= 0) {
                times[i] = millisSince(start);
                drawCalls[i] = (laidOut - start) / 1e6;
            }
        }
        return new Stats(percentile(times, 50), percentile(times, 95), Arrays.stream(times).min().orElseThrow(),
                percentile(drawCalls, 50));
    }

    private static int seatsInView(SeatMapView map) {
        Point2D topLeft = map.localToMap(0, 0);
        Point2D bottomRight = map.localToMap(map.getWidth(), map.getHeight());
        int[] count = new int[1];
        map.forEachSeatIn(new Rectangle2D(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                bottomRight.getY() - topLeft.getY()), seat -> count[0]++);
        return count[0];
    }

    /** A sale in progress: about 30% of the seats sold and 5% held, spread at random. */
    private static SeatMap withSales(SeatMap map) {
        Random random = new Random(42);
        List<Seat> seats = new ArrayList<>(map.seats().size());
        for (Seat s : map.seats()) {
            double draw = random.nextDouble();
            SeatStatus status = draw < 0.30 ? SeatStatus.SOLD : draw < 0.35 ? SeatStatus.HELD : SeatStatus.AVAILABLE;
            seats.add(new Seat(s.id(), s.sectionId(), s.row(), s.number(), s.x(), s.y(), s.accessible(), status));
        }
        return new SeatMap(map.sessionId(), map.sections(), seats);
    }

    /** Used heap once full collections stop freeing anything worth mentioning (under 64 KiB a round). */
    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (used - now < 64 * 1024) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void print(List<Result> results, double loadBefore) {
        System.out.printf("%nSeat map, %dx%d scene, %d cores, Java %s, prism.order=%s, glass.platform=%s, -Xmx %d MiB,"
                        + " load average %.1f before and %.1f after%n%n",
                WIDTH, HEIGHT, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("prism.order"), System.getProperty("glass.platform"),
                Runtime.getRuntime().maxMemory() >> 20, loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        StringBuilder header = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Result r : results) {
            header.append(String.format(" %,d seats |", r.seats));
            rule.append("---|");
        }
        System.out.println(header.append(" target |"));
        System.out.println(rule.append("---|"));
        row(results, "time to first frame, median of " + FRESH_CONTROLS + " fresh controls",
                r -> ms(r.firstFrame) + met(r.firstFrame, FIRST_FRAME_TARGET_MS), target(FIRST_FRAME_TARGET_MS));
        row(results, "time to first frame, first control (cold JIT for the first column)",
                r -> ms(r.coldFirstFrame), "");
        row(results, "seats in view at fit / seat size on screen",
                r -> String.format("%,d / %.1f px", r.fitInView, r.fitSeatPx), "");
        row(results, "pan frame at fit, median / p95, fastest",
                r -> stats(r.fitPan) + met(r.fitPan), target(PAN_FRAME_TARGET_MS));
        row(results, "pan frame: of which pan + layout pass (the skin's draw calls), median",
                r -> ms(r.fitPan.drawCallsMedian), "");
        row(results, "snapshot alone at fit (in every frame), median / p95, fastest", r -> stats(r.fitSnapshot), "");
        row(results, "live update of 20 seats + frame at fit, median / p95, fastest", r -> stats(r.fitLiveUpdate), "");
        row(results, "seats in view zoomed to touch size / seat size on screen",
                r -> String.format("%,d / %.1f px", r.touchInView, r.touchSeatPx), "");
        row(results, "pan frame zoomed to touch size, median / p95, fastest",
                r -> stats(r.touchPan) + met(r.touchPan), target(PAN_FRAME_TARGET_MS));
        row(results, "pan frame: of which pan + layout pass (the skin's draw calls), median",
                r -> ms(r.touchPan.drawCallsMedian), "");
        row(results, "snapshot alone zoomed (in every frame), median / p95, fastest", r -> stats(r.touchSnapshot), "");
        row(results, "heap: seat map records (SeatMap, Seat, strings)", r -> mib(r.recordsBytes), "");
        row(results, "heap: the control before any map (skin, no seat tiles)", r -> mib(r.emptyControlBytes), "");
        row(results, "heap: the map in the control (indexes, grid, draw buffers, seat tiles)", r -> mib(r.mapInControlBytes), "");
        row(results, "heap: the map in the control after the zoomed pans (more tiles: the view and a ring around it)",
                r -> mib(r.zoomedMapInControlBytes), "");
        row(results, "heap: total (at fit)",
                r -> mib(r.recordsBytes + r.emptyControlBytes + r.mapInControlBytes), "");
        System.out.println();
        System.out.println("Frames: median and p95 of " + FRAMES + " after " + WARM_UP_FRAMES + " warm-up frames; pan steps"
                + " of " + (int) PAN_STEP + " px.");
    }

    private static void row(List<Result> results, String what, Function<Result, String> cell, String target) {
        StringBuilder line = new StringBuilder("| ").append(what).append(" |");
        results.forEach(r -> line.append(' ').append(cell.apply(r)).append(" |"));
        System.out.println(line.append(' ').append(target).append(" |"));
    }

    private static String ms(double millis) {
        return String.format("%.1f ms", millis);
    }

    private static String stats(Stats s) {
        return String.format("%.1f / %.1f ms, fastest %.1f", s.median, s.p95, s.fastest);
    }

    private static String met(double value, double target) {
        return value < target ? " (met)" : " (missed)";
    }

    private static String met(Stats frames) {
        if (frames.p95 < PAN_FRAME_TARGET_MS) {
            return " (met)";
        }
        return frames.median < PAN_FRAME_TARGET_MS ? " (median met, p95 missed)" : " (missed)";
    }

    private static String target(double millis) {
        return String.format("< %.0f ms", millis);
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }

    /**
     * Frame times (ms). The fastest frame is the least disturbed by other work on the machine. {@code
     * drawCallsMedian}: the change and layout pass alone, before rasterising.
     */
    private record Stats(double median, double p95, double fastest, double drawCallsMedian) {
    }

    /** One venue size's numbers. */
    private static final class Result {
        int seats;
        double firstFrame;
        double coldFirstFrame;
        double fitSeatPx;
        int fitInView;
        Stats fitPan;
        Stats fitSnapshot;
        Stats fitLiveUpdate;
        double touchSeatPx;
        int touchInView;
        Stats touchPan;
        Stats touchSnapshot;
        long recordsBytes;
        long emptyControlBytes;
        long mapInControlBytes;
        long zoomedMapInControlBytes;
    }
}
