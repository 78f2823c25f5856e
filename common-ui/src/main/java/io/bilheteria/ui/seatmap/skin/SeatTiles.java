package io.bilheteria.ui.seatmap.skin;

import io.bilheteria.ui.seatmap.SeatMapView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The seats of a {@link SeatMapView}, drawn once per scale into square canvases (tiles) on a pixel grid fixed to
 * the map, so that a pan moves the tiles instead of drawing every seat again: a pan frame then costs the tiles that
 * come into view, nothing at all while the whole map is on screen. A change of status or selection redraws only the
 * pixels around the seats concerned; a new scale, a sub-pixel shift or new colours draw the tiles afresh.
 *
 * <p>Tile (i, j) covers the pixels [i * SIZE, (i + 1) * SIZE) x [j * SIZE, (j + 1) * SIZE) of the map drawn at the
 * current scale, a map point (x, y) landing on pixel (phaseX + x * scale, phaseY + y * scale); the layer holding
 * the tiles sits at a whole-pixel offset in the view, so the tiles show exactly what drawing the view in one piece
 * would.
 */
final class SeatTiles {
    /** Puts the seats whose centre lies in {@code mapArea} (map units) into the painter, at canvas pixel origin + x * scale. */
    @FunctionalInterface
    interface Seats {
        void add(SeatPainter painter, Rectangle2D mapArea, double originX, double originY, double scale);
    }

    /** Tile side (px): a 1920x1080 view is 8 x 5 of them. */
    static final int SIZE = 256;
    /** Tiles just outside the view drawn ahead of a pan, per layout pass in which no tile had to be drawn for the view. */
    private static final int PREFETCH_PER_PASS = 2;
    /** More seats to redraw than this before the next pass: drawing every tile afresh is cheaper. */
    private static final int MAX_SEAT_REPAINTS = 400;
    /** Canvases of dropped tiles kept for new ones. */
    private static final int SPARE_CANVASES = 16;
    /** Two map positions whose difference is this close to whole pixels (px) are drawn alike. */
    private static final double SUB_PIXEL_TOLERANCE = 1e-6;

    private final Group layer = new Group();
    private final Map<Long, Tile> tiles = new HashMap<>();
    private final Deque<Canvas> spare = new ArrayDeque<>();
    private final SeatPainter painter = new SeatPainter();
    private final SeatMapView colours;
    private final Seats seats;

    /** False until the first {@link #show} and after {@link #invalidate}: every tile is to be drawn afresh. */
    private boolean valid;
    private double scale;
    private double seatSizePx;
    private double reach;
    /** The map origin's position in the view (px) when the tiles were started, and its fraction of a pixel. */
    private double anchorX;
    private double anchorY;
    private double phaseX;
    private double phaseY;
    /** Map positions (x, y pairs) of seats to redraw in the tiles that have them. */
    private double[] repaints = new double[64];
    private int repaintCount;

    SeatTiles(SeatMapView colours, Seats seats) {
        this.colours = colours;
        this.seats = seats;
        layer.setManaged(false);
        layer.setAutoSizeChildren(false);
    }

    /** The node holding the tiles; its position is set by {@link #show}. */
    Node node() {
        return layer;
    }

    /** Everything is to be drawn afresh: the seats moved, or their colours changed. */
    void invalidate() {
        valid = false;
    }

    /** The seat at (x, y) map units looks different now: redraw its surroundings in the tiles drawn already. */
    void repaint(double x, double y) {
        if (!valid) {
            return;
        }
        if (repaintCount == MAX_SEAT_REPAINTS) {
            valid = false;
            return;
        }
        if (2 * repaintCount + 2 > repaints.length) {
            repaints = Arrays.copyOf(repaints, repaints.length * 2);
        }
        repaints[2 * repaintCount] = x;
        repaints[2 * repaintCount + 1] = y;
        repaintCount++;
    }

    /** Drops every tile: there is nothing to show. */
    void clear() {
        reset(0, 0, 0, 0);
        valid = false;
    }

