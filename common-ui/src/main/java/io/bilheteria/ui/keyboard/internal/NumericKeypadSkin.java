package io.bilheteria.ui.keyboard.internal;

import io.bilheteria.ui.keyboard.NumericKeypad;

/** Draws a {@link NumericKeypad}: 1 2 3 / 4 5 6 / 7 8 9 / clear 0 backspace / OK. */
public class NumericKeypadSkin extends KeysSkin<NumericKeypad> {

    public NumericKeypadSkin(NumericKeypad keypad) {
        super(keypad);
        showRows(KeyboardLayouts.keypad());
    }
}
