package io.bilheteria.ui.keyboard.internal;

import io.bilheteria.ui.keyboard.TouchKeyboard;
import io.bilheteria.ui.keyboard.TouchKeyboard.Shift;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;

/** Draws a {@link TouchKeyboard}: letter labels follow shift, the rows follow layout and accent layer. */
public class TouchKeyboardSkin extends KeysSkin<TouchKeyboard> {

    private static final PseudoClass SHIFTED = PseudoClass.getPseudoClass("shifted");
    private static final PseudoClass CAPS_LOCK = PseudoClass.getPseudoClass("caps-lock");

    private KeyButton shiftKey;

    public TouchKeyboardSkin(TouchKeyboard keyboard) {
        super(keyboard);
        showKeys();
        registerChangeListener(keyboard.layoutProperty(), observable -> showKeys());
        registerChangeListener(keyboard.accentsProperty(), observable -> showKeys());
        registerChangeListener(keyboard.shiftProperty(), observable -> showShiftState());
    }

    private void showKeys() {
        TouchKeyboard keyboard = getSkinnable();
        showRows(KeyboardLayouts.keyboard(keyboard.getLayout(), keyboard.isAccents()));
        showShiftState();
    }

    private void showShiftState() {
        Shift shift = getSkinnable().getShift();
        shiftKey.pseudoClassStateChanged(SHIFTED, shift == Shift.ONCE);
        shiftKey.pseudoClassStateChanged(CAPS_LOCK, shift == Shift.LOCKED);
    }

    @Override
    KeyButton button(Key key) {
        TouchKeyboard keyboard = getSkinnable();
        switch (key.kind()) {
            case CHARACTER -> {
                KeyButton button = new KeyButton(key, () -> keyboard.type(key.text()));
                button.textProperty().bind(Bindings.createStringBinding(
                        () -> keyboard.getShift() == Shift.OFF ? key.text() : key.text().toUpperCase(Locale.ROOT),
                        keyboard.shiftProperty()));
                return button;
            }
            case SHIFT -> {
                shiftKey = new KeyButton(key, keyboard::cycleShift);
                shiftKey.showIcon();
                shiftKey.accessibleTextProperty().bind(keyboard.getMessages().text("keyboard.shift"));
                return shiftKey;
            }
            case ACCENTS -> {
                KeyButton button = new KeyButton(key, keyboard::toggleAccents);
                // the label shows the letters the key switches to; it is the same in every language
                button.setText(keyboard.isAccents() ? "abc" : "áé");
                button.accessibleTextProperty().bind(keyboard.getMessages()
                        .text(keyboard.isAccents() ? "keyboard.letters" : "keyboard.accents"));
                return button;
            }
            default -> {
                return super.button(key);
            }
        }
    }
}
