package io.bilheteria.kiosk.browse;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.client.SeatConflictException;
import io.bilheteria.ui.sale.LiveSeatMap;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.ZoneId;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.seatmap.SeatMapLegend;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.seatmap.SeatRefusedEvent;
import io.bilheteria.ui.seatmap.SelectionLostEvent;
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.theme.Theme;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seat map of the chosen session. The customer either asks for the best seats of a
 * section (section and quantity buttons) or taps seats on the map; either way the seats are
 * held and the purchase goes on. The map follows other buyers while it is shown, and seats
 * someone else took leave the selection with a plain explanation.
 */
public final class SeatsScreen implements Screen {
    private static final Logger log = LoggerFactory.getLogger(SeatsScreen.class);
    /** How often the map asks for other buyers' holds and sales while the customer looks. */

    /** A hold taken, and whether the event has add-ons to offer next. */
    private record Held(Hold hold, boolean addOns) {
    }

    private final Sale sale;
    private final BackendCalls calls;
    private final ZoneId venueZone;
    private final HoldClock holdClock;
    private final Journey journey;
    private final Messages m;
    private final BorderPane view;
    private final Label session = new Label();
    private final SeatMapView map = new SeatMapView();
    private final SeatMapLegend legend = new SeatMapLegend(map);
    private final Label notice = new Label();
    private final ToggleGroup sections = new ToggleGroup();
    private final VBox sectionButtons = new VBox(12);
    /** Most people at a totem buy for two; starting there saves the commonest purchase a tap. */
    static final int USUAL_QUANTITY = 2;
    private final IntegerProperty quantity = new SimpleIntegerProperty(this, "quantity", USUAL_QUANTITY);
    /** The map follows other buyers while shown. */
    private final LiveSeatMap live;

