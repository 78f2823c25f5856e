package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.TouchKeyboard;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskHandle;
import io.bilheteria.ui.theme.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The events on sale as big cards, narrowed by a search typed on the on-screen keyboard and
 * by date buttons. Tapping a card chooses the event.
 */
public final class EventsScreen implements Screen {
    /** Searching on every key would send a request per letter; wait for a short pause in typing. */
    private static final Duration TYPING_PAUSE = Duration.millis(350);

    private final Messages m;
    private final Sale sale;
    private final BackendCalls calls;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ZoneId venueZone;
    private final Journey journey;
    private final BorderPane view;
    private final TextField search = new TextField();
    private final TouchKeyboard keyboard;
    private final ToggleGroup dates = new ToggleGroup();
    private final Map<DateFilter, ToggleButton> dateButtons = new EnumMap<>(DateFilter.class);
    private final FlowPane cards = new FlowPane(24, 24);
    private final Label empty;
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private TaskHandle searching;
    private List<EventSummary> listed = List.of();
    private boolean resetting;

    public EventsScreen(Messages messages, Sale sale, BackendCalls calls, TaskExecutor tasks, Clock clock,
                        ZoneId venueZone, PurchaseFrame frame, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.calls = calls;
        this.tasks = tasks;
        this.clock = clock;
        this.venueZone = venueZone;
        this.journey = journey;

        search.setId("event-search");
        search.getStyleClass().add("event-search");
        search.promptTextProperty().bind(m.text("browse.events.searchPrompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> showKeyboard(true));
        search.textProperty().addListener((obs, old, now) -> {
            if (!resetting) {
                typing.playFromStart();
            }
        });
        typing.setOnFinished(e -> search());
        Button clear = BrowseLayout.button(m, "search-clear", "browse.events.clear", Theme.SECONDARY);
        clear.disableProperty().bind(search.textProperty().isEmpty());
        clear.setOnAction(e -> search.clear());
        HBox searchRow = new HBox(16, search, clear);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        HBox filters = new HBox(16);
        for (DateFilter filter : DateFilter.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("filter-" + filter.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.getStyleClass().add("date-filter");
            button.textProperty().bind(m.text(filter.textKey));
            button.setToggleGroup(dates);
            button.setUserData(filter);
            dateButtons.put(filter, button);
            filters.getChildren().add(button);
        }
        dates.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one date choice is always in force
            } else if (!resetting) {
                search();
            }
        });

        cards.setId("event-list");
        cards.getStyleClass().add("event-list");
        empty = BrowseLayout.emptyListNote(m, "events-empty", "browse.events.none");

        keyboard = new TouchKeyboard(m);
        keyboard.setId("search-keyboard");
        keyboard.setTarget(search);
        keyboard.actionTextProperty().bind(m.text("browse.events.searchKey"));
        keyboard.setOnAction(e -> {
            showKeyboard(false);
            typing.stop();
            search();
        });
        keyboard.managedProperty().bind(keyboard.visibleProperty());
        keyboard.setMaxWidth(1400);
        BorderPane.setAlignment(keyboard, Pos.CENTER);

        VBox body = new VBox(24, searchRow, filters, empty, BrowseLayout.scrolling(cards));
        view = BrowseLayout.screen(frame, "events", "browse.events.title", null, body);
        view.setBottom(keyboard);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        resetting = true;
        search.clear();
        dates.selectToggle(dateButtons.get(DateFilter.ALL));
        resetting = false;
        typing.stop();
        showKeyboard(false);
        cards.getChildren().clear();
        listed = List.of();
        empty.setVisible(false);
        search();
    }

    @Override
    public void hidden() {
        typing.stop();
        if (searching != null) {
            searching.cancel();
            searching = null;
        }
    }

    private void showKeyboard(boolean show) {
        keyboard.setVisible(show);
    }

    /** Asks for the events matching the typed text and the date choice; a newer search replaces an older one. */
    private void search() {
        if (searching != null) {
            searching.cancel();
        }
        String text = search.getText();
        DateFilter filter = (DateFilter) dates.getSelectedToggle().getUserData();
        DateFilter.Days days = filter.days(LocalDate.now(clock.withZone(venueZone)));
        searching = BackgroundTask.of(() -> sale.findEvents(text, days.from(), days.to()))
                .onSuccess(events -> {
                    searching = null;
                    show(events);
                })
                .onFailure(failure -> {
                    searching = null;
                    calls.report(failure);
                })
                .executeWith(tasks);
    }

    private void show(List<EventSummary> events) {
        Instant now = clock.instant();
        List<EventSummary> onSale = events.stream()
                .filter(event -> event.sessions().stream().anyMatch(s -> s.startsAt().isAfter(now)))
                .toList();
        // while typing, one letter more often finds the same events: keep the cards rather than flicker
        if (!onSale.equals(listed)) {
            listed = onSale;
            cards.getChildren().setAll(onSale.stream().map(event -> card(event, now)).toList());
        }
        empty.setVisible(onSale.isEmpty());
    }

    private Node card(EventSummary event, Instant now) {
        Label title = new Label(event.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label place = new Label(event.venue() + " · " + event.city());
        place.getStyleClass().add(Theme.MUTED);
        List<SessionSummary> coming = event.sessions().stream().filter(s -> s.startsAt().isAfter(now)).toList();
        Instant next = coming.get(0).startsAt();
        Label when = new Label();
        when.textProperty().bind(m.text("browse.events.nextSession",
                m.localized(locale -> Formats.dateTime(next, venueZone, locale))));
        Label count = new Label();
        count.getStyleClass().add(Theme.MUTED);
        count.textProperty().bind(m.text("browse.events.sessionCount", coming.size()));
        VBox content = new VBox(12, title, place, when, count);
        content.setAlignment(Pos.TOP_LEFT);

        Button card = BrowseLayout.cardButton("event-" + event.id(), "event-card", content);
        card.setAlignment(Pos.TOP_LEFT);
        card.setAccessibleText(event.title());
        card.setOnAction(e -> choose(event.id()));
        return card;
    }

    private void choose(String eventId) {
        showKeyboard(false);
        calls.read(() -> sale.chooseEvent(eventId), chosen -> journey.go(Place.SESSIONS));
    }
}
