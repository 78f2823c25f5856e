package io.bilheteria.ui.seatmap.skin;

import io.bilheteria.ui.seatmap.SeatMapView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws seats on a canvas in batches: seats are collected first, then filled one colour at a time, and all the
 * marks of a kind go into one path stroked once, so a frame of 60,000 seats costs a few dozen state changes.
 * States differ by shape as well as colour (held: a bar, sold: a cross, selected: a check mark, accessible: a round
 * badge) once seats are big enough to show a shape; tiny seats are plain rectangles.
 * The map and the legend both draw with it, so the legend shows exactly what a seat looks like.
 */
final class SeatPainter {
    /** The symbol drawn on a seat. */
    enum Mark { NONE, HELD, SOLD, SELECTED }

    /** Below this size (px) seats are bare rectangles. */
    private static final double RECT_ONLY_BELOW = 3;
    /** From this size (px) corners are notched and the accessible badge shows. */
    private static final double DETAIL_FROM = 8;
    /** From this size (px) the outline shows. */
    private static final double OUTLINE_FROM = 6;
    /** From this size (px) state marks show. */
    private static final double MARKS_FROM = 10;
    /** Selected seats are never drawn smaller than this (px), so a customer finds them on the whole-venue view. */
    private static final double SELECTED_AT_LEAST = 6;
    /** Nor is the focus ring. */
    private static final double FOCUS_AT_LEAST = 8;

    /**
     * Fills are painted in a fixed order, colours by their components, whatever order the seats came in: where the
     * anti-aliased edges of two neighbours share a pixel, a part of the map drawn again then matches the whole.
     */
    private static final Comparator<Paint> FILL_ORDER = Comparator.comparing((Paint paint) -> !(paint instanceof Color))
            .thenComparingDouble(paint -> paint instanceof Color colour ? colour.getRed() : 0)
            .thenComparingDouble(paint -> paint instanceof Color colour ? colour.getGreen() : 0)
            .thenComparingDouble(paint -> paint instanceof Color colour ? colour.getBlue() : 0)
            .thenComparingDouble(paint -> paint instanceof Color colour ? colour.getOpacity() : 0);

    /** By identity: seats share a few paint instances, and identity is cheaper than Color.hashCode 60,000 times. */
    private final Map<Paint, Points> fills = new IdentityHashMap<>();
    private final List<Paint> fillOrder = new ArrayList<>();
    private final Points selected = new Points();
    private final Points held = new Points();
    private final Points sold = new Points();
    private final Points accessible = new Points();
    private final List<Points> spare = new ArrayList<>();
    private double seatSize;
    private int seatCount;

    /** Every colour the painter takes from the map's stylesheet: a change to any of them calls for a repaint. */
    static List<ObservableValue<Color>> colourProperties(SeatMapView map) {
        return List.of(map.availableColorProperty(), map.heldColorProperty(), map.heldMarkColorProperty(),
                map.soldColorProperty(), map.soldMarkColorProperty(), map.selectedColorProperty(),
                map.selectedMarkColorProperty(), map.accessibleColorProperty(), map.accessibleMarkColorProperty(),
                map.outlineColorProperty(), map.focusColorProperty());
    }

    /** Starts a frame in which every seat is {@code seatSizePx} pixels wide. */
    void begin(double seatSizePx) {
        seatSize = seatSizePx;
        fills.values().forEach(points -> {
            points.clear();
            spare.add(points);
        });
        fills.clear();
        fillOrder.clear();
        selected.clear();
        held.clear();
        sold.clear();
        accessible.clear();
        seatCount = 0;
    }

    /** Whether no seat was added since {@link #begin}. */
    boolean isEmpty() {
        return seatCount == 0;
    }

