package io.bilheteria.ui.keyboard.internal;

import java.util.List;

/** One key of a layout: what it does, what it types (characters and literals) and how many key widths it spans. */
record Key(Kind kind, String text, double width) {

    enum Kind { CHARACTER, LITERAL, BACKSPACE, SHIFT, ACCENTS, SPACE, ACTION, CLEAR }

    static Key of(Kind kind, double width) {
        return new Key(kind, "", width);
    }

    static Key character(String text, double width) {
        return new Key(Kind.CHARACTER, text, width);
    }

    /** A key that types several characters at once (".com"), unaffected by shift. */
    static Key literal(String text, double width) {
        return new Key(Kind.LITERAL, text, width);
    }

    /** One single-width character key per character of {@code characters}. */
    static List<Key> characters(String characters) {
        return characters.codePoints().mapToObj(c -> character(Character.toString(c), 1)).toList();
    }
}
