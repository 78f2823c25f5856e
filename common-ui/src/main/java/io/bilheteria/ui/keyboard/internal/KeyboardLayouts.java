package io.bilheteria.ui.keyboard.internal;

import io.bilheteria.ui.keyboard.KeyboardLayout;
import io.bilheteria.ui.keyboard.internal.Key.Kind;
import java.util.ArrayList;
import java.util.List;

/** The rows of keys of each keyboard layout and of the numeric keypad. */
final class KeyboardLayouts {

    private static final List<List<Key>> TEXT = List.of(
            row(Key.characters("1234567890"), List.of(Key.of(Kind.BACKSPACE, 1))),
            row(Key.characters("qwertyuiop-")),
            row(Key.characters("asdfghjklç'")),
            row(List.of(Key.of(Kind.SHIFT, 2)), Key.characters("zxcvbnm,.")),
            row(List.of(Key.of(Kind.ACCENTS, 2), Key.of(Kind.SPACE, 6), Key.of(Kind.ACTION, 3))));

    // every accented letter of Portuguese, plus the common ones of names from other languages
    private static final List<List<Key>> TEXT_ACCENTS = List.of(
            TEXT.get(0),
            row(Key.characters("áàâãäéèêëí-")),
            row(Key.characters("óòôõöúùûüç'")),
            row(List.of(Key.of(Kind.SHIFT, 2)), Key.characters("ñìîïýåø,.")),
            TEXT.get(4));

    private static final List<List<Key>> EMAIL = List.of(
            TEXT.get(0),
            TEXT.get(1),
            row(Key.characters("asdfghjkl_")),
            row(List.of(Key.of(Kind.SHIFT, 2)), Key.characters("zxcvbnm")),
            row(List.of(Key.character("@", 2), Key.character(".", 1), Key.literal(".com", 2.5),
                    Key.literal(".com.br", 2.5), Key.of(Kind.ACTION, 3))));

    private static final List<List<Key>> KEYPAD = List.of(
            Key.characters("123"),
            Key.characters("456"),
            Key.characters("789"),
            List.of(Key.of(Kind.CLEAR, 1), Key.character("0", 1), Key.of(Kind.BACKSPACE, 1)),
            List.of(Key.of(Kind.ACTION, 3)));

    private KeyboardLayouts() {
    }

    static List<List<Key>> keyboard(KeyboardLayout layout, boolean accents) {
        return switch (layout) {
            case TEXT -> accents ? TEXT_ACCENTS : TEXT;
            case EMAIL -> EMAIL;
        };
    }

    static List<List<Key>> keypad() {
        return KEYPAD;
    }

    @SafeVarargs
    private static List<Key> row(List<Key>... parts) {
        List<Key> keys = new ArrayList<>();
        for (List<Key> part : parts) {
            keys.addAll(part);
        }
        return List.copyOf(keys);
    }
}
