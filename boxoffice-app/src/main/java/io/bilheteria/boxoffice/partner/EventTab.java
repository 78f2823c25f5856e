package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.theme.Theme;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The event itself: title, description, category, venue, city and the poster's address (posters
 * are linked, not uploaded), with the poster shown as it loads. Saving a new event creates it.
 */
final class EventTab implements DetailTab {
    private static final double POSTER_WIDTH = 260;
    private static final double POSTER_HEIGHT = 370;
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessage message;
    private final Inputs inputs;
    private final Messages messages;
    private final Consumer<String> saved;
    private final Tab tab;
    private final TextField title;
    private final TextArea description = new TextArea();
    private final TextField category;
    private final TextField venue;
    private final TextField city;
    private final TextField poster;
    private final ImageView posterView = new ImageView();
    private final Label posterNote = new Label();
    private final Button save;
    private EventSummary event;

    /** @param saved called with the event's id once it is created or changed */
    EventTab(TerminalBackend backend, BackendCalls calls, PartnerMessage message, Inputs inputs,
             Consumer<String> saved) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
        this.saved = saved;
        tab = Forms.tab("partner-tab-event", messages.get("partner.tab.event"));
        title = Forms.field("partner-event-title", messages.get("partner.event.title.prompt"));
        description.setId("partner-event-description");
        description.setPromptText(messages.get("partner.event.description.prompt"));
        description.setWrapText(true);
        description.setPrefRowCount(6);
        category = Forms.field("partner-event-category", messages.get("partner.event.category.prompt"));
        venue = Forms.field("partner-event-venue", messages.get("partner.event.venue.prompt"));
        city = Forms.field("partner-event-city", messages.get("partner.event.city.prompt"));
        poster = Forms.field("partner-event-poster", messages.get("partner.event.poster.prompt"));
        poster.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                showPoster(poster.getText().trim());
            }
        });
        save = Forms.button("partner-event-save", "", Theme.PRIMARY, this::save);

        GridPane form = Forms.grid();
        Forms.row(form, messages.get("partner.event.title"), title);
        Forms.row(form, messages.get("partner.event.description"), description);
        Forms.row(form, messages.get("partner.event.category"), category);
        Forms.row(form, messages.get("partner.event.venue"), venue);
        Forms.row(form, messages.get("partner.event.city"), city);
        Forms.row(form, messages.get("partner.event.poster"), poster);
        form.add(save, 1, form.getRowCount());

        posterView.setFitWidth(POSTER_WIDTH);
        posterView.setFitHeight(POSTER_HEIGHT);
        posterView.setPreserveRatio(true);
        posterView.setId("partner-event-poster-image");
        posterNote.setWrapText(true);
        posterNote.getStyleClass().add(Theme.MUTED);
        StackPane frame = new StackPane(posterNote, posterView);
        frame.getStyleClass().add("partner-poster");
        frame.setMinSize(POSTER_WIDTH + 16, POSTER_HEIGHT + 16);
        frame.setMaxSize(POSTER_WIDTH + 16, POSTER_HEIGHT + 16);
        VBox posterColumn = new VBox(8, Forms.heading(messages.get("partner.event.poster")), frame);

        HBox.setHgrow(form, Priority.ALWAYS);
        form.setMaxWidth(900);
        HBox content = new HBox(32, form, posterColumn);
        content.setPadding(new Insets(16));
        tab.setContent(content);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        title.setText(shown == null ? "" : shown.title());
        description.setText(text(shown == null ? null : shown.description()));
        category.setText(text(shown == null ? null : shown.category()));
        venue.setText(text(shown == null ? null : shown.venue()));
        city.setText(text(shown == null ? null : shown.city()));
        poster.setText(text(shown == null ? null : shown.posterUrl()));
        save.setText(messages.get(shown == null ? "partner.event.create" : "partner.event.save"));
        showPoster(poster.getText());
        if (shown == null) {
            title.requestFocus();
        }
    }

    /** The image loads in the background (JavaFX fetches it), so a slow address never blocks the screen. */
    private void showPoster(String url) {
        if (url.isBlank()) {
            posterView.setImage(null);
            posterNote.setText(messages.get("partner.event.poster.none"));
            return;
        }
        Image image = new Image(url, POSTER_WIDTH, POSTER_HEIGHT, true, true, true);
        posterNote.setText(messages.get("partner.event.poster.loading"));
        image.errorProperty().addListener((obs, was, failed) -> {
            if (failed) {
                posterNote.setText(messages.get("partner.event.poster.failed"));
            }
        });
        image.progressProperty().addListener((obs, was, done) -> {
            if (done.doubleValue() >= 1 && !image.isError()) {
                posterNote.setText("");
            }
        });
        posterView.setImage(image);
    }

    private void save() {
        String name;
        try {
            name = inputs.required(title.getText(), messages.get("partner.event.title"));
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return;
        }
        EventDraft draft = new EventDraft(null, name, description.getText().trim(), category.getText().trim(),
                venue.getText().trim(), city.getText().trim(), poster.getText().trim());
        EventSummary editing = event;
        calls.write(() -> backend.call(client -> editing == null ? client.createEvent(draft)
                        : client.editEvent(editing.id(), draft)),
                done -> {
                    message.say(editing == null ? "partner.event.created" : "partner.event.saved", done.title());
                    saved.accept(done.id());
                });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