    /**
     * How far from a seat's centre (px) anything drawn for it may reach, anti-aliasing included, when seats are
     * {@code seatSizePx} wide: the badge reaches the seat's edge, a selected seat is at least 6 px, the outline
     * straddles the edge. The focus ring is not a seat's: see {@link #focusReach}.
     */
    static double reach(double seatSizePx) {
        return Math.max(seatSizePx, SELECTED_AT_LEAST) / 2 + Math.max(1, seatSizePx * 0.06) + 1;
    }

    /** A seat centred on (x, y) pixels. A SELECTED seat is filled with the selected colour whatever {@code fill}. */
    void add(double x, double y, Paint fill, Mark mark, boolean isAccessible) {
        seatCount++;
        switch (mark) {
            case SELECTED -> selected.add(x, y);
            case HELD -> held.add(x, y);
            case SOLD -> sold.add(x, y);
            case NONE -> { }
        }
        if (mark != Mark.SELECTED) {
            Points points = fills.get(fill);
            if (points == null) {
                points = spare.isEmpty() ? new Points() : spare.remove(spare.size() - 1);
                fills.put(fill, points);
                fillOrder.add(fill);
            }
            points.add(x, y);
        }
        if (isAccessible) {
            accessible.add(x, y);
        }
    }

    /** Draws everything added since {@link #begin}, in the colours the map's stylesheet gives. */
    void paint(GraphicsContext gc, SeatMapView colours) {
        double selectedSize = Math.max(seatSize, SELECTED_AT_LEAST);
        fillOrder.sort(FILL_ORDER);
        for (Paint fill : fillOrder) {
            gc.setFill(fill);
            fillSeats(gc, fills.get(fill), seatSize);
        }
        gc.setFill(colours.getSelectedColor());
        fillSeats(gc, selected, selectedSize);

        if (seatSize >= OUTLINE_FROM && colours.getOutlineColor().getOpacity() > 0) {
            gc.beginPath();
            fillOrder.forEach(fill -> addOutlines(gc, fills.get(fill), seatSize));
            addOutlines(gc, selected, selectedSize);
            stroke(gc, colours.getOutlineColor(), Math.max(1, seatSize * 0.06));
        }
        if (seatSize >= MARKS_FROM) {
            double lineWidth = Math.max(1.5, seatSize * 0.12);
            strokeMarks(gc, held, Mark.HELD, colours.getHeldMarkColor(), lineWidth);
            strokeMarks(gc, sold, Mark.SOLD, colours.getSoldMarkColor(), lineWidth);
            strokeMarks(gc, selected, Mark.SELECTED, colours.getSelectedMarkColor(), lineWidth);
        }
        if (seatSize >= DETAIL_FROM) {
            paintAccessibleBadges(gc, colours);
        }
    }

    private void fillSeats(GraphicsContext gc, Points points, double size) {
        double half = size / 2;
        if (size < RECT_ONLY_BELOW) {
            double side = Math.max(size, 1); // a seat never vanishes from the overview
            for (int i = 0; i < points.size; i++) {
                gc.fillRect(points.x(i) - side / 2, points.y(i) - side / 2, side, side);
            }
        } else if (size < DETAIL_FROM) {
            for (int i = 0; i < points.size; i++) {
                gc.fillRect(points.x(i) - half, points.y(i) - half, size, size);
            }
        } else {
            for (int i = 0; i < points.size; i++) {
                fillNotched(gc, points.x(i) - half, points.y(i) - half, size);
            }
        }
    }

    /**
     * A square with its corners cut out, which reads as rounded at seat sizes: three plain rectangles, which the
     * software renderer fills two to three times faster than a rounded rectangle (a curved path). The seams
     * between them are on whole pixels, so no anti-aliased line shows through.
     */
    private static void fillNotched(GraphicsContext gc, double left, double top, double size) {
        double notch = size * 0.12;
        double right = left + size;
        double innerLeft = Math.round(left + notch);
        double innerRight = Math.round(right - notch);
        gc.fillRect(left, top + notch, innerLeft - left, size - 2 * notch);
        gc.fillRect(innerLeft, top, innerRight - innerLeft, size);
        gc.fillRect(innerRight, top + notch, right - innerRight, size - 2 * notch);
    }

