package io.bilheteria.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TouchKeyboardTest {

    private final Messages messages = new Messages(Messages.PT_BR);
    private final List<ActionEvent> actions = new ArrayList<>();
    private TextField field;
    private TouchKeyboard keyboard;
    private KeysHandle keys;

    @Start
    void start(Stage stage) {
        field = new TextField();
        keyboard = new TouchKeyboard(messages);
        keyboard.setTarget(field);
        keyboard.setOnAction(actions::add);
        Scene scene = new Scene(new VBox(field, keyboard), 1024, 600);
        Theme.apply(scene, Theme.Density.KIOSK);
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
    }

    @BeforeEach
    void handle(FxRobot robot) {
        keys = new KeysHandle(robot, keyboard);
    }

    @Test
    void typingAnEmailAddressKeyByKeyFillsTheField(FxRobot robot) {
        robot.interact(() -> keyboard.setLayout(KeyboardLayout.EMAIL));

        keys.tapEach("ana").tap("@").tapEach("example").tap(".com");

        assertThat(field.getText()).isEqualTo("ana@example.com");
    }

    @Test
    void theEmailLayoutHasTheAddressKeysAndNoSpace(FxRobot robot) {
        robot.interact(() -> keyboard.setLayout(KeyboardLayout.EMAIL));

        assertThat(keys.allKeys()).extracting(Button::getText).contains("@", ".", "-", "_", ".com", ".com.br");
        assertThat(keys.allKeys()).noneMatch(key -> key.getStyleClass().contains("key-space"));
    }

    @Test
    void aNameWithAccentsIsTypedFromTheAccentLayer(FxRobot robot) {
        keys.tapKind("shift").tap("J").tap("o").tap("áé").tap("ã").tap("abc").tap("o").tap("espaço");
        keys.tapKind("shift").tap("D").tap("'").tap("áé").tapKind("shift").tap("Á").tap("abc").tapEach("vila");

        assertThat(field.getText()).isEqualTo("João D'Ávila");
    }

    @Test
    void theAccentLayerHasEveryPortugueseAccentedLetter(FxRobot robot) {
        keys.tap("áé");

        assertThat(keys.allKeys()).extracting(Button::getText)
                .contains("á", "à", "â", "ã", "é", "ê", "í", "ó", "ô", "õ", "ú", "ç");
    }

    @Test
    void backspaceDeletesTheLastCharacter(FxRobot robot) {
        keys.tapEach("anna").tapKind("backspace").tapKind("backspace").tap("a");

        assertThat(field.getText()).isEqualTo("ana");
    }

    @Test
    void oneShiftCapitalisesOneLetterAndTwoLockCapitals(FxRobot robot) {
        keys.tapKind("shift").tap("A").tap("n");
        assertThat(field.getText()).isEqualTo("An");
        assertThat(keys.key("a").getText()).isEqualTo("a");

        keys.tapKind("shift").tapKind("shift").tapEach("AB");
        assertThat(keys.kind("shift").getPseudoClassStates()).extracting(Object::toString).contains("caps-lock");
        keys.tapKind("shift").tapEach("c");

        assertThat(field.getText()).isEqualTo("AnABc");
    }

    @Test
    void keysNeverTakeTheFocusFromTheField(FxRobot robot) {
        // ends on keys that do not rebuild the rows: a removed focused key would hand the focus back
        keys.tap("áé").tap("é").tap("abc").tapEach("ab").tapKind("shift").tapKind("backspace");

        assertThat(field.getText()).isEqualTo("éa");
        assertThat(field.isFocused()).isTrue();
        assertThat(keys.allKeys()).noneMatch(Button::isFocusTraversable);
    }

    @Test
    void typingGoesToTheCaretReplacingTheSelection(FxRobot robot) {
        robot.interact(() -> {
            field.setText("ana silva");
            field.selectRange(0, 3);
        });

        keys.tapEach("maria");

        assertThat(field.getText()).isEqualTo("maria silva");
    }

    @Test
    void doneFiresTheActionUnlessDisabled(FxRobot robot) {
        keys.tap("Concluir");
        assertThat(actions).hasSize(1);

        robot.interact(() -> keyboard.setActionDisable(true));
        keys.tap("Concluir");
        assertThat(actions).hasSize(1);
    }

    @Test
    void labelsFollowTheLanguage(FxRobot robot) {
        robot.interact(() -> messages.setLocale(Messages.ENGLISH));

        assertThat(keys.kind("space").getText()).isEqualTo("space");
        assertThat(keys.kind("action").getText()).isEqualTo("Done");
        assertThat(keys.kind("backspace").getAccessibleText()).isEqualTo("Delete");
    }

    @Test
    void keysAreAtLeast64PixelsHighOnTheKiosk() {
        assertThat(keys.allKeys()).allSatisfy(key -> assertThat(key.getHeight()).isGreaterThanOrEqualTo(64));
    }

    @Test
    void aReadOnlyFieldIsNotChanged(FxRobot robot) {
        robot.interact(() -> field.setEditable(false));

        keys.tapEach("ab");

        assertThat(field.getText()).isEmpty();
    }
}
