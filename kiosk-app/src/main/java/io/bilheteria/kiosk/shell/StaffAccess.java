package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.keyboard.NumericKeypad;
import io.bilheteria.ui.theme.Theme;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The hidden way in for staff: five taps within three seconds on the top-left corner, then
 * the maintenance PIN on a keypad. Customers never see a hint of it; a wrong PIN just
 * closes the pad.
 */
public final class StaffAccess {
    static final int TAPS = 5;
    static final long WITHIN_MILLIS = 3_000;
    static final double CORNER = 96;

    private final Messages messages;
    private final Clock clock;
    private final String maintenancePin;
    private final Journey journey;
    private final Deque<Long> taps = new ArrayDeque<>();
    private final Region corner = new Region();
    private final StackPane pinVeil;
    private final PasswordField pin = new PasswordField();
    private final Label pinError = new Label();

    public StaffAccess(Messages messages, Clock clock, String maintenancePin, Journey journey) {
        this.messages = messages;
        this.clock = clock;
        this.maintenancePin = maintenancePin;
        this.journey = journey;
        Messages m = messages;
        corner.setId("staff-corner");
        corner.setPrefSize(CORNER, CORNER);
        corner.setMaxSize(CORNER, CORNER);
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        corner.setOnMousePressed(e -> tapped());

        pin.setId("staff-pin");
        // editable, or the keypad would not type into it; the totem has no other keyboard
        NumericKeypad keypad = new NumericKeypad(m);
        keypad.setId("staff-keypad");
        keypad.setTarget(pin);
        keypad.actionDisableProperty().bind(pin.textProperty().length().lessThan(4));
        keypad.setOnAction(e -> check());
        Label title = new Label();
        title.textProperty().bind(m.text("kiosk.staff.pin"));
        title.getStyleClass().add(Theme.SUBTITLE);
        pinError.setId("staff-pin-error");
        pinError.getStyleClass().add(Theme.MUTED);
        Button cancel = new Button();
        cancel.textProperty().bind(m.text("common.cancel"));
        cancel.getStyleClass().add(Theme.SECONDARY);
        cancel.setOnAction(e -> close());
        VBox card = new VBox(16, title, pin, pinError, keypad, cancel);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add(Theme.CARD);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pinVeil = new StackPane(card);
        pinVeil.getStyleClass().add("kiosk-veil");
        pinVeil.setId("staff-pin-pad");
        pinVeil.setVisible(false);
    }

    /** The invisible corner and the PIN pad, to be laid over the screens. */
    public Node[] views() {
        return new Node[] {corner, pinVeil};
    }

    private void tapped() {
        long now = clock.millis();
        taps.addLast(now);
        while (!taps.isEmpty() && now - taps.peekFirst() > WITHIN_MILLIS) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            pin.clear();
            pinError.setText("");
            pinVeil.setVisible(true);
        }
    }

    private void check() {
        String typed = pin.getText();
        pin.clear();
        if (typed.equals(maintenancePin)) {
            close();
            journey.go(Place.MAINTENANCE);
        } else {
            pinError.setText(messages.get("kiosk.staff.wrongPin"));
        }
    }

    private void close() {
        pinVeil.setVisible(false);
        pin.clear();
    }
}
