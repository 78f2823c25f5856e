package io.bilheteria.ui.seatmap;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.ui.seatmap.skin.SeatMapViewSkin;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * The seat map of one session, shared by the kiosk (touch) and the box office (keyboard and mouse).
 *
 * <p>Give it a {@link SeatMap}; the user taps or clicks seats to select them (up to {@link #maxSelectionProperty()}),
 * drags to pan, pinches, scrolls or double-taps to zoom, or moves a focused seat with the arrow keys and selects it
 * with Space or Enter. Seats too small to hit reliably are not toggled by a tap: the tap zooms in there instead.
 * Live status changes go through {@link #updateStatuses(Map)} (or a new {@code SeatMap} of the same session),
 * which keeps zoom, pan and selection, except selected seats someone else took: those leave the selection and a
 * {@link SelectionLostEvent} says which. A refused selection fires a {@link SeatRefusedEvent}.
 *
 * <p>Seat positions are the map's own units (x to the right, y down); the view scales them to fit. State colours
 * come from CSS ({@code -seat-held-color} and friends, see seatmap.css), section colours from the data.
 * All methods must be called on the FX thread.
 */
public class SeatMapView extends Control {
    /** Where an arrow key moves the focused seat; y grows downwards as on screen. */
    public enum Direction {
        UP(0, -1), DOWN(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final double dx;
        final double dy;

        Direction(double dx, double dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    private static final String STYLE_CLASS = "seat-map";
    private static final String BUNDLE = "io.bilheteria.ui.seatmap.seatmap";
    /** A seat is drawn this fraction of the usual spacing between neighbours, leaving a visible gap. */
    private static final double SEAT_FILL = 0.8;
    /** Largest drawn seat, in pixels: zooming further would only show fewer seats. */
    private static final double MAX_SEAT_PX = 64;
    /** What the zoom-in and zoom-out buttons and keys multiply the scale by. */
    private static final double ZOOM_STEP = 1.5;
    /** Room kept around the outermost seats, in seat spacings, so their focus ring is not cut. */
    private static final double MAP_MARGIN = 0.75;

    private static final StyleablePropertyFactory<SeatMapView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    // the stylesheet sets the real colours; these defaults only keep an unstyled map legible
    private static final CssMetaData<SeatMapView, Color> AVAILABLE_COLOR =
            CSS.createColorCssMetaData("-seat-available-color", m -> m.availableColor, Color.GRAY, false);
    private static final CssMetaData<SeatMapView, Color> HELD_COLOR =
            CSS.createColorCssMetaData("-seat-held-color", m -> m.heldColor, Color.LIGHTGRAY, false);
    private static final CssMetaData<SeatMapView, Color> HELD_MARK_COLOR =
            CSS.createColorCssMetaData("-seat-held-mark-color", m -> m.heldMarkColor, Color.BLACK, false);
    private static final CssMetaData<SeatMapView, Color> SOLD_COLOR =
            CSS.createColorCssMetaData("-seat-sold-color", m -> m.soldColor, Color.DIMGRAY, false);
    private static final CssMetaData<SeatMapView, Color> SOLD_MARK_COLOR =
            CSS.createColorCssMetaData("-seat-sold-mark-color", m -> m.soldMarkColor, Color.WHITE, false);
    private static final CssMetaData<SeatMapView, Color> SELECTED_COLOR =
            CSS.createColorCssMetaData("-seat-selected-color", m -> m.selectedColor, Color.BLACK, false);
    private static final CssMetaData<SeatMapView, Color> SELECTED_MARK_COLOR =
            CSS.createColorCssMetaData("-seat-selected-mark-color", m -> m.selectedMarkColor, Color.WHITE, false);
    private static final CssMetaData<SeatMapView, Color> ACCESSIBLE_COLOR =
            CSS.createColorCssMetaData("-seat-accessible-color", m -> m.accessibleColor, Color.BLUE, false);
    private static final CssMetaData<SeatMapView, Color> ACCESSIBLE_MARK_COLOR =
            CSS.createColorCssMetaData("-seat-accessible-mark-color", m -> m.accessibleMarkColor, Color.WHITE, false);
    private static final CssMetaData<SeatMapView, Color> OUTLINE_COLOR =
            CSS.createColorCssMetaData("-seat-outline-color", m -> m.outlineColor, Color.TRANSPARENT, false);
    private static final CssMetaData<SeatMapView, Color> FOCUS_COLOR =
            CSS.createColorCssMetaData("-seat-focus-color", m -> m.focusColor, Color.BLACK, false);

    private final ObjectProperty<SeatMap> seatMap = new SimpleObjectProperty<>(this, "seatMap") {
        @Override
        protected void invalidated() {
            adopt(get());
        }
    };
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnlySelection = FXCollections.unmodifiableObservableSet(selection);
    private final IntegerProperty maxSelection = new SimpleIntegerProperty(this, "maxSelection", Integer.MAX_VALUE);
    private final ObjectProperty<String> focusedSeatId = new SimpleObjectProperty<>(this, "focusedSeatId") {
        @Override
        protected void invalidated() {
            refreshAccessibleText();
        }
    };
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault()) {
        @Override
        protected void invalidated() {
            refreshAccessibleTexts();
        }
    };
    private final ObjectProperty<EventHandler<SeatRefusedEvent>> onSeatRefused =
            new SimpleObjectProperty<>(this, "onSeatRefused") {
                @Override
                protected void invalidated() {
                    setEventHandler(SeatRefusedEvent.SEAT_REFUSED, get());
                }
            };
    private final ObjectProperty<EventHandler<SelectionLostEvent>> onSelectionLost =
            new SimpleObjectProperty<>(this, "onSelectionLost") {
                @Override
                protected void invalidated() {
                    setEventHandler(SelectionLostEvent.SELECTION_LOST, get());
                }
            };

    private final Viewport viewport = new Viewport();
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper maxZoom = new ReadOnlyDoubleWrapper(this, "maxZoom", 1);
    private final ReadOnlyObjectWrapper<Point2D> viewCenter = new ReadOnlyObjectWrapper<>(this, "viewCenter", Point2D.ZERO);

    private final StyleableObjectProperty<Color> availableColor = colour(AVAILABLE_COLOR, "availableColor");
    private final StyleableObjectProperty<Color> heldColor = colour(HELD_COLOR, "heldColor");
    private final StyleableObjectProperty<Color> heldMarkColor = colour(HELD_MARK_COLOR, "heldMarkColor");
    private final StyleableObjectProperty<Color> soldColor = colour(SOLD_COLOR, "soldColor");
    private final StyleableObjectProperty<Color> soldMarkColor = colour(SOLD_MARK_COLOR, "soldMarkColor");
    private final StyleableObjectProperty<Color> selectedColor = colour(SELECTED_COLOR, "selectedColor");
    private final StyleableObjectProperty<Color> selectedMarkColor = colour(SELECTED_MARK_COLOR, "selectedMarkColor");
    private final StyleableObjectProperty<Color> accessibleColor = colour(ACCESSIBLE_COLOR, "accessibleColor");
    private final StyleableObjectProperty<Color> accessibleMarkColor = colour(ACCESSIBLE_MARK_COLOR, "accessibleMarkColor");
    private final StyleableObjectProperty<Color> outlineColor = colour(OUTLINE_COLOR, "outlineColor");
    private final StyleableObjectProperty<Color> focusColor = colour(FOCUS_COLOR, "focusColor");

    // what the current map holds, indexed for lookups; replaced as a whole when the map changes
    private String sessionId;
    private List<Seat> seats = List.of();
    private Map<String, Integer> seatIndexById = Map.of();
    private Map<String, Section> sectionsById = Map.of();
    /** Available seats per section id, a one-element array each so updates count in place. */
    private Map<String, int[]> availableBySection = Map.of();
    private Map<String, Integer> seatsBySection = Map.of();
    private SeatGrid grid = SeatGrid.build(new double[0], new double[0]);
    private double seatSpacing = 1;
    private List<Seat> lostInLastUpdate = List.of();

    public SeatMapView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        selection.addListener((SetChangeListener<String>) change -> refreshAccessibleText());
        widthProperty().addListener((obs, old, now) -> resizeViewport());
        heightProperty().addListener((obs, old, now) -> resizeViewport());
        insetsProperty().addListener((obs, old, now) -> resizeViewport());
        refreshAccessibleTexts();
    }

    public SeatMapView(SeatMap map) {
        this();
        setSeatMap(map);
    }

    // ---------------------------------------------------------------- data

    /**
     * The map shown. A map of another session starts afresh (selection cleared, whole map in view); a map of the
     * same session is a status update (see {@link #updateStatuses(Map)}). The lists inside must not change
     * afterwards: set a new {@code SeatMap} instead.
     */
    public final ObjectProperty<SeatMap> seatMapProperty() {
        return seatMap;
    }

    public final SeatMap getSeatMap() {
        return seatMap.get();
    }

    public final void setSeatMap(SeatMap map) {
        seatMap.set(map);
    }

    /**
     * Applies live status changes (seat id to new status; unknown ids are ignored), keeping zoom, pan and focus.
     * Selected seats that became HELD or SOLD leave the selection; they are returned and, when there are any,
     * announced by a {@link SelectionLostEvent}. Seats this terminal holds itself should not be passed as HELD
     * while they are meant to stay selected.
     */
    public List<Seat> updateStatuses(Map<String, SeatStatus> changes) {
        SeatMap current = getSeatMap();
        if (current == null) {
            return List.of();
        }
        List<Seat> updated = null;
        for (Map.Entry<String, SeatStatus> change : changes.entrySet()) {
            Integer index = seatIndexById.get(change.getKey());
            if (index != null && seats.get(index).status() != change.getValue()) {
                if (updated == null) {
                    updated = new ArrayList<>(seats);
                }
                Seat s = updated.get(index);
                updated.set(index, new Seat(s.id(), s.sectionId(), s.row(), s.number(), s.x(), s.y(), s.accessible(),
                        change.getValue()));
            }
        }
        if (updated == null) {
            return List.of();
        }
        setSeatMap(new SeatMap(current.sessionId(), current.sections(), updated));
        return lostInLastUpdate;
    }

    public final Optional<Seat> findSeat(String seatId) {
        Integer index = seatIndexById.get(seatId);
        return index == null ? Optional.empty() : Optional.of(seats.get(index));
    }

    public final Optional<Section> findSection(String sectionId) {
        return Optional.ofNullable(sectionsById.get(sectionId));
    }

    /** How many seats of the section are AVAILABLE now (0 means sold out, apart from seats someone holds). */
    public final int availableSeatCount(String sectionId) {
        int[] count = availableBySection.get(sectionId);
        return count == null ? 0 : count[0];
    }

    /** How many seats the section has, whatever their status (0 for a section whose seats are not laid out yet). */
    public final int seatCount(String sectionId) {
        return seatsBySection.getOrDefault(sectionId, 0);
    }

    /**
     * Calls {@code action} with every seat whose centre lies in {@code mapArea} (map units), visiting only the
     * part of the spatial index that covers it: this is how the skin draws only what is on screen.
     */
    public final void forEachSeatIn(Rectangle2D mapArea, Consumer<Seat> action) {
        grid.forEachIn(mapArea.getMinX(), mapArea.getMinY(), mapArea.getMaxX(), mapArea.getMaxY(),
                index -> action.accept(seats.get(index)));
    }

    /** The side of a drawn seat, in map units: a little less than the usual distance between neighbours. */
    public final double getSeatSize() {
        return seatSpacing * SEAT_FILL;
    }

    // ---------------------------------------------------------------- selection

    /** The selected seat ids in the order they were selected; read-only, change it with the methods below. */
    public final ObservableSet<String> getSelectedSeatIds() {
        return readOnlySelection;
    }

    /** The selected seats, in selection order, with their current status. */
    public final List<Seat> getSelectedSeats() {
        return selection.stream().map(id -> seats.get(seatIndexById.get(id))).toList();
    }

    public final boolean isSelected(String seatId) {
        return selection.contains(seatId);
    }

    /**
     * Adds an AVAILABLE seat to the selection. A HELD or SOLD seat, or one more seat than
     * {@link #maxSelectionProperty()} allows, is refused: a {@link SeatRefusedEvent} is fired and false returned.
     *
     * @return whether the seat is selected now
     * @throws IllegalArgumentException if the map has no such seat
     */
    public boolean select(String seatId) {
        Seat seat = requireSeat(seatId);
        if (selection.contains(seatId)) {
            return true;
        }
        SeatRefusedEvent.Reason refusal = switch (seat.status()) {
            case HELD -> SeatRefusedEvent.Reason.HELD;
            case SOLD -> SeatRefusedEvent.Reason.SOLD;
            case AVAILABLE -> selection.size() >= getMaxSelection() ? SeatRefusedEvent.Reason.SELECTION_FULL : null;
        };
        if (refusal != null) {
            fireEvent(new SeatRefusedEvent(this, this, seat, refusal, getMaxSelection()));
            return false;
        }
        selection.add(seatId);
        return true;
    }

    /** @return whether the seat was selected */
    public boolean deselect(String seatId) {
        return selection.remove(seatId);
    }

    /**
     * What a tap or the Space key does: deselects a selected seat, otherwise tries to {@link #select} it.
     *
     * @return whether the seat is selected now
     */
    public boolean toggle(String seatId) {
        if (deselect(seatId)) {
            return false;
        }
        return select(seatId);
    }

    public void clearSelection() {
        selection.clear();
    }

    /**
     * The most seats the user may select (default: no limit). Lowering it below the current selection keeps the
     * seats already selected and refuses new ones.
     */
    public final IntegerProperty maxSelectionProperty() {
        return maxSelection;
    }

    public final int getMaxSelection() {
        return maxSelection.get();
    }

    public final void setMaxSelection(int max) {
        maxSelection.set(max);
    }

    /** Called when a seat cannot be selected; the same event also reaches handlers added with addEventHandler. */
    public final ObjectProperty<EventHandler<SeatRefusedEvent>> onSeatRefusedProperty() {
        return onSeatRefused;
    }

    public final void setOnSeatRefused(EventHandler<SeatRefusedEvent> handler) {
        onSeatRefused.set(handler);
    }

    /** Called when an update took selected seats away. */
    public final ObjectProperty<EventHandler<SelectionLostEvent>> onSelectionLostProperty() {
        return onSelectionLost;
    }

    public final void setOnSelectionLost(EventHandler<SelectionLostEvent> handler) {
        onSelectionLost.set(handler);
    }

    // ---------------------------------------------------------------- keyboard focus

    /**
     * The seat the keyboard is on (null for none): arrows move it, Space and Enter toggle it, a tap moves it to
     * the tapped seat, and screen readers read it. Ids not on the map count as none.
     */
    public final ObjectProperty<String> focusedSeatIdProperty() {
        return focusedSeatId;
    }

    public final String getFocusedSeatId() {
        return focusedSeatId.get();
    }

    public final void setFocusedSeatId(String seatId) {
        focusedSeatId.set(seatId);
    }

    /**
     * Moves the focused seat to the spatially nearest seat in that direction and pans to keep it in view; with no
     * focused seat, focuses the seat nearest the middle of the view.
     *
     * @return whether the focus moved
     */
    public boolean moveFocus(Direction direction) {
        if (seats.isEmpty()) {
            return false;
        }
        Integer from = focusedSeatId.get() == null ? null : seatIndexById.get(focusedSeatId.get());
        int target = from == null
                ? grid.nearest(viewport.centerX(), viewport.centerY(), Double.POSITIVE_INFINITY)
                : grid.nearestInDirection(from, direction.dx, direction.dy);
        if (target < 0) {
            return false;
        }
        setFocusedSeatId(seats.get(target).id());
        revealSeat(seats.get(target).id());
        return true;
    }

    /** Pans as little as possible so the seat is in view. */
    public void revealSeat(String seatId) {
        Seat seat = requireSeat(seatId);
        viewport.reveal(seat.x(), seat.y(), seatSpacing);
        syncViewport();
    }

    /** A sentence for the seat, for screen readers and status lines: "Plateia, row C, seat 12, available". */
    public String describeSeat(String seatId) {
        Seat seat = requireSeat(seatId);
        ResourceBundle text = texts(getLocale());
        Section section = sectionsById.get(seat.sectionId());
        StringBuilder description = new StringBuilder(MessageFormat.format(text.getString("seat.description"),
                section == null ? "" : section.name(), seat.row(), String.valueOf(seat.number()),
                text.getString("status." + seat.status().name())));
        if (seat.accessible()) {
            description.append(", ").append(text.getString("seat.accessible"));
        }
        if (isSelected(seatId)) {
            description.append(", ").append(text.getString("seat.selected"));
        }
        return description.toString();
    }

    /** The language of the spoken seat descriptions (and of a {@link SeatMapLegend} showing this map). */
    public final ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public final Locale getLocale() {
        return locale.get();
    }

    public final void setLocale(Locale value) {
        locale.set(value);
    }

    // ---------------------------------------------------------------- zoom and pan

    /** Pixels per map unit. */
    public final ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public final double getScale() {
        return scale.get();
    }

    /** 1 when the whole map fits the view, more when zoomed in; never below 1. */
    public final ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public final double getZoom() {
        return zoom.get();
    }

    /** The zoom at which seats reach their largest size (bind a zoom-in button's disable to zoom >= maxZoom). */
    public final ReadOnlyDoubleProperty maxZoomProperty() {
        return maxZoom.getReadOnlyProperty();
    }

    public final double getMaxZoom() {
        return maxZoom.get();
    }

    /** The map point (map units) at the middle of the view. */
    public final ReadOnlyObjectProperty<Point2D> viewCenterProperty() {
        return viewCenter.getReadOnlyProperty();
    }

    public void zoomIn() {
        zoomAroundMiddle(ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAroundMiddle(1 / ZOOM_STEP);
    }

    /** Shows the whole map, as when it was loaded. */
    public void fitToView() {
        viewport.fit();
        syncViewport();
    }

    /** Multiplies the zoom by {@code factor} within limits, keeping the map point under (localX, localY) in place. */
    public void zoomAt(double factor, double localX, double localY) {
        viewport.zoomAt(factor, localX - snappedLeftInset(), localY - snappedTopInset());
        syncViewport();
    }

    /** Moves the map by (dx, dy) pixels, as a drag does. */
    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        syncViewport();
    }

    /** Where the seat's centre is drawn, in this control's local coordinates; empty before the control has a size. */
    public Optional<Point2D> seatCenterInLocal(String seatId) {
        Seat seat = requireSeat(seatId);
        return viewport.isShowing() ? Optional.of(mapToLocal(seat.x(), seat.y())) : Optional.empty();
    }

    /** The seat drawn at (localX, localY), within half a seat spacing of its centre. */
    public Optional<Seat> seatAt(double localX, double localY) {
        if (!viewport.isShowing()) {
            return Optional.empty();
        }
        Point2D point = localToMap(localX, localY);
        int index = grid.nearest(point.getX(), point.getY(), seatSpacing / 2);
        return index < 0 ? Optional.empty() : Optional.of(seats.get(index));
    }

    /** Map units to this control's local coordinates, with the current zoom and pan. */
    public Point2D mapToLocal(double mapX, double mapY) {
        return new Point2D(snappedLeftInset() + viewport.toViewX(mapX), snappedTopInset() + viewport.toViewY(mapY));
    }

    /** This control's local coordinates to map units, with the current zoom and pan. */
    public Point2D localToMap(double localX, double localY) {
        return new Point2D(viewport.toMapX(localX - snappedLeftInset()), viewport.toMapY(localY - snappedTopInset()));
    }

    private void zoomAroundMiddle(double factor) {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        zoomAt(factor, snappedLeftInset() + width / 2, snappedTopInset() + height / 2);
    }

    private void resizeViewport() {
        viewport.setSize(getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        syncViewport();
    }

    private void syncViewport() {
        double fit = viewport.fitScale();
        scale.set(viewport.scale());
        zoom.set(fit > 0 ? viewport.scale() / fit : 1);
        maxZoom.set(fit > 0 ? viewport.maxScale() / fit : 1);
        viewCenter.set(new Point2D(viewport.centerX(), viewport.centerY()));
    }

    // ---------------------------------------------------------------- adopting a new map

    private void adopt(SeatMap map) {
        List<Seat> newSeats = map == null ? List.of() : map.seats();
        boolean sameSession = map != null && map.sessionId() != null && map.sessionId().equals(sessionId);
        boolean sameLayout = sameSession && sameLayout(newSeats);
        if (!sameLayout) {
            index(newSeats);
        }
        List<Seat> oldSeats = seats;
        seats = newSeats;
        sessionId = map == null ? null : map.sessionId();
        Map<String, Section> sections = new HashMap<>();
        if (map != null) {
            map.sections().forEach(section -> sections.put(section.id(), section));
        }
        sectionsById = sections;
        if (sameLayout) {
            recountChanged(oldSeats);
        } else {
            countAvailable();
        }

        List<Seat> lost = new ArrayList<>();
        if (sameSession) {
            for (String id : List.copyOf(selection)) {
                Integer index = seatIndexById.get(id);
                if (index == null) {
                    selection.remove(id); // gone from the layout: nothing the customer could have kept
                } else if (seats.get(index).status() != SeatStatus.AVAILABLE) {
                    selection.remove(id);
                    lost.add(seats.get(index));
                }
            }
        } else {
            selection.clear();
            setFocusedSeatId(null);
        }
        if (!sameLayout) {
            double margin = seatSpacing * MAP_MARGIN;
            boolean empty = newSeats.isEmpty();
            viewport.setContent(grid.minX() - margin, grid.minY() - margin, grid.maxX() + margin,
                    grid.maxY() + margin, empty ? 1 : MAX_SEAT_PX / getSeatSize(), sameSession);
            syncViewport();
        }
        refreshAccessibleText();
        lostInLastUpdate = List.copyOf(lost);
        if (!lost.isEmpty()) {
            fireEvent(new SelectionLostEvent(this, this, lost));
        }
    }

    private boolean sameLayout(List<Seat> newSeats) {
        if (newSeats.size() != seats.size()) {
            return false;
        }
        for (int i = 0; i < newSeats.size(); i++) {
            Seat a = newSeats.get(i);
            Seat b = seats.get(i);
            if (a != b && (!a.id().equals(b.id()) || a.x() != b.x() || a.y() != b.y())) {
                return false;
            }
        }
        return true;
    }

    private void index(List<Seat> newSeats) {
        int n = newSeats.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        Map<String, Integer> byId = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Seat seat = newSeats.get(i);
            xs[i] = seat.x();
            ys[i] = seat.y();
            byId.put(seat.id(), i);
        }
        seatIndexById = byId;
        grid = SeatGrid.build(xs, ys);
        seatSpacing = grid.typicalSpacing();
    }

    private void countAvailable() {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (Seat seat : seats) {
            totals.merge(seat.sectionId(), 1, Integer::sum);
            if (seat.status() == SeatStatus.AVAILABLE) {
                counts.computeIfAbsent(seat.sectionId(), id -> new int[1])[0]++;
            }
        }
        availableBySection = counts;
        seatsBySection = totals;
    }

    /** Same seats, new statuses: adjust the counts by the seats whose status changed (an update is a handful). */
    private void recountChanged(List<Seat> oldSeats) {
        for (int i = 0; i < seats.size(); i++) {
            Seat now = seats.get(i);
            Seat before = oldSeats.get(i);
            if (now != before && now.status() != before.status()) {
                if (before.status() == SeatStatus.AVAILABLE) {
                    availableBySection.get(before.sectionId())[0]--;
                }
                if (now.status() == SeatStatus.AVAILABLE) {
                    availableBySection.computeIfAbsent(now.sectionId(), id -> new int[1])[0]++;
                }
            }
        }
    }

    private Seat requireSeat(String seatId) {
        Integer index = seatIndexById.get(seatId);
        if (index == null) {
            throw new IllegalArgumentException("no seat " + seatId + " on this map");
        }
        return seats.get(index);
    }

    // ---------------------------------------------------------------- accessibility

    private void refreshAccessibleTexts() {
        ResourceBundle text = texts(getLocale());
        setAccessibleRoleDescription(text.getString("map.roleDescription"));
        setAccessibleHelp(text.getString("map.help"));
        refreshAccessibleText();
    }

    /** Screen readers read the focused seat, or how many seats are selected when no seat has the focus. */
    private void refreshAccessibleText() {
        String focused = getFocusedSeatId();
        if (focused != null && seatIndexById.containsKey(focused)) {
            setAccessibleText(describeSeat(focused));
        } else {
            setAccessibleText(MessageFormat.format(texts(getLocale()).getString("map.summary"), selection.size()));
        }
    }

    static ResourceBundle texts(Locale locale) {
        // no fallback to the JVM's default locale: an English kiosk on a Portuguese machine stays English
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    // ---------------------------------------------------------------- skin and CSS

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SeatMapViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return SeatMapView.class.getResource("seatmap.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private StyleableObjectProperty<Color> colour(CssMetaData<SeatMapView, Color> css, String name) {
        return new SimpleStyleableObjectProperty<>(css, this, name, css.getInitialValue(this));
    }

    /** Fill of an available seat whose section has no valid colour ({@code -seat-available-color}). */
    public final ObjectProperty<Color> availableColorProperty() {
        return availableColor;
    }

    public final Color getAvailableColor() {
        return availableColor.get();
    }

    /** Fill of a seat someone else holds ({@code -seat-held-color}). */
    public final ObjectProperty<Color> heldColorProperty() {
        return heldColor;
    }

    public final Color getHeldColor() {
        return heldColor.get();
    }

    /** The bar drawn on a held seat, so held differs from sold without colour ({@code -seat-held-mark-color}). */
    public final ObjectProperty<Color> heldMarkColorProperty() {
        return heldMarkColor;
    }

    public final Color getHeldMarkColor() {
        return heldMarkColor.get();
    }

    /** Fill of a sold seat ({@code -seat-sold-color}). */
    public final ObjectProperty<Color> soldColorProperty() {
        return soldColor;
    }

    public final Color getSoldColor() {
        return soldColor.get();
    }

    /** The cross drawn on a sold seat ({@code -seat-sold-mark-color}). */
    public final ObjectProperty<Color> soldMarkColorProperty() {
        return soldMarkColor;
    }

    public final Color getSoldMarkColor() {
        return soldMarkColor.get();
    }

    /** Fill of a selected seat ({@code -seat-selected-color}). */
    public final ObjectProperty<Color> selectedColorProperty() {
        return selectedColor;
    }

    public final Color getSelectedColor() {
        return selectedColor.get();
    }

    /** The check mark drawn on a selected seat ({@code -seat-selected-mark-color}). */
    public final ObjectProperty<Color> selectedMarkColorProperty() {
        return selectedMarkColor;
    }

    public final Color getSelectedMarkColor() {
        return selectedMarkColor.get();
    }

    /** The badge on an accessible (wheelchair) seat ({@code -seat-accessible-color}). */
    public final ObjectProperty<Color> accessibleColorProperty() {
        return accessibleColor;
    }

    public final Color getAccessibleColor() {
        return accessibleColor.get();
    }

    /** The ring around the accessible badge, to set it off any seat colour ({@code -seat-accessible-mark-color}). */
    public final ObjectProperty<Color> accessibleMarkColorProperty() {
        return accessibleMarkColor;
    }

    public final Color getAccessibleMarkColor() {
        return accessibleMarkColor.get();
    }

    /** Outline of every seat, transparent by default; high-contrast themes set it ({@code -seat-outline-color}). */
    public final ObjectProperty<Color> outlineColorProperty() {
        return outlineColor;
    }

    public final Color getOutlineColor() {
        return outlineColor.get();
    }

    /** The ring around the keyboard-focused seat ({@code -seat-focus-color}). */
    public final ObjectProperty<Color> focusColorProperty() {
        return focusColor;
    }

    public final Color getFocusColor() {
        return focusColor.get();
    }
}
