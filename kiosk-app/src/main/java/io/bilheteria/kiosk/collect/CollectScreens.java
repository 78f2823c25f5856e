package io.bilheteria.kiosk.collect;

import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** Collecting an order bought elsewhere ("Retirar ingressos"): its texts, its looks and the pieces its screens share. */
public final class CollectScreens {
    public static final String BUNDLE = "io.bilheteria.kiosk.collect.collect";
    static final String STYLESHEET = Objects.requireNonNull(
            CollectScreens.class.getResource("collect.css"), "collect.css beside CollectScreens").toExternalForm();

    private CollectScreens() {
    }

    /** The kiosk header titled "Retirar ingressos" (back to {@code backTo}, none when null; language; cancel) over {@code body}. */
    static BorderPane screen(PurchaseFrame frame, String id, Place backTo, Node body) {
        body.getStyleClass().add("collect-body");
        BorderPane view = frame.around(body, "collect.title", backTo, "collect.cancel");
        view.setId(id);
        view.getStylesheets().add(STYLESHEET);
        return view;
    }

    static Button button(Messages m, String id, String textKey, String style, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(m.text(textKey));
        button.getStyleClass().addAll(style, "collect-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Why the order cannot be printed, in red; taking no room while there is nothing to say. */
    static Label refusal(String id, ObservableStringValue text) {
        Label refusal = new Label();
        refusal.setId(id);
        refusal.setWrapText(true);
        refusal.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        refusal.textProperty().bind(text);
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        return refusal;
    }

    static Label text(Messages m, String textKey, String style) {
        Label label = new Label();
        label.textProperty().bind(m.text(textKey));
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
