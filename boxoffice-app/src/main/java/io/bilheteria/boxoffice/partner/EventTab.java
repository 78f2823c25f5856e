package io.bilheteria.boxoffice.partner;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
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

/** The event's form beside its poster, as {@link EventViewModel} holds them; the poster shown as it loads. */
final class EventTab {
    private static final double POSTER_WIDTH = 260;
    private static final double POSTER_HEIGHT = 370;
    private final Messages messages;
    private final Tab tab;
    private final TextField title;
    private final ImageView posterView = new ImageView();
    private final Label posterNote = new Label();

    EventTab(EventViewModel model, Messages messages) {
        this.messages = messages;
        tab = Forms.tab("partner-tab-event", messages.get("partner.tab.event"));
        title = Forms.field("partner-event-title", messages.get("partner.event.title.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea description = new TextArea();
        description.setId("partner-event-description");
        description.setPromptText(messages.get("partner.event.description.prompt"));
        description.setWrapText(true);
        description.setPrefRowCount(6);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        TextField category = Forms.field("partner-event-category", messages.get("partner.event.category.prompt"));
        category.textProperty().bindBidirectional(model.categoryProperty());
        TextField venue = Forms.field("partner-event-venue", messages.get("partner.event.venue.prompt"));
        venue.textProperty().bindBidirectional(model.venueProperty());
        TextField city = Forms.field("partner-event-city", messages.get("partner.event.city.prompt"));
        city.textProperty().bindBidirectional(model.cityProperty());
        TextField poster = Forms.field("partner-event-poster", messages.get("partner.event.poster.prompt"));
        poster.textProperty().bindBidirectional(model.posterProperty());
        // the image loads once the address is typed (the field left), or when another event's is shown
        poster.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                showPoster(poster.getText().trim());
            }
        });
        model.posterProperty().addListener((obs, was, now) -> {
            if (!poster.isFocused()) {
                showPoster(now.trim());
            }
        });
        Button save = Forms.button("partner-event-save", "", Theme.PRIMARY, model::save);
        save.textProperty().bind(model.saveTextProperty());

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
        showPoster(model.posterProperty().get());
    }

    Tab tab() {
        return tab;
    }

    /** A new event is written from its title. */
    void focusTitle() {
        title.requestFocus();
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
}
