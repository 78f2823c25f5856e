package io.bilheteria.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/** Taps the keys of a {@link TouchKeyboard} or {@link NumericKeypad} the way a customer does. */
final class KeysHandle {

    private final FxRobot robot;
    private final Node keys;

    KeysHandle(FxRobot robot, Node keys) {
        this.robot = robot;
        this.keys = keys;
    }

    /** Taps the key labelled {@code label}, e.g. "a", "@", ".com", "OK". */
    KeysHandle tap(String label) {
        robot.clickOn(key(label));
        return this;
    }

    /** Taps one character key per character of {@code text}. */
    KeysHandle tapEach(String text) {
        text.codePoints().forEach(c -> tap(Character.toString(c)));
        return this;
    }

    /** Taps the key with the style class {@code key-<kind>}, e.g. "backspace", "shift". */
    KeysHandle tapKind(String kind) {
        robot.clickOn(kind(kind));
        return this;
    }

    Button key(String label) {
        Set<Button> found = robot.from(keys).lookup(".key")
                .match((Button key) -> label.equals(key.getText()) && key.isVisible())
                .queryAllAs(Button.class);
        assertThat(found).as("keys labelled '%s'", label).hasSize(1);
        return found.iterator().next();
    }

    Button kind(String kind) {
        return robot.from(keys).lookup(".key-" + kind).queryAs(Button.class);
    }

    Set<Button> allKeys() {
        return robot.from(keys).lookup(".key").queryAllAs(Button.class);
    }
}
