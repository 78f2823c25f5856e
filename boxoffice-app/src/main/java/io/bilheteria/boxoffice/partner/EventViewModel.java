package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The event itself ({@link EventTab} shows it): title, description, category, venue, city and the
 * poster's address (posters are linked, not uploaded). Saving a new event creates it; the title
 * is required.
 */
final class EventViewModel implements EventDetail {
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessageViewModel message;
    private final Inputs inputs;
    private final Messages messages;
    private final Consumer<String> saved;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty poster = new SimpleStringProperty(this, "poster", "");
    private final ReadOnlyStringWrapper saveText = new ReadOnlyStringWrapper(this, "saveText", "");
    private EventSummary event;

    /** @param saved called with the event's id once it is created or changed */
    EventViewModel(TerminalBackend backend, BackendCalls calls, PartnerMessageViewModel message, Inputs inputs,
                   Consumer<String> saved) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
        this.saved = saved;
        show(null);
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        title.set(shown == null ? "" : shown.title());
        description.set(text(shown == null ? null : shown.description()));
        category.set(text(shown == null ? null : shown.category()));
        venue.set(text(shown == null ? null : shown.venue()));
        city.set(text(shown == null ? null : shown.city()));
        poster.set(text(shown == null ? null : shown.posterUrl()));
        saveText.set(messages.get(shown == null ? "partner.event.create" : "partner.event.save"));
    }

    /** The event created or changed as typed; a missing title is said and nothing is sent. */
    void save() {
        String name;
        try {
            name = inputs.required(title.get(), messages.get("partner.event.title"));
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return;
        }
        EventDraft draft = new EventDraft(null, name, description.get().trim(), category.get().trim(),
                venue.get().trim(), city.get().trim(), poster.get().trim());
        EventSummary editing = event;
        calls.write(() -> backend.call(client -> editing == null ? client.createEvent(draft)
                        : client.editEvent(editing.id(), draft)),
                done -> {
                    message.say(editing == null ? "partner.event.created" : "partner.event.saved", done.title());
                    saved.accept(done.id());
                });
    }

    StringProperty titleProperty() {
        return title;
    }

    StringProperty descriptionProperty() {
        return description;
    }

    StringProperty categoryProperty() {
        return category;
    }

    StringProperty venueProperty() {
        return venue;
    }

    StringProperty cityProperty() {
        return city;
    }

    /** The poster's address; the view loads the image from it. */
    StringProperty posterProperty() {
        return poster;
    }

    /** "Create" for a new event, "save" for one that exists. */
    ReadOnlyStringProperty saveTextProperty() {
        return saveText.getReadOnlyProperty();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
