package io.bilheteria.ui.seatmap.skin;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.ui.seatmap.SeatMapView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Draws a {@link SeatMapView} on canvases (a node per seat would not survive a stadium) and turns input into calls
 * on the control: tap toggles, drag pans, pinch / wheel / double tap zoom, arrows move the focused seat.
 * The seats are drawn into tiles ({@link SeatTiles}) that a pan moves rather than redraws; a status or selection
 * change redraws the seats concerned; the focus ring is a small canvas of its own above them. Redraws are
 * coalesced into the next layout pass.
 */
public class SeatMapViewSkin extends SkinBase<SeatMapView> {
    /** A press that moves further than this (px) is a drag, never a tap: touch screens jitter. */
    private static final double DRAG_SLOP = 8;
    /** Seats smaller than this on screen (px) cannot be tapped reliably: a tap zooms in instead of toggling. */
    private static final double MIN_TAPPABLE_SEAT = 12;
    /** The seat size (px) a tap on too-small seats zooms to: comfortable for a finger. */
    private static final double COMFORTABLE_SEAT = 28;
    private static final double DOUBLE_TAP_ZOOM = 2;
    /** Wheel delta (px) per factor e of zoom: one notch (40) zooms by about 22%. */
    private static final double WHEEL_DELTA_PER_E = 200;

    /** The drawing area, clipped: tiles reach beyond it. */
    private final Pane view = new Pane();
    private final Rectangle viewClip = new Rectangle();
    private final SeatTiles tiles;
    private final Canvas focusRing = new Canvas();
    private Map<String, Color> sectionColours = Map.of();
    /** The map the tiles were drawn from, to tell a status update (redraw some seats) from a new layout. */
    private SeatMap drawnMap;
    private boolean dirty = true;
    private boolean prefetchScheduled;
    /** The last input came from the keyboard: only then is the focus ring shown (a kiosk never shows it). */
    private boolean keyboardMode;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    /** A pinch happened since the press: the release is not a tap. */
    private boolean pinched;
    private boolean pinching;
    /** The seat the previous tap hit (null for none), whether it changed its selection, whether it zoomed. */
    private String lastTapSeat;
    private boolean lastTapToggled;
    private boolean lastTapZoomed;

    /** Undoes what the constructor attached to the control, when the skin is replaced. */
    private final List<Runnable> detachers = new ArrayList<>();

    public SeatMapViewSkin(SeatMapView map) {
        super(map);
        tiles = new SeatTiles(map, this::addSeats);
        focusRing.setManaged(false);
        view.getChildren().addAll(tiles.node(), focusRing);
        view.setClip(viewClip);
        getChildren().add(view);
        seatMapChanged();
        registerChangeListener(map.seatMapProperty(), obs -> seatMapChanged());
        registerChangeListener(map.scaleProperty(), obs -> markDirty());
        registerChangeListener(map.viewCenterProperty(), obs -> markDirty());
        registerChangeListener(map.focusedSeatIdProperty(), obs -> markDirty());
        registerChangeListener(map.focusedProperty(), obs -> markDirty());
        registerChangeListener(map.focusVisibleProperty(), obs -> markDirty());
        SeatPainter.colourProperties(map).forEach(colour -> registerChangeListener(colour, obs -> redrawAll()));
        SetChangeListener<String> selectionListener = change -> {
            String id = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
            map.findSeat(id).ifPresent(seat -> tiles.repaint(seat.x(), seat.y()));
            markDirty();
        };
        map.getSelectedSeatIds().addListener(selectionListener);
        detachers.add(() -> map.getSelectedSeatIds().removeListener(selectionListener));
        handle(MouseEvent.MOUSE_PRESSED, this::pressed);
        handle(MouseEvent.MOUSE_DRAGGED, this::dragged);
        handle(MouseEvent.MOUSE_RELEASED, this::released);
        handle(ScrollEvent.SCROLL, this::scrolled);
        handle(ZoomEvent.ZOOM_STARTED, e -> {
            pinching = true;
            pinched = true;
        });
        handle(ZoomEvent.ZOOM, this::zoomed);
        handle(ZoomEvent.ZOOM_FINISHED, e -> pinching = false);
        handle(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private <T extends Event> void handle(EventType<T> type, EventHandler<? super T> handler) {
        SeatMapView map = getSkinnable();
        map.addEventHandler(type, handler);
        detachers.add(() -> map.removeEventHandler(type, handler));
    }

    @Override
    public void dispose() {
        detachers.forEach(Runnable::run);
        detachers.clear();
        getChildren().remove(view); // the control keeps its children: a new skin would draw over this one's tiles
        super.dispose();
    }

    // ---------------------------------------------------------------- drawing

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            getSkinnable().requestLayout();
        }
    }

    private void redrawAll() {
        tiles.invalidate();
        markDirty();
    }

