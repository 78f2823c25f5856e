package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.calls.BackendCalls;
import java.time.Clock;
import java.time.ZoneId;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The chosen event and its sessions still to come, each a big button with its date and how
 * its seats are going; a sold-out session cannot be chosen.
 */
public final class SessionsScreen implements Screen {
    private final Messages m;
    private final Sale sale;
    private final BackendCalls calls;
    private final Clock clock;
    private final ZoneId venueZone;
    private final HoldClock holdClock;
    private final Journey journey;
    private final BorderPane view;
    private final Label title = new Label();
    private final Label place = new Label();
    private final Label description = new Label();
    private final FlowPane sessions = new FlowPane(24, 24);
    private final Label none;

    public SessionsScreen(Messages messages, Sale sale, BackendCalls calls, Clock clock, ZoneId venueZone,
                          HoldClock holdClock, PurchaseFrame frame, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.calls = calls;
        this.clock = clock;
        this.venueZone = venueZone;
        this.holdClock = holdClock;
        this.journey = journey;
        title.setId("sessions-event-title");
        title.getStyleClass().add(Theme.TITLE);
        title.setWrapText(true);
        place.getStyleClass().add(Theme.SUBTITLE);
        description.setId("sessions-event-description");
        description.getStyleClass().add(Theme.MUTED);
        description.setWrapText(true);
        sessions.setId("session-list");
        none = BrowseLayout.emptyListNote(m, "sessions-none", "browse.sessions.none");
        VBox body = new VBox(24, title, place, description, none, BrowseLayout.scrolling(sessions));
        view = BrowseLayout.screen(frame, "sessions", "browse.sessions.title", Place.EVENTS, body);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        EventSummary event = sale.event().orElse(null);
        if (event == null) {
            journey.go(Place.EVENTS);
            return;
        }
        show(event);
        if (sale.session().isPresent()) {
            // back from the seats: give the held seats back and show the seat counts as they are now
            calls.idempotentWrite(() -> {
                sale.releaseHold();
                return sale.chooseEvent(event.id());
            }, fresh -> {
                holdClock.tick();
                show(fresh);
            });
        }
    }

    private void show(EventSummary event) {
        title.setText(event.title());
        place.setText(event.venue() + " · " + event.city());
        description.setText(event.description());
        Instant now = clock.instant();
        List<Node> buttons = event.sessions().stream().filter(s -> s.startsAt().isAfter(now))
                .map(this::sessionButton).toList();
        sessions.getChildren().setAll(buttons);
        none.setVisible(buttons.isEmpty());
    }

    private Node sessionButton(SessionSummary session) {
        Label when = new Label();
        when.getStyleClass().add("session-when");
        when.textProperty().bind(m.localized(locale -> Formats.dateTime(session.startsAt(),
                venueZone, locale)));
        SessionAvailability availability = SessionAvailability.of(session);
        Label seats = new Label();
        seats.getStyleClass().addAll("session-availability",
                "availability-" + availability.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        seats.textProperty().bind(switch (availability) {
            case SOLD_OUT -> m.text("browse.soldOut");
            case FEW_LEFT -> m.text("browse.sessions.fewLeft");
            case AVAILABLE -> m.text("browse.sessions.available", session.availableSeats());
        });
        VBox content = new VBox(8, when, seats);
        content.setAlignment(Pos.CENTER_LEFT);

        Button button = BrowseLayout.cardButton("session-" + session.id(), "session-button", content);
        button.setDisable(availability == SessionAvailability.SOLD_OUT);
        button.setOnAction(e -> calls.read(() -> sale.chooseSession(session.id()),
                map -> journey.go(Place.SEATS)));
        return button;
    }
}