    private static void addOutlines(GraphicsContext gc, Points points, double size) {
        double half = size / 2;
        for (int i = 0; i < points.size; i++) {
            gc.rect(points.x(i) - half, points.y(i) - half, size, size);
        }
    }

    private void strokeMarks(GraphicsContext gc, Points points, Mark mark, Color colour, double lineWidth) {
        if (points.size == 0) {
            return;
        }
        double q = seatSize * 0.28;
        gc.beginPath();
        for (int i = 0; i < points.size; i++) {
            double x = points.x(i);
            double y = points.y(i);
            switch (mark) {
                case HELD -> {
                    gc.moveTo(x - q, y);
                    gc.lineTo(x + q, y);
                }
                case SOLD -> {
                    gc.moveTo(x - q, y - q);
                    gc.lineTo(x + q, y + q);
                    gc.moveTo(x + q, y - q);
                    gc.lineTo(x - q, y + q);
                }
                case SELECTED -> {
                    gc.moveTo(x - q, y);
                    gc.lineTo(x - q * 0.25, y + q * 0.75);
                    gc.lineTo(x + q, y - q * 0.8);
                }
                case NONE -> { }
            }
        }
        stroke(gc, colour, lineWidth);
    }

    private void paintAccessibleBadges(GraphicsContext gc, SeatMapView colours) {
        if (accessible.size == 0) {
            return;
        }
        double radius = seatSize * 0.2;
        double offset = seatSize * 0.3;
        gc.setFill(colours.getAccessibleColor());
        gc.beginPath();
        for (int i = 0; i < accessible.size; i++) {
            double x = accessible.x(i) + offset;
            double y = accessible.y(i) - offset;
            gc.fillOval(x - radius, y - radius, radius * 2, radius * 2);
            gc.moveTo(x + radius, y);
            gc.arc(x, y, radius, radius, 0, 360);
        }
        stroke(gc, colours.getAccessibleMarkColor(), Math.max(1, seatSize * 0.05));
    }

    /** How far from the seat's centre (px) the focus ring reaches, anti-aliasing included. */
    static double focusReach(double seatSizePx) {
        double size = Math.max(seatSizePx, FOCUS_AT_LEAST);
        return size / 2 + focusGap(size) + focusLineWidth(size) + 1;
    }

    /** Rings the seat centred on (x, y) as the keyboard focus, for seats {@code seatSizePx} wide. */
    static void paintFocusRing(GraphicsContext gc, double x, double y, double seatSizePx, Color colour) {
        double size = Math.max(seatSizePx, FOCUS_AT_LEAST);
        double lineWidth = focusLineWidth(size);
        double half = size / 2 + focusGap(size) + lineWidth / 2;
        gc.setStroke(colour);
        gc.setLineWidth(lineWidth);
        gc.setLineJoin(StrokeLineJoin.MITER);
        gc.strokeRect(x - half, y - half, half * 2, half * 2);
    }

    // gap plus ring stay within the space between neighbours (a quarter of a seat) once seats are large
    private static double focusGap(double size) {
        return Math.max(1.5, size * 0.08);
    }

    private static double focusLineWidth(double size) {
        return Math.max(2, size * 0.08);
    }

    private static void stroke(GraphicsContext gc, Color colour, double lineWidth) {
        gc.setStroke(colour);
        gc.setLineWidth(lineWidth);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.stroke();
    }

    /** A growable list of seat centres, reused from frame to frame. */
    private static final class Points {
        private double[] xy = new double[64];
        private int size;

        void add(double x, double y) {
            if (2 * size + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[2 * size] = x;
            xy[2 * size + 1] = y;
            size++;
        }

        double x(int i) {
            return xy[2 * i];
        }

        double y(int i) {
            return xy[2 * i + 1];
        }

        void clear() {
            size = 0;
        }
    }
}
