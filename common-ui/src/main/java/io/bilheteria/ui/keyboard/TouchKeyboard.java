package io.bilheteria.ui.keyboard;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.internal.TouchKeyboardSkin;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * A full on-screen keyboard with large keys: digits, letters, shift and caps lock, backspace, an
 * accented-letter layer for Portuguese names (á à â ã é ê í ó ô õ ú ç and more) and an action key
 * (Done) that fires {@link #onActionProperty()}.
 *
 * <p>Style class {@code touch-keyboard}; each key is a {@code .key} button with a kind class:
 * {@code key-character}, {@code key-literal} (".com"), {@code key-backspace}, {@code key-shift}
 * (pseudo-classes {@code :shifted}, {@code :caps-lock}), {@code key-accents}, {@code key-space},
 * {@code key-action}.
 */
public class TouchKeyboard extends TouchInputControl {

    /** The state of the shift key. */
    public enum Shift {
        OFF,
        /** Upper case for the next letter only. */
        ONCE,
        /** Caps lock: upper case until shift is pressed again. */
        LOCKED
    }

    private final ObjectProperty<KeyboardLayout> layout =
            new SimpleObjectProperty<>(this, "layout", KeyboardLayout.TEXT);
    private final ObjectProperty<Shift> shift = new SimpleObjectProperty<>(this, "shift", Shift.OFF);
    private final BooleanProperty accents = new SimpleBooleanProperty(this, "accents");

    public TouchKeyboard(Messages messages) {
        super(messages, "keyboard.done");
        getStyleClass().add("touch-keyboard");
        // the e-mail layout has no accent layer, so switching to it shows plain letters
        layout.addListener((observable, oldLayout, newLayout) -> accents.set(false));
    }

    public ObjectProperty<KeyboardLayout> layoutProperty() {
        return layout;
    }

    public KeyboardLayout getLayout() {
        return layout.get();
    }

    public void setLayout(KeyboardLayout value) {
        layout.set(value);
    }

    /** Shift state; set it to {@link Shift#ONCE} when a name field gets the keyboard to start with a capital. */
    public ObjectProperty<Shift> shiftProperty() {
        return shift;
    }

    public Shift getShift() {
        return shift.get();
    }

    public void setShift(Shift value) {
        shift.set(value);
    }

    /** True while the accented letters are shown instead of the plain ones ({@link KeyboardLayout#TEXT} only). */
    public BooleanProperty accentsProperty() {
        return accents;
    }

    public boolean isAccents() {
        return accents.get();
    }

    public void setAccents(boolean value) {
        accents.set(value && getLayout() == KeyboardLayout.TEXT);
    }

    /**
     * Types text as a key does: with shift on, a single letter is typed in upper case, and a
     * one-shot shift is then released. Longer texts (".com") are typed as they are.
     */
    @Override
    public void type(String text) {
        if (getShift() != Shift.OFF && isSingleLetter(text)) {
            if (getShift() == Shift.ONCE) {
                setShift(Shift.OFF);
            }
            super.type(text.toUpperCase(Locale.ROOT));
        } else {
            super.type(text);
        }
    }

    /** Off, then once, then caps lock, then off again: what tapping the shift key does. */
    public void cycleShift() {
        setShift(switch (getShift()) {
            case OFF -> Shift.ONCE;
            case ONCE -> Shift.LOCKED;
            case LOCKED -> Shift.OFF;
        });
    }

    /** Switches between the plain and the accented letters, as the "áé" / "abc" key does. */
    public void toggleAccents() {
        setAccents(!isAccents());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TouchKeyboardSkin(this);
    }

    private static boolean isSingleLetter(String text) {
        return text.codePointCount(0, text.length()) == 1 && Character.isLetter(text.codePointAt(0));
    }
}
