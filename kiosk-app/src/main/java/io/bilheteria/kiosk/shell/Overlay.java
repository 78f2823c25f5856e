package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.idle.IdleTimer;
import io.bilheteria.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
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
 * may be repeated), questions answered with two big buttons, and the idle prompt.
 */
public final class Overlay {
    private final StackPane layer = new StackPane();
    private final Messages messages;
    private final StackPane busyVeil;
    private final StackPane messageVeil;
    private final Label messageText = new Label();
    private final StackPane idleVeil;
    private final Label idleEndsIn = new Label();
    private final Button retry;
    private final StackPane questionVeil;
    private final Label questionText = new Label();
    private final Button yes;
    private final Button no;
    private Runnable afterMessage;
    /** Makes the failed call again; null when the message offers no retry. */
    private Runnable retryAction;
    /** What "yes" does to the question shown; null when none is. */
    private Runnable onYes;

    public Overlay(Messages messages) {
        this.messages = messages;
        layer.setPickOnBounds(false);
        layer.getStyleClass().add("kiosk-overlay");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(120, 120);
        busyVeil = veil(spinner);
        busyVeil.setId("busy");

        Button ok = button("message-ok", Theme.PRIMARY, e -> dismissMessage());
        ok.textProperty().bind(messages.text("common.ok"));
        retry = button("message-retry", Theme.SECONDARY, e -> retryMessage());
        retry.textProperty().bind(messages.text("common.retry"));
        retry.managedProperty().bind(retry.visibleProperty());
        messageVeil = dialog("message", messageText, retry, ok);

        yes = button("question-yes", Theme.DANGER, e -> answer(true));
        no = button("question-no", Theme.PRIMARY, e -> answer(false));
        questionVeil = dialog("question", questionText, yes, no);

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

    private static Button button(String id, String style, EventHandler<ActionEvent> action) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add(style);
        button.setOnAction(action);
        return button;
    }

    /** A card of text over a row of buttons, on a veil with the id {@code id}; the text's id is {@code id-text}. */
    private StackPane dialog(String id, Label text, Button... buttons) {
        text.setId(id + "-text");
        text.setWrapText(true);
        text.getStyleClass().add(Theme.SUBTITLE);
        HBox row = new HBox(24, buttons);
        row.setAlignment(Pos.CENTER);
        VBox card = new VBox(32, text, row);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add(Theme.CARD);
        card.setMaxSize(900, 500);
        StackPane veil = veil(card);
        veil.setId(id);
        return veil;
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

    /**
     * Asks before something the customer cannot take back; {@code yes} runs only when they tap
     * the yes button, the no button just closes the question. Both answers are whole words
     * ("Sim, cancelar" / "Não, continuar"), so neither is tapped by mistake for the other.
     */
    public void ask(String question, String yesText, String noText, Runnable yes) {
        questionText.setText(question);
        this.yes.setText(yesText);
        no.setText(noText);
        onYes = yes;
        questionVeil.setVisible(true);
    }

    private void answer(boolean yesTapped) {
        Runnable then = onYes;
        hideQuestion();
        if (yesTapped) {
            then.run();
        }
    }

    private void hideQuestion() {
        questionVeil.setVisible(false);
        onYes = null;
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
        hideQuestion();
    }

    /** Shows the "are you still there?" prompt while the idle timer warns; any touch dismisses it. */
    public void follow(IdleTimer idle) {
        idleEndsIn.textProperty().bind(messages.text("idle.endsIn",
                Bindings.createStringBinding(() -> Formats.countdown(idle.getCountdown()), idle.countdownProperty())));
        idleVeil.visibleProperty().bind(idle.stateProperty().isEqualTo(IdleTimer.State.WARNING));
    }
}
