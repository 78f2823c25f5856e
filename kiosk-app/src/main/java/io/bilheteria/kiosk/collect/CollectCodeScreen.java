package io.bilheteria.kiosk.collect;

import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.KeyboardLayout;
import io.bilheteria.ui.keyboard.TouchKeyboard;
import io.bilheteria.ui.theme.Theme;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The first step of collecting: show the e-mail's QR code to the reader, or type the order code on
 * the keys beside it. {@link CollectViewModel} decides; this lays it out.
 */
public final class CollectCodeScreen implements Screen {
    private static final int CODE_LENGTH = 6;

    private final BorderPane view;
    private final TouchKeyboard keyboard;
    private final TextField code = new TextField();

    public CollectCodeScreen(CollectViewModel model, Messages messages, PurchaseFrame frame) {
        Messages m = messages;
        Label scan = CollectScreens.text(m, "collect.code.scan", Theme.TITLE);
        scan.setId("collect-scan-hint");
        Label type = CollectScreens.text(m, "collect.code.type", Theme.SUBTITLE);
        Label codeLabel = CollectScreens.text(m, "collect.code.label", Theme.MUTED);
        code.setId("collect-code");
        code.getStyleClass().add("collect-code");
        // codes are capitals; the keys type small letters, so they are raised as they come
        code.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT));
            return change.getControlNewText().length() <= CODE_LENGTH ? change : null;
        }));
        code.textProperty().bindBidirectional(model.codeProperty());
        codeLabel.setLabelFor(code);
        Button next = CollectScreens.button(m, "collect-code-next", "common.next", Theme.PRIMARY,
                model::continueWithCode);
        next.disableProperty().bind(model.codeCompleteProperty().not());
        VBox column = new VBox(24, scan, type, codeLabel, code,
                CollectScreens.refusal("collect-code-error", model.refusalProperty()), next);
        column.getStyleClass().add("collect-column");

        keyboard = new TouchKeyboard(m);
        keyboard.setId("collect-keyboard");
        keyboard.setLayout(KeyboardLayout.EMAIL); // digits and letters, nothing a code does not have but @ . _
        keyboard.setTarget(code);
        keyboard.actionDisableProperty().bind(model.codeCompleteProperty().not());
        keyboard.setOnAction(e -> model.continueWithCode());

        HBox body = new HBox(48, column, keyboard);
        body.setAlignment(Pos.TOP_CENTER);
        view = CollectScreens.screen(frame, "collect-code-screen", null, body);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        code.positionCaret(code.getLength());
        keyboard.setShift(TouchKeyboard.Shift.OFF);
    }
}
