package io.bilheteria.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NumericKeypadTest {

    private final Messages messages = new Messages(Messages.PT_BR);
    private final List<String> submittedPins = new ArrayList<>();
    private PasswordField pin;
    private NumericKeypad keypad;
    private KeysHandle keys;

    @Start
    void start(Stage stage) {
        pin = new PasswordField();
        keypad = new NumericKeypad(messages);
        keypad.setTarget(pin);
        keypad.setOnAction((ActionEvent event) -> submittedPins.add(pin.getText()));
        Scene scene = new Scene(new VBox(pin, keypad));
        Theme.apply(scene, Theme.Density.KIOSK);
        stage.setScene(scene);
        stage.show();
        pin.requestFocus();
    }

    @BeforeEach
    void handle(FxRobot robot) {
        keys = new KeysHandle(robot, keypad);
    }

    @Test
    void aPinTypedOnTheKeypadIsSubmittedWithOk() {
        keys.tapEach("4821").tap("OK");

        assertThat(submittedPins).containsExactly("4821");
        assertThat(pin.isFocused()).isTrue();
    }

    @Test
    void backspaceRemovesTheLastDigitAndClearEmptiesTheField() {
        keys.tapEach("1234").tapKind("backspace");
        assertThat(pin.getText()).isEqualTo("123");

        keys.tap("Limpar");
        assertThat(pin.getText()).isEmpty();

        keys.tapEach("90").tap("OK");
        assertThat(submittedPins).containsExactly("90");
    }

    @Test
    void okCanBeDisabledUntilThePinIsComplete(FxRobot robot) {
        robot.interact(() -> keypad.actionDisableProperty().bind(pin.lengthProperty().lessThan(4)));

        keys.tapEach("123").tap("OK");
        assertThat(submittedPins).isEmpty();

        keys.tapEach("4").tap("OK");
        assertThat(submittedPins).containsExactly("1234");
    }

    @Test
    void theKeypadHasTenDigitsAndLargeKeys() {
        assertThat(keys.allKeys()).filteredOn(key -> key.getStyleClass().contains("key-character"))
                .extracting(key -> key.getText())
                .containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(keys.allKeys()).allSatisfy(key -> assertThat(key.getHeight()).isGreaterThanOrEqualTo(64));
    }
}
