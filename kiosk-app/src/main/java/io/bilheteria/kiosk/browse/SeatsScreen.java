package io.bilheteria.kiosk.browse;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.kiosk.browse.SeatsViewModel.SectionChoice;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.LiveSeatMap;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.seatmap.SeatMapLegend;
import io.bilheteria.ui.seatmap.SeatMapView;
import io.bilheteria.ui.seatmap.SeatRefusedEvent;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The seat choice as the customer sees it: the map of the chosen session, following other buyers
 * while shown, the sections and the quantity for the best available, and what they are told. The
 * decisions are {@link SeatsViewModel}'s; this lays them out and binds to them.
 */
public final class SeatsScreen implements Screen {
    private final SeatsViewModel model;
    private final Messages m;
    private final BorderPane view;
    private final SeatMapView map = new SeatMapView();
    private final ToggleGroup sections = new ToggleGroup();
    private final VBox sectionButtons = new VBox(12);
    /** The map follows other buyers while shown. */
    private final LiveSeatMap live;

    public SeatsScreen(SeatsViewModel model, Messages messages, Sale sale, TaskExecutor tasks, PurchaseFrame frame) {
        this.model = model;
        this.m = messages;

        Label session = new Label();
        session.setId("seats-session");
        session.getStyleClass().add(Theme.SUBTITLE);
        session.textProperty().bind(model.sessionTitleProperty());
        map.setId("seat-map");
        live = new LiveSeatMap(map, sale, tasks);
        map.setMaxSelection(Sale.MAX_SEATS);
        map.localeProperty().bind(m.localeProperty());
        map.setOnSelectionLost(event -> model.selectionLost(event.seats()));
        map.setOnSeatRefused(event -> {
            if (event.reason() == SeatRefusedEvent.Reason.SELECTION_FULL) {
                model.selectionFull(event.maxSelection());
            } else {
                model.seatNotFree();
            }
        });
        map.getSelectedSeatIds().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                model.seatAdded();
            }
        });
        model.seatMapProperty().addListener((obs, before, shown) -> {
            if (shown == null) {
                live.stop();
            } else {
                // a fresh map, even of the session the last customer looked at
                live.show(shown);
            }
        });
        model.takenSeats().addListener((SetChangeListener<String>) change -> {
            if (change.wasAdded()) {
                // all at once, so the map drops them from the choice in one selection-lost; then it asks again
                map.updateStatuses(model.takenSeats().stream()
                        .collect(Collectors.toMap(id -> id, id -> SeatStatus.HELD)));
                live.refresh();
            }
        });
        SeatMapLegend legend = new SeatMapLegend(map);
        legend.setId("seat-legend");
        legend.setPriceFormatter((cents, currency) -> Money.format(cents, currency, m.getLocale()));

        StackPane mapArea = new StackPane(map);
        mapArea.getStyleClass().add("seat-map-area");
        VBox.setVgrow(mapArea, Priority.ALWAYS);
        VBox left = new VBox(16, session, notice(), mapArea, mapActions());
        HBox.setHgrow(left, Priority.ALWAYS);

        ScrollPane side = BrowseLayout.scrolling(new VBox(32, legend, bestAvailablePanel()));
        side.getStyleClass().add("seats-side");
        HBox body = new HBox(32, left, side);
        view = BrowseLayout.screen(frame, "seats", "browse.seats.title", Place.SESSIONS, body);
    }

    private Label notice() {
        Label notice = new Label();
        notice.setId("seats-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotNull());
        model.noticeProperty().addListener((obs, before, now) -> {
            if (now == null) {
                notice.textProperty().unbind();
                return;
            }
            notice.textProperty().bind(now.text());
            notice.getStyleClass().setAll("label", Theme.BANNER, now.error() ? Theme.BANNER_ERROR : Theme.BANNER_INFO);
        });
        return notice;
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
        hold.setOnAction(e -> model.holdSeats(map.getSelectedSeatIds()));
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
        model.sections().addListener((ListChangeListener<SectionChoice>) change -> showSections());
        model.chosenSectionProperty().addListener((obs, before, chosen) -> showChosen(chosen));

        Button minus = BrowseLayout.button(m, "qty-minus", "browse.less", Theme.SECONDARY);
        minus.setOnAction(e -> model.fewerSeats());
        minus.disableProperty().bind(model.fewerSeatsAllowed().not());
        Label count = new Label();
        count.setId("qty-value");
        count.getStyleClass().add("quantity");
        count.textProperty().bind(m.text("browse.count", model.quantityProperty()));
        Button plus = BrowseLayout.button(m, "qty-plus", "browse.more", Theme.SECONDARY);
        plus.setOnAction(e -> model.moreSeats());
        plus.disableProperty().bind(model.moreSeatsAllowed().not());
        Label howMany = new Label();
        howMany.textProperty().bind(m.text("browse.seats.best.quantity"));
        HBox quantityRow = new HBox(16, howMany, minus, count, plus);
        quantityRow.setAlignment(Pos.CENTER_LEFT);

        Button hold = new Button();
        hold.setId("best-available");
        hold.getStyleClass().add(Theme.PRIMARY);
        hold.setMaxWidth(Double.MAX_VALUE);
        hold.textProperty().bind(m.text("browse.seats.best.hold", model.quantityProperty()));
        hold.disableProperty().bind(model.bestAvailableAllowed().not());
        hold.setOnAction(e -> model.holdBestAvailable());

        VBox panel = new VBox(16, title, sectionButtons, quantityRow, hold);
        panel.getStyleClass().addAll(Theme.CARD, "best-available-panel");
        return panel;
    }

    private void showSections() {
        sections.getToggles().clear();
        sectionButtons.getChildren().clear();
        for (SectionChoice choice : model.sections()) {
            ToggleButton button = new ToggleButton();
            button.setId("section-" + choice.section().id());
            button.getStyleClass().add("section-button");
            button.setUserData(choice.section());
            button.setMaxWidth(Double.MAX_VALUE);
            button.textProperty().bind(choice.text());
            button.setDisable(choice.soldOut());
            Rectangle swatch = new Rectangle(28, 28, Color.web(choice.section().color(), 1));
            swatch.getStyleClass().add("section-swatch");
            button.setGraphic(swatch);
            button.setToggleGroup(sections);
            // a section is chosen, never un-chosen: tapping the chosen one again keeps it
            button.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                if (button.isSelected()) {
                    e.consume();
                }
            });
            button.setOnAction(e -> model.chooseSection(choice.section()));
            sectionButtons.getChildren().add(button);
        }
        showChosen(model.chosenSectionProperty().get());
    }

    private void showChosen(Section chosen) {
        sections.getToggles().stream().filter(toggle -> toggle.getUserData().equals(chosen)).findFirst()
                .ifPresentOrElse(sections::selectToggle, () -> sections.selectToggle(null));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void hidden() {
        model.hidden();
    }
}
