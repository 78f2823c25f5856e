package io.bilheteria.boxoffice.partner;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The one message line every tab of the back office reports on: what a tab says, a refusal or a
 * mistake in what was typed (in the error colour until the next message), and why one of the back
 * office's calls failed, with "try again" when the call may be repeated; a spinner turns while
 * calls run.
 */
final class PartnerMessage {
    private final Messages messages;
    private final Label message = new Label();
    private final Button retry = new Button();
    private final HBox view;

    PartnerMessage(Messages messages, BackendCalls calls) {
        this.messages = messages;
        message.setId("partner-message");
        message.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_INFO, "partner-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        // the strip keeps its place while empty, so the screen does not jump when a message comes
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        HBox.setHgrow(message, Priority.ALWAYS);
        retry.setId("partner-retry");
        retry.setText(messages.get("common.retry"));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setVisible(false);
        ProgressIndicator working = new ProgressIndicator();
        working.setId("partner-working");
        working.setPrefSize(24, 24);
        working.visibleProperty().bind(calls.busyProperty());
        calls.whenReported(this::failed);
        view = new HBox(8, working, message, retry);
        view.setAlignment(Pos.CENTER_LEFT);
    }

    void say(String key, Object... args) {
        show(Theme.BANNER_INFO, Theme.BANNER_ERROR, messages.get(key, args));
    }

    /** No message: the strip disappears. */
    void clear() {
        show(Theme.BANNER_INFO, Theme.BANNER_ERROR, "");
    }

    /** A refusal or a mistake in what was typed: shown in the error colour until the next message. */
    void warn(String text) {
        show(Theme.BANNER_ERROR, Theme.BANNER_INFO, text);
    }

    private void failed(CallFailure failure) {
        warn(failure.message());
        if (failure.canRetry()) {
            retry.setOnAction(event -> {
                retry.setVisible(false);
                failure.retry();
            });
            retry.setVisible(true);
        }
    }

    private void show(String kind, String before, String text) {
        retry.setVisible(false);
        message.getStyleClass().remove(before);
        if (!message.getStyleClass().contains(kind)) {
            message.getStyleClass().add(kind);
        }
        message.setText(text);
    }

    Messages messages() {
        return messages;
    }

    Node view() {
        return view;
    }
}
