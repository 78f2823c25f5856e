package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A partner's back office without its nodes ({@link PartnerScreen} shows it): the partner's events,
 * filtered by the text typed; the one picked, handed to each tab's model; a new event started; an
 * event code looked up when it is not in the list (another partner's is refused, said plainly).
 */
final class PartnerViewModel {
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessageViewModel message;
    private final Messages messages;
    private final List<EventDetail> details = new ArrayList<>();
    private final StringProperty find = new SimpleStringProperty(this, "find", "");
    private final ObservableList<EventSummary> mine = FXCollections.observableArrayList();
    private final FilteredList<EventSummary> shown = new FilteredList<>(mine);
    private final ReadOnlyObjectWrapper<EventSummary> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final ReadOnlyBooleanWrapper eventOpen = new ReadOnlyBooleanWrapper(this, "eventOpen");
    /** True while the list is read again after a save: the event picked then keeps the save's message. */
    private boolean reloading;

    PartnerViewModel(TerminalBackend backend, BackendCalls calls, PartnerMessageViewModel message) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.messages = message.messages();
        find.addListener((obs, old, text) -> {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(event -> wanted.isEmpty() || event.title().toLowerCase(Locale.ROOT).contains(wanted));
        });
    }

    /** The tabs' models, in the tabs' order; each is shown the event picked. */
    void detailedBy(List<EventDetail> tabs) {
        details.addAll(tabs);
    }

    /** Loads the partner's events. */
    void open() {
        reload(null);
    }

    /** A new event: every tab empty, the tabs other than the event's closed until it is saved. */
    void startNew() {
        picked.set(null);
        eventOpen.set(false);
        details.forEach(tab -> tab.show(null));
        message.say("partner.event.new"); // what the last event's work said no longer applies
    }

    /** An event picked in the list: every tab shows it. Picking the event already shown changes nothing. */
    void pick(EventSummary event) {
        if (event == null || event == picked.get()) {
            return;
        }
        if (!reloading) {
            message.clear(); // a message about the event shown before does not apply to this one
        }
        picked.set(event);
        eventOpen.set(true);
        details.forEach(tab -> tab.show(event));
    }

    /** After a save: the list again, with the saved event picked and shown afresh. */
    void saved(String eventId) {
        reload(eventId);
    }

    private void reload(String pickId) {
        calls.read(() -> backend.call(client -> client.partnerEvents(null).items()), list -> {
            reloading = true;
            picked.set(null);
            mine.setAll(list);
            list.stream().filter(event -> event.id().equals(pickId)).findFirst().ifPresent(this::pick);
            reloading = false;
        });
    }

    /**
     * Enter in the find field: the one event the text filters to, or else the event with that code,
     * which is not in the list because it is not this partner's (or does not exist): said plainly.
     */
    void findOrOpen() {
        String text = find.get().trim();
        if (shown.size() == 1) {
            pick(shown.get(0));
            return;
        }
        if (text.isEmpty() || !shown.isEmpty()) {
            return;
        }
        calls.read(() -> backend.call(client -> {
            EventSummary event = client.event(text);
            try {
                client.sections(event.id());
                return new Found(event, true);
            } catch (NotFoundException notOurs) {
                return new Found(event, false);
            }
        }), found -> {
            if (found.ours()) {
                find.set("");
                message.clear();
                reload(found.event().id());
            } else {
                message.warn(messages.get("partner.find.notYours", found.event().title()));
            }
        }, failure -> {
            if (failure.cause() instanceof NotFoundException) {
                message.warn(messages.get("partner.find.none", text));
            } else {
                calls.report(failure);
            }
        });
    }

    private record Found(EventSummary event, boolean ours) {
    }

    /** The text typed to filter the list, or an event's code. */
    StringProperty findProperty() {
        return find;
    }

    /** The partner's events the text typed lets through. */
    ObservableList<EventSummary> events() {
        return shown;
    }

    /** The event every tab shows; null while none is picked. */
    ReadOnlyObjectProperty<EventSummary> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** Whether a saved event is open: the tabs other than the event's need one. */
    ReadOnlyBooleanProperty eventOpenProperty() {
        return eventOpen.getReadOnlyProperty();
    }

    /** An event's line in the list: its title, then its place and how many sessions it has. */
    String line(EventSummary event) {
        String place = event.venue() == null || event.venue().isBlank() ? "" : event.venue()
                + (event.city() == null || event.city().isBlank() ? "" : ", " + event.city());
        return event.title() + "\n" + messages.get("partner.events.line", place, event.sessions().size());
    }
}
