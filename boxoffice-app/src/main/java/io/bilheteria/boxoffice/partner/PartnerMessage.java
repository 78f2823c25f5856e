package io.bilheteria.boxoffice.partner;

import io.bilheteria.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The message line under the back office's tabs, as {@link PartnerMessageViewModel} says: a spinner while calls run, the sentence, "try again". */
final class PartnerMessage {
    private final HBox view;

    PartnerMessage(PartnerMessageViewModel model) {
        Label message = new Label();
        message.setId("partner-message");
        message.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_INFO, "partner-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(model.textProperty());
        // the strip keeps its place while empty, so the screen does not jump when a message comes
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        model.warningProperty().addListener((obs, was, warns) -> {
            message.getStyleClass().removeAll(Theme.BANNER_INFO, Theme.BANNER_ERROR);
            message.getStyleClass().add(warns ? Theme.BANNER_ERROR : Theme.BANNER_INFO);
        });
        HBox.setHgrow(message, Priority.ALWAYS);
        Button retry = new Button(model.messages().get("common.retry"));
        retry.setId("partner-retry");
        retry.managedProperty().bind(retry.visibleProperty());
        retry.visibleProperty().bind(model.retryProperty().isNotNull());
        retry.setOnAction(event -> model.retry());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("partner-working");
        working.setPrefSize(24, 24);
        working.visibleProperty().bind(model.busyProperty());
        view = new HBox(8, working, message, retry);
        view.setAlignment(Pos.CENTER_LEFT);
    }

    Node view() {
        return view;
    }
}
