package io.bilheteria.ui.keyboard;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.internal.NumericKeypadSkin;
import javafx.scene.control.Skin;

/**
 * A phone-style keypad: digits, clear, backspace and OK, for a PIN, a quantity or a CPF. Use a
 * {@code PasswordField} as target for a PIN and a {@code TextFormatter} on the target to limit
 * the length or insert the CPF punctuation.
 *
 * <p>Style class {@code numeric-keypad}; keys are {@code .key} buttons with the kind classes
 * {@code key-character}, {@code key-clear}, {@code key-backspace} and {@code key-action}.
 */
public class NumericKeypad extends TouchInputControl {

    public NumericKeypad(Messages messages) {
        super(messages, "keypad.ok");
        getStyleClass().add("numeric-keypad");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new NumericKeypadSkin(this);
    }
}