    public SeatsScreen(Messages messages, Sale sale, BackendCalls calls, TaskExecutor tasks, ZoneId venueZone,
                       HoldClock holdClock, PurchaseFrame frame, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.calls = calls;
        this.venueZone = venueZone;
        this.holdClock = holdClock;
        this.journey = journey;

        session.setId("seats-session");
        session.getStyleClass().add(Theme.SUBTITLE);
        map.setId("seat-map");
        live = new LiveSeatMap(map, sale, tasks);
        map.setMaxSelection(Sale.MAX_SEATS);
        map.localeProperty().bind(m.localeProperty());
        map.setOnSelectionLost(this::selectionLost);
        map.setOnSeatRefused(this::seatRefused);
        map.getSelectedSeatIds().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                hideNotice();
            }
        });
        map.seatMapProperty().addListener(obs -> refreshSectionButtons());
        legend.setId("seat-legend");
        legend.setPriceFormatter((cents, currency) -> Money.format(cents, currency, m.getLocale()));
        notice.setId("seats-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);

        StackPane mapArea = new StackPane(map);
        mapArea.getStyleClass().add("seat-map-area");
        VBox.setVgrow(mapArea, Priority.ALWAYS);
        VBox left = new VBox(16, session, notice, mapArea, mapActions());
        HBox.setHgrow(left, Priority.ALWAYS);

        ScrollPane side = BrowseLayout.scrolling(new VBox(32, legend, bestAvailablePanel()));
        side.getStyleClass().add("seats-side");
        HBox body = new HBox(32, left, side);
        view = BrowseLayout.screen(frame, "seats", "browse.seats.title", Place.SESSIONS, body);
    }

    /** Under the map: zoom, and going on with the seats tapped on it. */
    private Node mapActions() {
        Button out = BrowseLayout.button(m, "zoom-out", "browse.seats.zoomOut", Theme.SECONDARY);
        out.setOnAction(e -> map.zoomOut());
        out.disableProperty().bind(map.zoomProperty().lessThanOrEqualTo(1));
        Button in = BrowseLayout.button(m, "zoom-in", "browse.seats.zoomIn", Theme.SECONDARY);
        in.setOnAction(e -> map.zoomIn());
        in.disableProperty().bind(map.zoomProperty().greaterThanOrEqualTo(map.maxZoomProperty()));
        Button fit = BrowseLayout.button(m, "zoom-fit", "browse.seats.fit", Theme.SECONDARY);
        fit.setOnAction(e -> map.fitToView());
        fit.disableProperty().bind(map.zoomProperty().lessThanOrEqualTo(1));

        Button hold = new Button();
        hold.setId("hold-selected");
        hold.getStyleClass().addAll(Theme.PRIMARY, "hold-selected");
        // with no seat chosen yet, the (disabled) button itself says what to do: tap seats on the map
        hold.textProperty().bind(m.text("browse.seats.map.continue", Bindings.size(map.getSelectedSeatIds())));
        hold.disableProperty().bind(Bindings.isEmpty(map.getSelectedSeatIds()));
        hold.setOnAction(e -> holdSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(16, out, in, fit, spacer, hold);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("map-actions");
        return actions;
    }

    private Node bestAvailablePanel() {
        Label title = new Label();
        title.getStyleClass().add(Theme.SUBTITLE);
        title.textProperty().bind(m.text("browse.seats.best.title"));
        sectionButtons.setId("section-buttons");

        Button minus = BrowseLayout.button(m, "qty-minus", "browse.less", Theme.SECONDARY);
        minus.setOnAction(e -> quantity.set(quantity.get() - 1));
        minus.disableProperty().bind(quantity.lessThanOrEqualTo(1));
        Label count = new Label();
        count.setId("qty-value");
        count.getStyleClass().add("quantity");
        count.textProperty().bind(m.text("browse.count", quantity));
        Button plus = BrowseLayout.button(m, "qty-plus", "browse.more", Theme.SECONDARY);
        plus.setOnAction(e -> quantity.set(quantity.get() + 1));
        plus.disableProperty().bind(quantity.greaterThanOrEqualTo(Sale.MAX_SEATS));
        Label howMany = new Label();
        howMany.textProperty().bind(m.text("browse.seats.best.quantity"));
        HBox quantityRow = new HBox(16, howMany, minus, count, plus);
        quantityRow.setAlignment(Pos.CENTER_LEFT);

        Button hold = new Button();
        hold.setId("best-available");
        hold.getStyleClass().add(Theme.PRIMARY);
        hold.setMaxWidth(Double.MAX_VALUE);
        hold.textProperty().bind(m.text("browse.seats.best.hold", quantity));
        // a section that sells out is unselected (refreshSectionButtons), so a selected one is on sale
        hold.disableProperty().bind(sections.selectedToggleProperty().isNull());
        hold.setOnAction(e -> holdBestAvailable());

        VBox panel = new VBox(16, title, sectionButtons, quantityRow, hold);
        panel.getStyleClass().addAll(Theme.CARD, "best-available-panel");
        return panel;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        EventSummary event = sale.event().orElse(null);
        SessionSummary chosen = sale.session().orElse(null);
        SeatMap seatMap = sale.seatMap().orElse(null);
        if (event == null || chosen == null || seatMap == null) {
            journey.go(Place.SESSIONS);
            return;
        }
        session.textProperty().bind(m.localized(locale -> event.title() + " · "
                + Formats.dateTime(chosen.startsAt(), venueZone, locale)));
        hideNotice();
        quantity.set(USUAL_QUANTITY);
        // a fresh map, even of the session the last customer looked at
        live.show(seatMap);
        rebuildSectionButtons(seatMap.sections());
    }

    @Override
    public void hidden() {
        live.stop();
    }

    // --- section buttons ------------------------------------------------------------------------

    private void rebuildSectionButtons(List<Section> all) {
        sections.getToggles().clear();
        sectionButtons.getChildren().clear();
        for (Section section : all) {
            ToggleButton button = new ToggleButton();
            button.setId("section-" + section.id());
            button.getStyleClass().add("section-button");
            button.setUserData(section);
            button.setMaxWidth(Double.MAX_VALUE);
            Rectangle swatch = new Rectangle(28, 28, Color.web(section.color(), 1));
            swatch.getStyleClass().add("section-swatch");
            button.setGraphic(swatch);
            button.setToggleGroup(sections);
            // a section is chosen, never un-chosen: tapping the chosen one again keeps it
            button.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                if (button.isSelected()) {
                    e.consume();
                }
            });
            sectionButtons.getChildren().add(button);
        }
        refreshSectionButtons();
        // the first section on sale is picked, so "best available" is one tap away
        sectionButtons.getChildren().stream().filter(node -> !node.isDisable()).findFirst()
                .ifPresent(node -> ((ToggleButton) node).setSelected(true));
    }

    /** Sold-out sections cannot be picked; the text says so instead of the price. */
    private void refreshSectionButtons() {
        for (Node node : sectionButtons.getChildren()) {
            ToggleButton button = (ToggleButton) node;
            Section section = (Section) button.getUserData();
            boolean soldOut = map.getSeatMap() != null && map.availableSeatCount(section.id()) == 0;
            button.setDisable(soldOut);
            if (soldOut && button.isSelected()) {
                button.setSelected(false);
            }
            button.textProperty().bind(soldOut
                    ? m.text("browse.seats.sectionSoldOut", section.name())
                    : m.text("browse.seats.sectionPrice", section.name(),
                    m.localized(locale -> Money.format(section.priceCents(), section.currency(), locale))));
        }
    }

    // --- holding seats --------------------------------------------------------------------------

    private void holdBestAvailable() {
        Section section = (Section) sections.getSelectedToggle().getUserData();
        int wanted = quantity.get();
        hold(() -> sale.holdBestAvailable(section.id(), wanted), section);
    }

    private void holdSelected() {
        List<String> seatIds = List.copyOf(map.getSelectedSeatIds());
        Set<String> heldByMe = sale.hold().map(h -> Set.copyOf(h.seatIds())).orElse(Set.of());
        if (!heldByMe.isEmpty() && Set.copyOf(seatIds).equals(heldByMe)) {
            // back from the add-ons with the same seats: they are still held, nothing to ask again
            calls.read(() -> !sale.loadProducts().isEmpty(), this::goOn);
            return;
        }
        hold(() -> sale.holdSeats(seatIds), null);
    }

    /** Takes the hold and learns whether the event has add-ons, in one trip behind the busy veil. */
    private void hold(BlockingCall<Hold> take, Section bestOf) {
        hideNotice();
        calls.write(() -> {
            Hold hold = take.call();
            return new Held(hold, !sale.loadProducts().isEmpty());
        }, held -> {
            holdClock.tick();
            goOn(held.addOns());
        }, failure -> holdFailed(failure, bestOf));
    }

    private void goOn(boolean addOns) {
        journey.go(addOns ? Place.ADDONS : Place.IDENTIFY);
    }

    private void holdFailed(CallFailure failure, Section bestOf) {
        // taking a new hold gives back the one before, whether or not the new one succeeded
        holdClock.tick();
        if (!(failure.cause() instanceof SeatConflictException conflict)) {
            calls.report(failure);
            return;
        }
        List<Seat> lost = map.updateStatuses(conflict.conflictingSeatIds().stream()
                .collect(Collectors.toMap(id -> id, id -> SeatStatus.HELD, (a, b) -> a)));
        if (lost.isEmpty()) {
            // the seat-by-seat case was announced by selectionLost; here no selected seat was named
            if (bestOf != null) {
                showNotice(Theme.BANNER_ERROR, "browse.seats.notEnough", bestOf.name());
            } else {
                showNotice(Theme.BANNER_ERROR, "browse.seats.takenUnknown");
            }
        }
        live.refresh();
    }

    // --- telling the customer -------------------------------------------------------------------

    private void selectionLost(SelectionLostEvent event) {
        List<Seat> lost = event.seats();
        showNotice(Theme.BANNER_ERROR, "browse.seats.taken", lost.size(), m.localized(locale ->
                lost.stream().map(this::describe).collect(Collectors.joining("; "))));
    }

    private void seatRefused(SeatRefusedEvent event) {
        if (event.reason() == SeatRefusedEvent.Reason.SELECTION_FULL) {
            showNotice(Theme.BANNER_INFO, "browse.seats.refused.full", event.maxSelection());
        } else {
            showNotice(Theme.BANNER_INFO, "browse.seats.refused.taken");
        }
    }

    /** In the current language: "Plateia, fila C, lugar 12". */
    private String describe(Seat seat) {
        String section = map.findSection(seat.sectionId()).map(Section::name).orElse("");
        return m.get("browse.seats.seat", section, seat.row(), String.valueOf(seat.number()));
    }

    private void showNotice(String kind, String key, Object... args) {
        notice.textProperty().bind(m.text(key, args));
        notice.getStyleClass().setAll("label", Theme.BANNER, kind);
        notice.setVisible(true);
    }

    private void hideNotice() {
        notice.setVisible(false);
    }
}
