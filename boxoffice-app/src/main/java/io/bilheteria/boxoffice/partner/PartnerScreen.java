package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A partner's back office at a desk, by mouse and keyboard: its events on the left (typed text
 * filters them; an event code and Enter opens an event that is not in the list, which the backend
 * refuses when it is another partner's), and the picked event in tabs: the event itself, its
 * sessions, its sections with their seat layouts, its products, its sales. "New event" starts an
 * empty one; the other tabs open once it is saved.
 */
public final class PartnerScreen {
    public static final String BUNDLE = "io.bilheteria.boxoffice.partner.partner";
    /** True while the list is read again after a save: the event picked then keeps the save's message. */
    private boolean reloading;
    private final TerminalBackend backend;
    private final BackendCalls calls;
    private final PartnerMessage message;
    private final Messages messages;
    private final BorderPane view = new BorderPane();
    private final TextField find = new TextField();
    private final ObservableList<EventSummary> mine = FXCollections.observableArrayList();
    private final FilteredList<EventSummary> shown = new FilteredList<>(mine);
    private final ListView<EventSummary> events = new ListView<>(shown);
    private final TabPane tabs = new TabPane();
    private final EventTab eventTab;
    private final List<DetailTab> detail;

    /**
     * @param backend the partner's account: its calls sign in again by themselves when the token runs out
     * @param zone    the venue's time zone, in which sessions are written and sales are counted by hour and day
     */
    public PartnerScreen(Locale locale, TerminalBackend backend, TaskExecutor tasks, ZoneId zone, String username,
                         Runnable signOut) {
        messages = new Messages(locale, BUNDLE);
        this.backend = backend;
        calls = new BackendCalls(tasks, messages);
        message = new PartnerMessage(messages, calls);
        Inputs inputs = new Inputs(messages);
        eventTab = new EventTab(backend, calls, message, inputs, this::saved);
        detail = List.of(eventTab, new SessionsTab(backend, calls, message, inputs, zone, this::saved),
                new SectionsTab(backend, calls, message, inputs, zone), new ProductsTab(backend, calls, message, inputs),
                new SalesTab(backend, calls, message, zone));
        detail.forEach(part -> tabs.getTabs().add(part.tab()));
        tabs.setId("partner-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        view.getStyleClass().add("partner-screen");
        view.getStylesheets().add(Objects.requireNonNull(PartnerScreen.class.getResource("partner.css")).toExternalForm());
        view.setTop(header(username, signOut));
        view.setLeft(eventList());
        view.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(8, 12, 0, 0));
        view.setBottom(message.view());
        BorderPane.setMargin(message.view(), new Insets(8, 12, 12, 12));
        startNew();
    }

    private Node header(String username, Runnable signOut) {
        Label title = new Label(messages.get("partner.title"));
        title.getStyleClass().add(Theme.TITLE);
        Label who = new Label(messages.get("partner.signedInAs", username));
        who.setId("partner-user");
        who.getStyleClass().add(Theme.MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button out = new Button(messages.get("partner.signOut"));
        out.setId("partner-sign-out");
        out.getStyleClass().add(Theme.SECONDARY);
        out.setOnAction(event -> signOut.run());
        HBox header = new HBox(16, title, gap, who, out);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.getStyleClass().add("partner-header");
        return header;
    }

    private Node eventList() {
        Label title = new Label(messages.get("partner.events"));
        title.getStyleClass().add(Theme.SUBTITLE);
        find.setId("partner-find");
        find.setPromptText(messages.get("partner.find"));
        find.textProperty().addListener((obs, old, text) -> {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(event -> wanted.isEmpty() || event.title().toLowerCase(Locale.ROOT).contains(wanted));
        });
        find.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                findOrOpen(find.getText().trim());
                key.consume();
            }
        });
        events.setId("partner-events");
        events.setPlaceholder(new Label(messages.get("partner.events.none")));
        events.setCellFactory(list -> new EventCell());
        events.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> {
            if (event != null) {
                if (!reloading) {
                    message.clear(); // a message about the event shown before does not apply to this one
                }
                showEvent(event);
            }
        });
        VBox.setVgrow(events, Priority.ALWAYS);
        Button create = new Button(messages.get("partner.events.new"));
        create.setId("partner-new-event");
        create.getStyleClass().add(Theme.PRIMARY);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(event -> startNew());
        VBox column = new VBox(8, title, find, events, create);
        column.setPadding(new Insets(8, 12, 0, 12));
        column.setPrefWidth(360);
        return column;
    }

    /** Loads the partner's events; on the FX thread, once shown. */
    public void open() {
        reload(null);
    }

    public Node view() {
        return view;
    }

    public void focus() {
        find.requestFocus();
    }

    /** A new event: the event tab empty, the others closed until it is saved. */
    private void startNew() {
        events.getSelectionModel().clearSelection();
        detail.forEach(part -> part.show(null));
        detail.stream().filter(part -> part != eventTab).forEach(part -> part.tab().setDisable(true));
        tabs.getSelectionModel().select(eventTab.tab());
        message.say("partner.event.new"); // what the last event's work said no longer applies
    }

    private void showEvent(EventSummary event) {
        detail.forEach(part -> {
            part.tab().setDisable(false);
            part.show(event);
        });
    }

    /** After a save: the list again, with the saved event picked and shown afresh. */
    private void saved(String eventId) {
        reload(eventId);
    }

    private void reload(String pickId) {
        calls.read(() -> backend.call(client -> client.partnerEvents(null).items()), list -> {
            reloading = true;
            events.getSelectionModel().clearSelection();
            mine.setAll(list);
            // picking it shows it (the selection's listener), with what was just saved
            list.stream().filter(event -> event.id().equals(pickId)).findFirst()
                    .ifPresent(event -> events.getSelectionModel().select(event));
            reloading = false;
        });
    }

    /**
     * Enter in the find field: the one event the text filters to, or else the event with that code,
     * which is not in the list because it is not this partner's (or does not exist): said plainly.
     */
    private void findOrOpen(String text) {
        if (shown.size() == 1) {
            events.getSelectionModel().select(0);
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
                find.clear();
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

    private final class EventCell extends ListCell<EventSummary> {
        @Override
        protected void updateItem(EventSummary event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setText(null);
                return;
            }
            String place = event.venue() == null || event.venue().isBlank() ? "" : event.venue()
                    + (event.city() == null || event.city().isBlank() ? "" : ", " + event.city());
            setText(event.title() + "\n" + messages.get("partner.events.line", place, event.sessions().size()));
        }
    }
}
