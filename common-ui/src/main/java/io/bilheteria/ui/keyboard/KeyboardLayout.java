package io.bilheteria.ui.keyboard;

/** Which keys a {@link TouchKeyboard} shows. */
public enum KeyboardLayout {
    /** Names and free text: letters, Portuguese accents on a second layer, space, hyphen, apostrophe. */
    TEXT,
    /** E-mail addresses: letters, digits, @ . - _ and .com / .com.br keys; no space, no accents. */
    EMAIL
}
