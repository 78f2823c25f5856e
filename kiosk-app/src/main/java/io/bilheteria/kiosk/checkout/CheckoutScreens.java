package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.i18n.Messages;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/** The second half of a purchase and the service screens (identify to done, out of service, maintenance): their texts and looks. */
public final class CheckoutScreens {
    public static final String BUNDLE = "io.bilheteria.kiosk.checkout.checkout";
    static final String STYLESHEET = Objects.requireNonNull(
            CheckoutScreens.class.getResource("checkout.css"), "checkout.css beside CheckoutScreens").toExternalForm();

    private CheckoutScreens() {
    }

    /** A purchase screen: the kiosk header (title, back, time left, language, cancel) over the body. */
    static BorderPane purchaseScreen(PurchaseFrame frame, String titleKey, Place backTo, Region body) {
        body.getStyleClass().add("checkout-body");
        BorderPane view = frame.around(body, titleKey, backTo);
        view.getStylesheets().add(STYLESHEET);
        return view;
    }

    /** A touch button with its id, a translated label and one of the theme's button styles. */
    static Button button(Messages m, String id, String textKey, String style, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(m.text(textKey));
        button.getStyleClass().add(style);
        button.setOnAction(e -> action.run());
        return button;
    }
}
