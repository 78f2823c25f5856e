package io.bilheteria.boxoffice.gate.ui;

import io.bilheteria.boxoffice.gate.SessionsOnOffer;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Picks the session(s) this gate admits, by keyboard: type to filter, Down into the list,
 * Space ticks a session, Enter starts. {@link SessionsOnOffer} says which sessions, and which
 * come back ticked. F4 opens the concession counter instead: the same staff scan vouchers there,
 * for any session.
 */
public final class SessionPicker {
    /** One session on offer, with the label staff recognise it by. */
    public record Choice(SessionsOnOffer.Session session, String label, BooleanProperty chosen) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final VBox view;
    private final TextField filter = new TextField();
    private final ListView<Choice> list = new ListView<>();
    private final Label message = new Label();
    private final ObservableList<Choice> offered = FXCollections.observableArrayList();
    private final FilteredList<Choice> shown = new FilteredList<>(offered, choice -> true);

    /**
     * @param onStart   called with the chosen choices, at least one
     * @param onCounter called on F4, to hand over products at the concession counter instead
     */
    public SessionPicker(Messages messages, SessionsOnOffer sessions, BilheteriaClient client, TaskExecutor tasks,
                         ZoneId zone, Consumer<List<Choice>> onStart, Runnable onCounter) {
        Label title = new Label();
        title.textProperty().bind(messages.text("gate.pick.title"));
        title.getStyleClass().add(Theme.TITLE);
        filter.setId("gate-session-filter");
        filter.promptTextProperty().bind(messages.text("gate.pick.filter"));
        filter.textProperty().addListener((obs, old, text) -> {
            String needle = text.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(choice -> needle.isEmpty() || choice.label().toLowerCase(Locale.ROOT).contains(needle));
        });
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        list.setId("gate-sessions");
        list.setItems(shown);
        list.setCellFactory(CheckBoxListCell.forListView(Choice::chosen));
        // a filter, not a handler: the list's own behaviour takes Space and Enter before handlers see them
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Choice selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && selected != null) {
                selected.chosen().set(!selected.chosen().get());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        message.setId("gate-pick-message");
        message.setWrapText(true);
        Button start = new Button();
        start.setId("gate-start");
        start.textProperty().bind(messages.text("gate.pick.start"));
        start.getStyleClass().add(Theme.PRIMARY);
        start.setDefaultButton(true);
        start.setOnAction(event -> {
            List<Choice> chosen = offered.stream().filter(choice -> choice.chosen().get()).toList();
            if (chosen.isEmpty()) {
                message.setText(messages.get("gate.pick.none"));
            } else {
                onStart.accept(chosen);
            }
        });
        Label counter = new Label();
        counter.setId("gate-pick-counter");
        counter.textProperty().bind(messages.text("gate.pick.counter"));
        counter.getStyleClass().add(Theme.MUTED);
        view = new VBox(16, title, filter, list, message, start, counter);
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                start.fire();
                event.consume();
            } else if (event.getCode() == KeyCode.F4) {
                onCounter.run();
                event.consume();
            }
        });
        view.setPadding(new Insets(32));
        view.setMaxWidth(960);

        message.setText(messages.get("gate.pick.loading"));
        BackgroundTask.of(() -> sessions.load(client))
                .onSuccess(offer -> {
                    offered.setAll(offer.sessions().stream().map(session -> new Choice(session,
                            session.eventTitle() + " · " + Formats.dateTime(session.startsAt(), zone,
                                    messages.getLocale()) + " · " + session.venue(),
                            new SimpleBooleanProperty(offer.lastOpened().contains(session.sessionId())))).toList());
                    message.setText(offer.fromThisGate()
                            ? messages.get(offer.sessions().isEmpty() ? "gate.pick.unreachable" : "gate.pick.offline")
                            : offer.sessions().isEmpty() ? messages.get("gate.pick.empty") : "");
                })
                .onFailure(error -> message.setText(messages.get("gate.pick.refused", error.getMessage())))
                .executeWith(tasks);
    }

    public Node view() {
        return view;
    }

    public void focus() {
        filter.requestFocus();
    }

    /** Shows a sentence under the list, e.g. why the gate did not open. */
    public void say(String text) {
        message.setText(text);
    }
}