    /**
     * Shows the seats with the map origin at (originX, originY) in the view, {@code scale} px per map unit: moves
     * the tiles, applies pending repaints, draws the tiles coming into the view and, if none had to be, a few just
     * outside it, ahead of a pan.
     *
     * @return whether tiles just outside the view are still to be drawn (call again when the thread is idle)
     */
    boolean show(double originX, double originY, double scale, double seatSizePx, double viewWidth, double viewHeight) {
        if (!valid || scale != this.scale || seatSizePx != this.seatSizePx
                || !wholePixels(originX - anchorX) || !wholePixels(originY - anchorY)) {
            reset(originX, originY, scale, seatSizePx);
        }
        long layerX = (long) Math.floor(anchorX) + Math.round(originX - anchorX);
        long layerY = (long) Math.floor(anchorY) + Math.round(originY - anchorY);
        layer.setLayoutX(layerX);
        layer.setLayoutY(layerY);
        applyRepaints();

        // the tiles under view pixels [0, width) x [0, height)
        int i0 = (int) Math.floorDiv(-layerX, SIZE);
        int i1 = (int) Math.floorDiv((long) Math.ceil(viewWidth) - 1 - layerX, SIZE);
        int j0 = (int) Math.floorDiv(-layerY, SIZE);
        int j1 = (int) Math.floorDiv((long) Math.ceil(viewHeight) - 1 - layerY, SIZE);
        boolean drewForView = false;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                if (!tiles.containsKey(key(i, j))) {
                    drewForView |= draw(i, j);
                }
            }
        }
        int budget = drewForView ? 0 : PREFETCH_PER_PASS;
        boolean morePending = false;
        for (int j = j0 - 1; j <= j1 + 1; j++) {
            for (int i = i0 - 1; i <= i1 + 1; i++) {
                if (!tiles.containsKey(key(i, j))) {
                    if (budget > 0) {
                        budget -= draw(i, j) ? 1 : 0;
                    } else {
                        morePending = true;
                    }
                }
            }
        }
        dropFarTiles(i0 - 1, i1 + 1, j0 - 1, j1 + 1);
        return morePending;
    }

    private static boolean wholePixels(double shift) {
        return Math.abs(shift - Math.rint(shift)) < SUB_PIXEL_TOLERANCE;
    }

    private void reset(double originX, double originY, double scale, double seatSizePx) {
        for (Tile tile : tiles.values()) {
            release(tile);
        }
        tiles.clear();
        repaintCount = 0;
        valid = true;
        this.scale = scale;
        this.seatSizePx = seatSizePx;
        reach = SeatPainter.reach(seatSizePx);
        anchorX = originX;
        anchorY = originY;
        phaseX = originX - Math.floor(originX);
        phaseY = originY - Math.floor(originY);
    }

    /** Draws tile (i, j); false when no seat reaches it (it is remembered as empty, with no canvas). */
    private boolean draw(int i, int j) {
        double left = (double) i * SIZE;
        double top = (double) j * SIZE;
        painter.begin(seatSizePx);
        seats.add(painter, mapArea(left - reach, top - reach, left + SIZE + reach, top + SIZE + reach),
                phaseX - left, phaseY - top, scale);
        if (painter.isEmpty()) {
            tiles.put(key(i, j), new Tile(i, j, null));
            return false;
        }
        Canvas canvas = spare.isEmpty() ? new Canvas(SIZE, SIZE) : spare.pop();
        canvas.relocate(left, top);
        layer.getChildren().add(canvas);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, SIZE, SIZE);
        painter.paint(gc, colours);
        tiles.put(key(i, j), new Tile(i, j, canvas));
        return true;
    }

    /**
     * Redraws the pixels each changed seat may cover: cleared and clipped to a whole-pixel square, then every seat
     * reaching into it drawn again in the usual order, so the pixels come out as a full drawing would make them.
     */
    private void applyRepaints() {
        for (int k = 0; k < repaintCount; k++) {
            double u = phaseX + repaints[2 * k] * scale;
            double v = phaseY + repaints[2 * k + 1] * scale;
            double u0 = Math.floor(u - reach);
            double v0 = Math.floor(v - reach);
            double u1 = Math.ceil(u + reach);
            double v1 = Math.ceil(v + reach);
            Rectangle2D around = mapArea(u0 - reach, v0 - reach, u1 + reach, v1 + reach);
            for (int j = Math.floorDiv((int) v0, SIZE); j <= Math.floorDiv((int) v1 - 1, SIZE); j++) {
                for (int i = Math.floorDiv((int) u0, SIZE); i <= Math.floorDiv((int) u1 - 1, SIZE); i++) {
                    Tile tile = tiles.get(key(i, j));
                    if (tile != null && tile.canvas != null) {
                        double left = (double) i * SIZE;
                        double top = (double) j * SIZE;
                        double x0 = Math.max(u0 - left, 0);
                        double y0 = Math.max(v0 - top, 0);
                        double x1 = Math.min(u1 - left, SIZE);
                        double y1 = Math.min(v1 - top, SIZE);
                        GraphicsContext gc = tile.canvas.getGraphicsContext2D();
                        gc.save();
                        gc.beginPath();
                        gc.rect(x0, y0, x1 - x0, y1 - y0);
                        gc.clip();
                        gc.clearRect(x0, y0, x1 - x0, y1 - y0);
                        painter.begin(seatSizePx);
                        seats.add(painter, around, phaseX - left, phaseY - top, scale);
                        painter.paint(gc, colours);
                        gc.restore();
                    }
                }
            }
        }
        repaintCount = 0;
    }

    /** The map area (map units) under tile pixels u0..u1, v0..v1. */
    private Rectangle2D mapArea(double u0, double v0, double u1, double v1) {
        return new Rectangle2D((u0 - phaseX) / scale, (v0 - phaseY) / scale, (u1 - u0) / scale, (v1 - v0) / scale);
    }

    /**
     * Keeps every tile in the view and the ring around it; tiles further out stay while there are no more canvases
     * than the ring holds, and then go farthest first. Panning back and forth (or around the whole map at fit)
     * does not draw tiles again, and memory stays bounded by the ring: about 88 tiles (22 MiB) for 1920x1080.
     */
    private void dropFarTiles(int i0, int i1, int j0, int j1) {
        int limit = (i1 - i0 + 1) * (j1 - j0 + 1);
        int canvases = 0;
        List<Tile> outside = new ArrayList<>();
        for (Iterator<Tile> it = tiles.values().iterator(); it.hasNext(); ) {
            Tile tile = it.next();
            boolean inRing = tile.i >= i0 && tile.i <= i1 && tile.j >= j0 && tile.j <= j1;
            if (tile.canvas == null) {
                if (!inRing) {
                    it.remove(); // nothing to keep, and cheap to find empty again
                }
            } else {
                canvases++;
                if (!inRing) {
                    outside.add(tile);
                }
            }
        }
        if (canvases <= limit) {
            return;
        }
        outside.sort(Comparator.comparingInt((Tile tile) -> tile.distanceTo(i0, i1, j0, j1)).reversed());
        for (Tile tile : outside.subList(0, Math.min(canvases - limit, outside.size()))) {
            tiles.remove(key(tile.i, tile.j));
            release(tile);
        }
    }

    private void release(Tile tile) {
        if (tile.canvas != null) {
            layer.getChildren().remove(tile.canvas);
            if (spare.size() < SPARE_CANVASES) {
                spare.push(tile.canvas);
            }
        }
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xffffffffL);
    }

    /** A drawn tile; {@code canvas} is null when no seat reaches it. */
    private record Tile(int i, int j, Canvas canvas) {
        /** How many tiles away from the block i0..i1, j0..j1. */
        int distanceTo(int i0, int i1, int j0, int j1) {
            int di = i < i0 ? i0 - i : Math.max(i - i1, 0);
            int dj = j < j0 ? j0 - j : Math.max(j - j1, 0);
            return Math.max(di, dj);
        }
    }
}
