package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.theme.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The event's sessions: each with its start on the venue's clock, its free seats, its half-price
 * tickets sold of its cap (meia-entrada) and whether online buyers queue. Pick one to change or delete it (a session with sales is refused, with the reason);
 * a date, a time and "add" makes a new one. Deleting asks for a second click.
 */
final class SessionsTab implements DetailTab {
    /** Lei 12.933/2013: at least 40 % of a session's tickets may be bought at half price. */
    private static final int HALF_PRICE_BY_LAW = 40;
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessage message;
    private final Inputs inputs;
    private final Messages messages;
    private final ZoneId zone;
    private final Consumer<String> saved;
    private final Tab tab;
    private final ListView<SessionSummary> sessions = new ListView<>();
    private final DatePicker date = new DatePicker();
    private final TextField time;
    private final CheckBox queue;
    private final TextField halfPrice;
    private EventSummary event;
    /** The session a first click on "delete" asked about, waiting for the second; null when none. */
    private String deleting;

    SessionsTab(TerminalBackend backend, BackendCalls calls, PartnerMessage message, Inputs inputs, ZoneId zone,
                Consumer<String> saved) {
        this.backend = backend;
        this.calls = calls;
        this.message = message;
        this.inputs = inputs;
        this.messages = message.messages();
        this.zone = zone;
        this.saved = saved;
        tab = Forms.tab("partner-tab-sessions", messages.get("partner.tab.sessions"));
        sessions.setId("partner-sessions");
        sessions.setPlaceholder(new Label(messages.get("partner.sessions.none")));
        sessions.setCellFactory(list -> new SessionCell());
        sessions.getSelectionModel().selectedItemProperty().addListener((obs, old, session) -> pick(session));
        date.setId("partner-session-date");
        date.setConverter(dayConverter());
        date.setPromptText(messages.get("partner.session.date.prompt"));
        time = Forms.field("partner-session-time", messages.get("partner.session.time.prompt"));
        queue = new CheckBox(messages.get("partner.session.queue"));
        queue.setId("partner-session-queue");
        halfPrice = Forms.field("partner-session-half-price", messages.get("partner.session.halfPrice.prompt"));

        GridPane form = Forms.grid();
        Forms.row(form, messages.get("partner.session.date"), date);
        Forms.row(form, messages.get("partner.session.time"), time);
        Forms.row(form, messages.get("partner.session.halfPrice"), halfPrice);
        form.add(queue, 1, form.getRowCount());
        Button save = Forms.button("partner-session-save", messages.get("partner.session.save"), Theme.SECONDARY,
                this::change);
        Button delete = Forms.button("partner-session-delete", messages.get("partner.session.delete"), Theme.DANGER,
                this::delete);
        // changing and deleting act on the session picked in the list
        save.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(save.disableProperty());
        HBox buttons = new HBox(8,
                Forms.button("partner-session-add", messages.get("partner.session.add"), Theme.PRIMARY, this::add),
                save, delete);
        form.add(buttons, 1, form.getRowCount());
        Label hint = new Label(messages.get("partner.sessions.hint",
                zone.getDisplayName(TextStyle.FULL, messages.getLocale())));
        hint.setWrapText(true);
        hint.getStyleClass().add(Theme.MUTED);
        HBox content = Forms.listBesideForm(messages.get("partner.tab.sessions"), sessions,
                messages.get("partner.session.form"), form, hint);
        tab.setContent(content);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void show(EventSummary shown) {
        event = shown;
        deleting = null;
        sessions.getItems().setAll(shown == null ? List.of() : shown.sessions());
        pick(null);
    }

    private void pick(SessionSummary session) {
        deleting = null;
        if (session == null) {
            date.setValue(null);
            time.clear();
            queue.setSelected(false);
            halfPrice.clear();
            return;
        }
        ZonedDateTime start = session.startsAt().atZone(zone);
        date.setValue(start.toLocalDate());
        time.setText(start.toLocalTime().toString());
        queue.setSelected(session.queueEnabled());
        halfPrice.setText(Integer.toString(session.halfPriceCapPercent()));
    }

    private void add() {
        Instant start = startTyped();
        Integer share = halfPriceTyped();
        if (start == null || share == null) {
            return;
        }
        String eventId = event.id();
        SessionDraft draft = new SessionDraft(start, queue.isSelected(), share);
        calls.write(() -> backend.call(client -> client.createSession(eventId, draft)), created -> {
            message.say("partner.session.added", when(created.startsAt()));
            saved.accept(eventId);
        });
    }

    private void change() {
        SessionSummary session = sessions.getSelectionModel().getSelectedItem();
        Instant start = startTyped();
        Integer share = halfPriceTyped();
        if (start == null || share == null) {
            return;
        }
        String eventId = event.id();
        SessionDraft draft = new SessionDraft(start, queue.isSelected(), share);
        calls.write(() -> backend.call(client -> client.editSession(session.id(), draft)), changed -> {
            message.say("partner.session.saved", when(changed.startsAt()));
            saved.accept(eventId);
        });
    }

    private void delete() {
        SessionSummary session = sessions.getSelectionModel().getSelectedItem();
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

    /** The typed start, or null with the mistake said. */
    private Instant startTyped() {
        try {
            commitTypedDate();
            return inputs.startsAt(date.getValue(), time.getText(), zone);
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return null;
        }
    }

    /** The typed half-price share, 40 (the law's) when left empty, or null with the mistake said. */
    private Integer halfPriceTyped() {
        if (halfPrice.getText() == null || halfPrice.getText().isBlank()) {
            return HALF_PRICE_BY_LAW;
        }
        try {
            return inputs.count(halfPrice.getText(), messages.get("partner.session.halfPrice"), 0, 100);
        } catch (IllegalArgumentException e) {
            message.warn(e.getMessage());
            return null;
        }
    }

    /** A date typed but not yet confirmed with Enter counts too. */
    private void commitTypedDate() {
        String typed = date.getEditor().getText();
        if (typed != null && !typed.isBlank()) {
            LocalDate day = date.getConverter().fromString(typed);
            if (day == null) {
                throw new IllegalArgumentException(messages.get("partner.input.date",
                        messages.get("partner.session.date"), date.getConverter().toString(LocalDate.now(zone))));
            }
            date.setValue(day);
        }
    }

    private String when(Instant start) {
        return Formats.dateTime(start, zone, messages.getLocale());
    }

    /** Days as the partner's language writes them: 20/12/2026 in pt-BR, 2026-12-20 otherwise. */
    private StringConverter<LocalDate> dayConverter() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("partner.session.date.pattern"));
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : format.format(day);
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

    private final class SessionCell extends ListCell<SessionSummary> {
        @Override
        protected void updateItem(SessionSummary session, boolean empty) {
            super.updateItem(session, empty);
            if (empty || session == null) {
                setText(null);
                return;
            }
            setText(messages.get("partner.sessions.line", when(session.startsAt()), session.availableSeats(),
                    session.totalSeats(), session.queueEnabled() ? 1 : 0, session.halfPriceSold(),
                    session.halfPriceCap()));
        }
    }
}