    /** Same seats in the same places: redraw those whose look changed. Anything else: redraw everything. */
    private void seatMapChanged() {
        SeatMap now = getSkinnable().getSeatMap();
        Map<String, Color> colours = sectionColours(now);
        if (drawnMap == null || now == null || !colours.equals(sectionColours) || !repaintChangedSeats(drawnMap, now)) {
            tiles.invalidate();
        }
        sectionColours = colours;
        drawnMap = now;
        markDirty();
    }

    /** Queues a redraw of each seat whose status, section or badge changed; false if any seat moved. */
    private boolean repaintChangedSeats(SeatMap before, SeatMap after) {
        List<Seat> old = before.seats();
        List<Seat> now = after.seats();
        if (old.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            Seat a = old.get(i);
            Seat b = now.get(i);
            if (a == b) {
                continue;
            }
            if (a.x() != b.x() || a.y() != b.y()) {
                return false;
            }
            if (a.status() != b.status() || a.accessible() != b.accessible()
                    || !Objects.equals(a.sectionId(), b.sectionId())) {
                tiles.repaint(b.x(), b.y());
            }
        }
        return true;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        if (view.getWidth() != width || view.getHeight() != height) {
            dirty = true;
        }
        view.resizeRelocate(x, y, width, height);
        viewClip.setWidth(width);
        viewClip.setHeight(height);
        if (dirty) {
            dirty = false;
            draw(width, height);
        }
    }

    private void draw(double width, double height) {
        SeatMapView map = getSkinnable();
        double scale = map.getScale();
        if (scale <= 0 || map.getSeatMap() == null) {
            tiles.clear();
            focusRing.setVisible(false);
            return;
        }
        // map units to view pixels: viewX = originX + mapX * scale
        Point2D origin = map.mapToLocal(0, 0);
        double originX = origin.getX() - view.getLayoutX();
        double originY = origin.getY() - view.getLayoutY();
        double seatSizePx = map.getSeatSize() * scale;
        if (tiles.show(originX, originY, scale, seatSizePx, width, height)) {
            prefetchWhenIdle();
        }
        drawFocusRing(originX, originY, scale, seatSizePx);
    }

    /** Another layout pass once pending events are handled, to draw more tiles ahead of the next pan. */
    private void prefetchWhenIdle() {
        if (!prefetchScheduled) {
            prefetchScheduled = true;
            Platform.runLater(() -> {
                prefetchScheduled = false;
                if (getSkinnable() != null) { // not disposed meanwhile
                    markDirty();
                }
            });
        }
    }

    private void addSeats(SeatPainter painter, Rectangle2D mapArea, double originX, double originY, double scale) {
        SeatMapView map = getSkinnable();
        Color held = map.getHeldColor();
        Color sold = map.getSoldColor();
        Color fallback = map.getAvailableColor();
        Set<String> selected = map.getSelectedSeatIds();
        map.forEachSeatIn(mapArea, seat -> {
            double x = originX + seat.x() * scale;
            double y = originY + seat.y() * scale;
            if (!selected.isEmpty() && selected.contains(seat.id())) {
                painter.add(x, y, null, SeatPainter.Mark.SELECTED, seat.accessible());
            } else {
                switch (seat.status()) {
                    case AVAILABLE -> painter.add(x, y, sectionColours.getOrDefault(seat.sectionId(), fallback),
                            SeatPainter.Mark.NONE, seat.accessible());
                    case HELD -> painter.add(x, y, held, SeatPainter.Mark.HELD, seat.accessible());
                    case SOLD -> painter.add(x, y, sold, SeatPainter.Mark.SOLD, seat.accessible());
                }
            }
        });
    }

    /** The ring on its own canvas, just big enough, at a whole-pixel position: the seats under it stay as they are. */
    private void drawFocusRing(double originX, double originY, double scale, double seatSizePx) {
        SeatMapView map = getSkinnable();
        Optional<Seat> focused = map.isFocused() && (keyboardMode || map.isFocusVisible())
                && map.getFocusedSeatId() != null ? map.findSeat(map.getFocusedSeatId()) : Optional.empty();
        if (focused.isEmpty()) {
            focusRing.setVisible(false);
            return;
        }
        double x = originX + focused.get().x() * scale;
        double y = originY + focused.get().y() * scale;
        double reach = SeatPainter.focusReach(seatSizePx);
        double left = Math.floor(x - reach);
        double top = Math.floor(y - reach);
        focusRing.setWidth(Math.ceil(x + reach) - left);
        focusRing.setHeight(Math.ceil(y + reach) - top);
        focusRing.relocate(left, top);
        focusRing.setVisible(true);
        GraphicsContext gc = focusRing.getGraphicsContext2D();
        gc.clearRect(0, 0, focusRing.getWidth(), focusRing.getHeight());
        SeatPainter.paintFocusRing(gc, x - left, y - top, seatSizePx, map.getFocusColor());
    }

