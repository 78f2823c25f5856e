package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;

/**
 * The event's sessions ({@link SessionsTab} shows them): each with its start on the venue's clock,
 * its free seats, its half-price tickets sold of its cap (meia-entrada) and whether online buyers
 * queue. Pick one to change or delete it (a session with sales is refused, with the reason); a date,
 * a time and "add" makes a new one. Deleting asks first: the second "delete" does it.
 */
final class SessionsViewModel implements EventDetail {
    /** Lei 12.933/2013: at least 40 % of a session's tickets may be bought at half price. */
    private static final int HALF_PRICE_BY_LAW = 40;
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessageViewModel message;
    private final Inputs inputs;
    private final Messages messages;
    private final ZoneId zone;
    private final Consumer<String> saved;
    private final StringConverter<LocalDate> days;
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SessionSummary> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final ReadOnlyBooleanWrapper sessionPicked = new ReadOnlyBooleanWrapper(this, "sessionPicked");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty dayTyped = new SimpleStringProperty(this, "dayTyped", "");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final BooleanProperty queue = new SimpleBooleanProperty(this, "queue");
    private final StringProperty halfPrice = new SimpleStringProperty(this, "halfPrice", "");
    private EventSummary event;
    /** The session a first "delete" asked about, waiting for the second; null when none. */
    private String deleting;

    SessionsViewModel(TerminalBackend backend, BackendCalls calls, PartnerMessageViewModel message, Inputs inputs,
                      ZoneId zone, Consumer<String> saved) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
        this.zone = zone;
        this.saved = saved;
        this.days = dayConverter();
        sessionPicked.bind(picked.isNotNull());
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        sessions.setAll(shown == null ? List.of() : shown.sessions());
        pick(null);
    }

    /** The session picked in the list fills the form; none empties it. */
    void pick(SessionSummary session) {
        deleting = null;
        picked.set(session);
        if (session == null) {
            day.set(null);
            time.set("");
            queue.set(false);
            halfPrice.set("");
            return;
        }
        ZonedDateTime start = session.startsAt().atZone(zone);
        day.set(start.toLocalDate());
        time.set(start.toLocalTime().toString());
        queue.set(session.queueEnabled());
        halfPrice.set(Integer.toString(session.halfPriceCapPercent()));
    }

    /** A new session as typed. */
    void add() {
        SessionDraft draft = typed();
        if (draft == null) {
            return;
        }
        String eventId = event.id();
        calls.write(() -> backend.call(client -> client.createSession(eventId, draft)), created -> {
            message.say("partner.session.added", when(created.startsAt()));
            saved.accept(eventId);
        });
    }

    /** The session picked, changed as typed. */
    void change() {
        SessionSummary session = picked.get();
        if (session == null) {
            return;
        }
        SessionDraft draft = typed();
        if (draft == null) {
            return;
        }
        String eventId = event.id();
        calls.write(() -> backend.call(client -> client.editSession(session.id(), draft)), changed -> {
            message.say("partner.session.saved", when(changed.startsAt()));
            saved.accept(eventId);
        });
    }

    /** The first time asks about the session picked; the second, for the same session, deletes it. */
    void delete() {
        SessionSummary session = picked.get();
        if (session == null) {
            return;
        }
        if (!session.id().equals(deleting)) {
            deleting = session.id();
            message.say("partner.session.delete.confirm", when(session.startsAt()));
            return;
        }
        deleting = null;
        String eventId = event.id();
        calls.idempotentWrite(() -> backend.call(client -> {
            client.deleteSession(session.id());
            return session;
        }), gone -> {
            message.say("partner.session.deleted", when(gone.startsAt()));
            saved.accept(eventId);
        });
    }

    /** The session as typed, or null with the mistake said. */
    private SessionDraft typed() {
        try {
            Instant start = inputs.startsAt(dayMeant(), time.get(), zone);
            return new SessionDraft(start, queue.get(), halfPriceShare());
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return null;
        }
    }

    /** The day typed counts even before it was confirmed with Enter; else the day picked. */
    private LocalDate dayMeant() {
        String typed = dayTyped.get();
        if (typed == null || typed.isBlank()) {
            return day.get();
        }
        LocalDate parsed = days.fromString(typed);
        if (parsed == null) {
            throw new IllegalArgumentException(messages.get("partner.input.date",
                    messages.get("partner.session.date"), days.toString(LocalDate.now(zone))));
        }
        day.set(parsed);
        return parsed;
    }

    /** The typed half-price share; the law's 40 when left empty. */
    private int halfPriceShare() {
        if (halfPrice.get() == null || halfPrice.get().isBlank()) {
            return HALF_PRICE_BY_LAW;
        }
        return inputs.count(halfPrice.get(), messages.get("partner.session.halfPrice"), 0, 100);
    }

    ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    ReadOnlyObjectProperty<SessionSummary> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** Changing and deleting act on the session picked. */
    ReadOnlyBooleanProperty sessionPickedProperty() {
        return sessionPicked.getReadOnlyProperty();
    }

    /** The day picked or confirmed. */
    ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The day as it stands in the field, confirmed or not. */
    StringProperty dayTypedProperty() {
        return dayTyped;
    }

    StringProperty timeProperty() {
        return time;
    }

    BooleanProperty queueProperty() {
        return queue;
    }

    StringProperty halfPriceProperty() {
        return halfPrice;
    }

    /** Days as the partner's language writes them: 20/12/2026 in pt-BR, 2026-12-20 otherwise. */
    StringConverter<LocalDate> days() {
        return days;
    }

    /** Under the form: times are the venue's, named. */
    String hint() {
        return messages.get("partner.sessions.hint", zone.getDisplayName(TextStyle.FULL, messages.getLocale()));
    }

    /** A session's line in the list. */
    String line(SessionSummary session) {
        return messages.get("partner.sessions.line", when(session.startsAt()), session.availableSeats(),
                session.totalSeats(), session.queueEnabled() ? 1 : 0, session.halfPriceSold(), session.halfPriceCap());
    }

    private String when(Instant start) {
        return Formats.dateTime(start, zone, messages.getLocale());
    }

    private StringConverter<LocalDate> dayConverter() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("partner.session.date.pattern"));
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return value == null ? "" : format.format(value);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), format);
                } catch (DateTimeParseException e) {
                    return null; // said when the session is saved
                }
            }
        };
    }
}
