package io.bilheteria.kiosk.checkout;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.KeyboardLayout;
import io.bilheteria.ui.keyboard.NumericKeypad;
import io.bilheteria.ui.keyboard.TouchKeyboard;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The fields of a touch form and their on-screen keys: a full keyboard for text and e-mail
 * fields, a numeric keypad for the CPF. Whichever field the customer taps gets the keys
 * that suit it; the action key (Concluir/OK) runs that field's next step.
 */
final class TouchForm {
    /** What a field holds, which decides the keys it gets. */
    enum Input { TEXT, NAME, EMAIL, CPF }

    private final Messages messages;
    private final TouchKeyboard keyboard;
    private final NumericKeypad keypad;
    private final StackPane view;
    private final List<TextInputControl> fields = new ArrayList<>();
    private Runnable onDone = () -> { };

    TouchForm(Messages messages, String idPrefix) {
        this.messages = messages;
        keyboard = new TouchKeyboard(messages);
        keyboard.setId(idPrefix + "-keyboard");
        keypad = new NumericKeypad(messages);
        keypad.setId(idPrefix + "-keypad");
        keyboard.setOnAction(e -> onDone.run());
        keypad.setOnAction(e -> onDone.run());
        keypad.setVisible(false);
        keypad.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        view = new StackPane(keyboard, keypad);
        view.getStyleClass().add("checkout-keys");
    }

    /** The keyboard and keypad, one shown at a time. */
    Node keys() {
        return view;
    }

    TouchKeyboard keyboard() {
        return keyboard;
    }

    /**
     * Adds a labelled field that gets the keys for its input while it has the focus;
     * {@code done} runs when the action key is pressed for it (next field, or submit on the
     * last one). Returns the label and field, to be laid out by the screen.
     */
    VBox field(String labelKey, TextInputControl field, String id, Input input, Runnable done) {
        field.setId(id);
        fields.add(field);
        if (input == Input.CPF) {
            // a CPF is 11 digits; the backend checks its check digits
            field.setTextFormatter(new TextFormatter<String>(change ->
                    change.getControlNewText().matches("\\d{0,11}") ? change : null));
        }
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                target(field, input, done);
            }
        });
        Label label = new Label();
        label.textProperty().bind(messages.text(labelKey));
        label.setLabelFor(field);
        return new VBox(6, label, field);
    }

    private void target(TextInputControl field, Input input, Runnable done) {
        onDone = done;
        boolean digits = input == Input.CPF;
        keypad.setVisible(digits);
        keyboard.setVisible(!digits);
        if (digits) {
            keypad.setTarget(field);
            keyboard.setTarget(null);
        } else {
            keyboard.setTarget(field);
            keypad.setTarget(null);
            keyboard.setLayout(input == Input.EMAIL ? KeyboardLayout.EMAIL : KeyboardLayout.TEXT);
            // a name starts with a capital; anything else starts in lower case
            keyboard.setShift(input == Input.NAME && field.getText().isEmpty()
                    ? TouchKeyboard.Shift.ONCE : TouchKeyboard.Shift.OFF);
        }
    }

    /** Empties every field and lets go of the target, for the next customer. */
    void clear() {
        fields.forEach(TextInputControl::clear);
        keyboard.setTarget(null);
        keypad.setTarget(null);
        keyboard.setShift(TouchKeyboard.Shift.OFF);
        keyboard.setAccents(false);
        onDone = () -> { };
    }
}
