package io.bilheteria.ui.keyboard.internal;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.TouchInputControl;
import java.util.List;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows rows of keys and wires the keys every {@link TouchInputControl} has. */
abstract class KeysSkin<C extends TouchInputControl> extends SkinBase<C> {

    private final VBox rows = new VBox();

    KeysSkin(C control) {
        super(control);
        rows.getStyleClass().add("key-rows");
        getChildren().add(rows);
    }

    final void showRows(List<List<Key>> keyRows) {
        double gridUnits = keyRows.stream()
                .mapToDouble(row -> row.stream().mapToDouble(Key::width).sum())
                .max()
                .orElse(1);
        rows.getChildren().setAll(keyRows.stream().map(row -> {
            KeyRow keyRow = new KeyRow(gridUnits, row.stream().map(this::button).toList());
            VBox.setVgrow(keyRow, Priority.ALWAYS);
            return keyRow;
        }).toList());
    }

    /** Makes the button for a key; subclasses add the kinds only their control has. */
    KeyButton button(Key key) {
        C control = getSkinnable();
        Messages messages = control.getMessages();
        KeyButton button;
        switch (key.kind()) {
            case CHARACTER, LITERAL -> {
                button = new KeyButton(key, () -> control.type(key.text()));
                button.setText(key.text());
            }
            case SPACE -> {
                button = new KeyButton(key, () -> control.type(" "));
                button.textProperty().bind(messages.text("keyboard.space"));
            }
            case BACKSPACE -> {
                button = new KeyButton(key, control::backspace);
                button.showIcon();
                button.accessibleTextProperty().bind(messages.text("keyboard.backspace"));
            }
            case CLEAR -> {
                button = new KeyButton(key, control::clear);
                button.textProperty().bind(messages.text("keypad.clear"));
            }
            case ACTION -> {
                button = new KeyButton(key, control::fireAction);
                button.textProperty().bind(control.actionTextProperty());
                button.disableProperty().bind(control.actionDisableProperty());
            }
            default -> throw new IllegalArgumentException(
                    key.kind() + " keys need a " + getClass().getSimpleName() + " that makes them");
        }
        return button;
    }
}