    /** Each section's colour from the data; sections whose colour is not one fall back to the stylesheet's. */
    private static Map<String, Color> sectionColours(SeatMap seatMap) {
        Map<String, Color> colours = new HashMap<>();
        if (seatMap != null) {
            for (Section section : seatMap.sections()) {
                sectionColour(section).ifPresent(colour -> colours.put(section.id(), colour));
            }
        }
        return colours;
    }

    /** The section's colour from the data, empty when it is not a colour (the stylesheet's fallback applies). */
    static Optional<Color> sectionColour(Section section) {
        try {
            return Optional.of(Color.web(section.color()));
        } catch (IllegalArgumentException | NullPointerException notAColour) {
            return Optional.empty();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 640 + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + 400 + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + 100 + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + 100 + bottom;
    }

    // ---------------------------------------------------------------- pointer and touch

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        setKeyboardMode(false);
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        pinched = pinching;
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (pinching) {
            lastX = e.getX(); // the pinch moves the map; a drag carrying on after it starts from here
            lastY = e.getY();
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_SLOP) {
            dragging = true;
        }
        if (dragging) {
            // in whole pixels, the rest carried to the next event: the seat tiles are then moved, not redrawn
            double dx = Math.rint(e.getX() - lastX);
            double dy = Math.rint(e.getY() - lastY);
            if (dx != 0 || dy != 0) {
                getSkinnable().panBy(dx, dy);
                lastX += dx;
                lastY += dy;
            }
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && !dragging && !pinched) {
            tap(e.getX(), e.getY(), e.getClickCount());
        }
    }

    private void tap(double x, double y, int clickCount) {
        SeatMapView map = getSkinnable();
        double seatOnScreen = map.getSeatSize() * map.getScale();
        boolean tooSmall = seatOnScreen < MIN_TAPPABLE_SEAT;
        String hit = tooSmall ? null : map.seatAt(x, y).map(Seat::id).orElse(null);
        // the second tap of a double tap on the same spot zooms; on another seat it is just a quick next tap
        if (clickCount >= 2 && (lastTapZoomed || Objects.equals(hit, lastTapSeat))) {
            if (lastTapToggled) {
                map.toggle(lastTapSeat); // a double tap only zooms: undo what its first tap did
            }
            rememberTap(null, false, false);
            map.zoomAt(DOUBLE_TAP_ZOOM, x, y);
            return;
        }
        if (tooSmall) {
            map.zoomAt(COMFORTABLE_SEAT / seatOnScreen, x, y);
            rememberTap(null, false, true);
            return;
        }
        if (hit == null) {
            rememberTap(null, false, false);
            return;
        }
        map.setFocusedSeatId(hit);
        boolean wasSelected = map.isSelected(hit);
        map.toggle(hit);
        rememberTap(hit, map.isSelected(hit) != wasSelected, false);
    }

    private void rememberTap(String seatId, boolean toggled, boolean zoomed) {
        lastTapSeat = seatId;
        lastTapToggled = toggled;
        lastTapZoomed = zoomed;
    }

    private void zoomed(ZoomEvent e) {
        getSkinnable().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        // a finger dragging on a touch screen also sends scroll events: it pans through the mouse events instead
        if (e.isDirect() || e.isInertia() || e.getDeltaY() == 0) {
            return;
        }
        getSkinnable().zoomAt(Math.exp(e.getDeltaY() / WHEEL_DELTA_PER_E), e.getX(), e.getY());
        e.consume();
    }

    // ---------------------------------------------------------------- keyboard

    private void keyPressed(KeyEvent e) {
        SeatMapView map = getSkinnable();
        switch (e.getCode()) {
            case UP, KP_UP -> map.moveFocus(SeatMapView.Direction.UP);
            case DOWN, KP_DOWN -> map.moveFocus(SeatMapView.Direction.DOWN);
            case LEFT, KP_LEFT -> map.moveFocus(SeatMapView.Direction.LEFT);
            case RIGHT, KP_RIGHT -> map.moveFocus(SeatMapView.Direction.RIGHT);
            case SPACE, ENTER -> {
                String focused = map.getFocusedSeatId();
                if (focused != null && map.findSeat(focused).isPresent()) {
                    map.toggle(focused);
                } else {
                    map.moveFocus(SeatMapView.Direction.RIGHT); // nothing focused yet: focus the middle seat first
                }
            }
            case PLUS, ADD, EQUALS -> zoomKeepingFocus(true);
            case MINUS, SUBTRACT -> zoomKeepingFocus(false);
            default -> {
                return; // not ours: let focus traversal and accelerators have it
            }
        }
        setKeyboardMode(true);
        e.consume();
    }

    private void zoomKeepingFocus(boolean in) {
        SeatMapView map = getSkinnable();
        if (in) {
            map.zoomIn();
        } else {
            map.zoomOut();
        }
        String focused = map.getFocusedSeatId();
        if (focused != null && map.findSeat(focused).isPresent()) {
            map.revealSeat(focused);
        }
    }

    private void setKeyboardMode(boolean on) {
        if (keyboardMode != on) {
            keyboardMode = on;
            markDirty();
        }
    }
}
