package io.bilheteria.ui.keyboard.internal;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** A key: a button that never takes the focus from the field being typed into. */
final class KeyButton extends Button {

    private final double weight;

    KeyButton(Key key, Runnable press) {
        this.weight = key.width();
        getStyleClass().addAll("key", "key-" + key.kind().name().toLowerCase(Locale.ROOT));
        setFocusTraversable(false);
        // "_" is a key label here, not a mnemonic marker
        setMnemonicParsing(false);
        setOnAction(event -> {
            // the control's own onAction is for its action key only, so a key's event stops here
            event.consume();
            press.run();
        });
    }

    /** How many key widths this key spans. */
    double weight() {
        return weight;
    }

    /** Shows a CSS-shaped icon ({@code .icon}, shape set per key kind in keyboard.css) instead of text. */
    void showIcon() {
        Region icon = new Region();
        icon.getStyleClass().add("icon");
        setGraphic(icon);
    }
}
