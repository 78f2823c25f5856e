package io.bilheteria.boxoffice.partner;

import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.boxoffice.picks.Picks;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The event's sessions listed beside the form of the one picked or to add, as {@link SessionsViewModel} holds them. */
final class SessionsTab {
    private final Tab tab;

    SessionsTab(SessionsViewModel model, Messages messages) {
        tab = Forms.tab("partner-tab-sessions", messages.get("partner.tab.sessions"));
        ListView<SessionSummary> sessions = new ListView<>(model.sessions());
        sessions.setId("partner-sessions");
        sessions.setPlaceholder(new Label(messages.get("partner.sessions.none")));
        sessions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SessionSummary session, boolean empty) {
                super.updateItem(session, empty);
                setText(empty || session == null ? null : model.line(session));
            }
        });
        Picks.follow(sessions.getSelectionModel(), model.pickedProperty(), model::pick, sessions::scrollTo);
        DatePicker date = new DatePicker();
        date.setId("partner-session-date");
        date.setConverter(model.days());
        date.setPromptText(messages.get("partner.session.date.prompt"));
        date.valueProperty().bindBidirectional(model.dayProperty());
        date.getEditor().textProperty().addListener((obs, was, typed) -> model.dayTypedProperty().set(typed));
        TextField time = Forms.field("partner-session-time", messages.get("partner.session.time.prompt"));
        time.textProperty().bindBidirectional(model.timeProperty());
        CheckBox queue = new CheckBox(messages.get("partner.session.queue"));
        queue.setId("partner-session-queue");
        queue.selectedProperty().bindBidirectional(model.queueProperty());
        TextField halfPrice = Forms.field("partner-session-half-price", messages.get("partner.session.halfPrice.prompt"));
        halfPrice.textProperty().bindBidirectional(model.halfPriceProperty());

        GridPane form = Forms.grid();
        Forms.row(form, messages.get("partner.session.date"), date);
        Forms.row(form, messages.get("partner.session.time"), time);
        Forms.row(form, messages.get("partner.session.halfPrice"), halfPrice);
        form.add(queue, 1, form.getRowCount());
        Button save = Forms.button("partner-session-save", messages.get("partner.session.save"), Theme.SECONDARY,
                model::change);
        Button delete = Forms.button("partner-session-delete", messages.get("partner.session.delete"), Theme.DANGER,
                model::delete);
        save.disableProperty().bind(model.sessionPickedProperty().not());
        delete.disableProperty().bind(model.sessionPickedProperty().not());
        HBox buttons = new HBox(8,
                Forms.button("partner-session-add", messages.get("partner.session.add"), Theme.PRIMARY, model::add),
                save, delete);
        form.add(buttons, 1, form.getRowCount());
        Label hint = new Label(model.hint());
        hint.setWrapText(true);
        hint.getStyleClass().add(Theme.MUTED);
        tab.setContent(Forms.listBesideForm(messages.get("partner.tab.sessions"), sessions,
                messages.get("partner.session.form"), form, hint));
    }

    Tab tab() {
        return tab;
    }
}
