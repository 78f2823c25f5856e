package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.IdleTimer;
import io.bilheteria.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The layer above the screens: the busy veil while the backend works (it swallows touches,
 * so nothing is pressed twice), plain messages with an OK button (and "try again" for a call that
 * may be repeated), and the idle prompt.
 */
public final class Overlay {
    private final StackPane layer = new StackPane();
    private final Messages messages;
    private final StackPane busyVeil;
    private final StackPane messageVeil;
    private final Label messageText = new Label();
    private final StackPane idleVeil;
    private final Label idleEndsIn = new Label();
    private final Button retry = new Button();
    private Runnable afterMessage;
    /** Makes the failed call again; null when the message offers no retry. */
    private Runnable retryAction;

    public Overlay(Messages messages) {
        this.messages = messages;
        layer.setPickOnBounds(false);
        layer.getStyleClass().add("kiosk-overlay");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(120, 120);
        busyVeil = veil(spinner);
        busyVeil.setId("busy");

        messageText.setWrapText(true);
        messageText.getStyleClass().add(Theme.SUBTITLE);
        messageText.setId("message-text");
        Button ok = new Button();
        ok.textProperty().bind(messages.text("common.ok"));
        ok.getStyleClass().add(Theme.PRIMARY);
        ok.setId("message-ok");
        ok.setOnAction(e -> dismissMessage());
        retry.textProperty().bind(messages.text("common.retry"));
        retry.getStyleClass().add(Theme.SECONDARY);
        retry.setId("message-retry");
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> retryMessage());
        HBox buttons = new HBox(24, retry, ok);
        buttons.setAlignment(Pos.CENTER);
        VBox card = new VBox(32, messageText, buttons);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add(Theme.CARD);
        card.setMaxSize(900, 500);
        messageVeil = veil(card);
        messageVeil.setId("message");

        Label still = new Label();
        still.textProperty().bind(messages.text("idle.stillThere"));
        still.getStyleClass().add(Theme.TITLE);
        idleEndsIn.setId("idle-countdown");
        Label touch = new Label();
        touch.textProperty().bind(messages.text("idle.touchToContinue"));
        VBox prompt = new VBox(24, still, idleEndsIn, touch);
        prompt.setAlignment(Pos.CENTER);
        prompt.getStyleClass().add(Theme.CARD);
        prompt.setMaxSize(900, 500);
        idleVeil = veil(prompt);
        idleVeil.setId("idle-prompt");
    }

    private StackPane veil(Node content) {
        StackPane veil = new StackPane(content);
        veil.getStyleClass().add("kiosk-veil");
        veil.setVisible(false);
        layer.getChildren().add(veil);
        return veil;
    }

    public Node view() {
        return layer;
    }

    /** The busy veil shows while any of the kiosk's backend calls runs. */
    public void follow(BackendCalls calls) {
        calls.busyProperty().addListener((obs, was, busy) -> busyVeil.setVisible(busy));
    }

    public void message(String text) {
        message(text, null);
    }

    /** Shows a message; {@code then} runs when the customer taps OK. */
    public void message(String text, Runnable then) {
        show(text, then, null);
    }

    /** Shows why a call failed with "try again" beside OK, which makes the call again. */
    public void messageWithRetry(String text, Runnable again) {
        show(text, null, again);
    }

    private void show(String text, Runnable then, Runnable again) {
        messageText.setText(text);
        afterMessage = then;
        retryAction = again;
        retry.setVisible(again != null);
        messageVeil.setVisible(true);
    }

    public boolean showingMessage() {
        return messageVeil.isVisible();
    }

    private void dismissMessage() {
        Runnable then = afterMessage;
        hideMessage();
        if (then != null) {
            then.run();
        }
    }

    private void retryMessage() {
        Runnable again = retryAction;
        hideMessage();
        again.run();
    }

    private void hideMessage() {
        messageVeil.setVisible(false);
        afterMessage = null;
        retryAction = null;
    }

    /** Hides everything, e.g. when the kiosk resets for the next customer. */
    public void clear() {
        busyVeil.setVisible(false);
        hideMessage();
    }

    /** Shows the "are you still there?" prompt while the idle timer warns; any touch dismisses it. */
    public void follow(IdleTimer idle) {
        idleEndsIn.textProperty().bind(messages.text("idle.endsIn",
                Bindings.createStringBinding(() -> Formats.countdown(idle.getCountdown()), idle.countdownProperty())));
        idleVeil.visibleProperty().bind(idle.stateProperty().isEqualTo(IdleTimer.State.WARNING));
    }
}
