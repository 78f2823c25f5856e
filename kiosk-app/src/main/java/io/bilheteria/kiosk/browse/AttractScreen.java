package io.bilheteria.kiosk.browse;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskHandle;
import io.bilheteria.ui.theme.Theme;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The idle screen: the events on sale, one after another, and "touch to start". Any touch
 * starts a purchase; the two language buttons start it in that language; "Retirar ingressos"
 * prints an order bought online or by phone. It shows only what is on sale, never anything of
 * the customer before.
 */
public final class AttractScreen implements Screen {
    private static final Duration SLIDE = Duration.seconds(5);
    /** Sessions start and sell out while nobody touches the totem: reload now and then. */
    private static final java.time.Duration RELOAD_EVERY = java.time.Duration.ofMinutes(5);

    /** An event as the attract loop shows it: with the next session still to come. */
    record Featured(String eventId, String title, String venue, String city, Instant nextSession) {
        static Optional<Featured> of(EventSummary event, Instant now) {
            return event.sessions().stream().map(s -> s.startsAt()).filter(now::isBefore).min(Comparator.naturalOrder())
                    .map(next -> new Featured(event.id(), event.title(), event.venue(), event.city(), next));
        }
    }

    private final Messages messages;
    private final Sale sale;
    private final BackendCalls calls;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ZoneId venueZone;
    private final Journey journey;
    private final StackPane view = new StackPane();
    private final VBox slide;
    private final ObjectProperty<Featured> showing = new SimpleObjectProperty<>(this, "showing");
    private final Timeline slides = new Timeline(new KeyFrame(SLIDE, e -> nextSlide()));
    private List<Featured> featured = List.of();
    private int index;
    private Instant loadedAt;
    private TaskHandle loading;

    /** @param collectTickets "Retirar ingressos": starts collecting an order bought elsewhere */
    public AttractScreen(Messages messages, Sale sale, BackendCalls calls, TaskExecutor tasks, Clock clock,
                         ZoneId venueZone, Journey journey, Runnable collectTickets) {
        this.messages = messages;
        this.sale = sale;
        this.calls = calls;
        this.tasks = tasks;
        this.clock = clock;
        this.venueZone = venueZone;
        this.journey = journey;
        Messages m = messages;
        slides.setCycleCount(Timeline.INDEFINITE);

        Label title = new Label();
        title.setId("attract-title");
        title.getStyleClass().add("attract-title");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> showing.get() == null ? "" : showing.get().title(), showing));
        Label venue = new Label();
        venue.setId("attract-venue");
        venue.getStyleClass().add(Theme.SUBTITLE);
        venue.textProperty().bind(Bindings.createStringBinding(
                () -> showing.get() == null ? "" : showing.get().venue() + " · " + showing.get().city(), showing));
        Label date = new Label();
        date.setId("attract-date");
        date.getStyleClass().add(Theme.SUBTITLE);
        date.textProperty().bind(m.text("browse.attract.nextSession", m.localized(this::nextSessionText, showing)));
        slide = new VBox(24, title, venue, date);
        slide.setAlignment(Pos.CENTER);
        slide.getStyleClass().add("attract-slide");
        slide.visibleProperty().bind(showing.isNotNull());
        slide.setId("attract-featured");
        // touching the featured event opens it directly: one tap fewer than going through the list
        slide.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            openFeatured();
        });

        Label touch = new Label();
        touch.setId("attract-touch");
        touch.getStyleClass().add("attract-touch");
        touch.textProperty().bind(m.text("browse.attract.touch"));

        Button portuguese = language("attract-pt", "browse.attract.portuguese", Messages.PT_BR);
        Button english = language("attract-en", "browse.attract.english", Messages.ENGLISH);
        HBox languages = new HBox(32, portuguese, english);
        languages.setAlignment(Pos.CENTER);
        // as big as "touch to start": cinema totems are used first of all to collect what was bought online
        Button collect = BrowseLayout.button(messages, "attract-collect", "browse.attract.collect", Theme.SECONDARY,
                "attract-collect");
        collect.setOnAction(e -> {
            if (journey.place() == Place.ATTRACT) {
                collectTickets.run();
            }
        });

        Region top = new Region();
        Region bottom = new Region();
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        VBox content = new VBox(48, top, slide, touch, bottom, collect, languages);
        content.setAlignment(Pos.CENTER);
        content.getStyleClass().add("attract");
        view.getChildren().add(content);
        view.setId("attract");
        view.getStylesheets().add(BrowseLayout.STYLESHEET);
        // a touch anywhere starts; a language button already started, so only the first start counts
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> start());
    }

    private Button language(String id, String key, Locale locale) {
        Button button = BrowseLayout.button(messages, id, key, Theme.SECONDARY, "attract-language");
        button.setOnAction(e -> {
            messages.setLocale(locale);
            start();
        });
        return button;
    }

    private String nextSessionText(Locale locale) {
        Featured event = showing.get();
        return event == null ? "" : Formats.dateTime(event.nextSession(), venueZone, locale);
    }

    private void openFeatured() {
        Featured event = showing.get();
        if (event == null || journey.place() != Place.ATTRACT) {
            start();
            return;
        }
        calls.read(() -> sale.chooseEvent(event.eventId()), chosen -> {
            if (journey.place() == Place.ATTRACT) {
                journey.go(Place.SESSIONS);
            }
        });
    }

    private void start() {
        if (journey.place() == Place.ATTRACT) {
            journey.go(Place.EVENTS);
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        index = 0;
        showing.set(featured.isEmpty() ? null : featured.get(0));
        load();
        slides.playFromStart();
    }

    @Override
    public void hidden() {
        slides.stop();
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
    }

    private void load() {
        if (loading != null) {
            loading.cancel();
        }
        loadedAt = clock.instant();
        loading = BackgroundTask.of(() -> sale.findEvents("", null, null))
                .onSuccess(events -> {
                    loading = null;
                    Instant now = clock.instant();
                    featured = events.stream().map(e -> Featured.of(e, now)).flatMap(Optional::stream)
                            .sorted(Comparator.comparing(Featured::nextSession)).toList();
                    index = 0;
                    showing.set(featured.isEmpty() ? null : featured.get(0));
                })
                .onFailure(failure -> {
                    loading = null;
                    calls.report(failure);
                })
                .executeWith(tasks);
    }

    private void nextSlide() {
        if (java.time.Duration.between(loadedAt, clock.instant()).compareTo(RELOAD_EVERY) >= 0) {
            load();
            return;
        }
        if (featured.size() < 2) {
            return;
        }
        index = (index + 1) % featured.size();
        FadeTransition fade = new FadeTransition(Duration.millis(400), slide);
        fade.setFromValue(0.2);
        fade.setToValue(1);
        showing.set(featured.get(index));
        fade.play();
    }
}
