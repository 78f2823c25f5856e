package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.KeepHoldAlive;
import io.bilheteria.kiosk.shell.KioskContext;
import io.bilheteria.kiosk.shell.KioskHeader;
import io.bilheteria.kiosk.shell.Navigator;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.i18n.Messages;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/** The second half of a purchase and the service screens: identify to done, out of service, maintenance. */
public final class CheckoutScreens {
    public static final String BUNDLE = "io.bilheteria.kiosk.checkout.checkout";
    static final String STYLESHEET = Objects.requireNonNull(
            CheckoutScreens.class.getResource("checkout.css"), "checkout.css beside CheckoutScreens").toExternalForm();

    private CheckoutScreens() {
    }

    public static void register(KioskContext ctx) {
        Navigator navigator = ctx.navigator();
        // the printing screen hands its report to the done screen
        AtomicReference<PrintReport> printed = new AtomicReference<>();
        navigator.register(Place.IDENTIFY, () -> new IdentifyScreen(ctx));
        navigator.register(Place.REVIEW, () -> new ReviewScreen(ctx));
        navigator.register(Place.PAYMENT, () -> new PaymentScreen(ctx));
        navigator.register(Place.PRINTING, () -> new PrintingScreen(ctx, printed));
        navigator.register(Place.DONE, () -> new DoneScreen(ctx, printed));
        navigator.register(Place.OUT_OF_SERVICE, () -> new OutOfServiceScreen(ctx));
        navigator.register(Place.MAINTENANCE, () -> new MaintenanceScreen(ctx));
    }

    /**
     * A purchase screen: the kiosk header (title, back, time left, language, cancel) over the
     * body. Touching it keeps the seats held.
     */
    static BorderPane purchaseScreen(KioskContext ctx, String titleKey, Place backTo, Region body) {
        body.getStyleClass().add("checkout-body");
        BorderPane view = new BorderPane(body);
        view.setTop(KioskHeader.of(ctx, titleKey, backTo));
        view.getStylesheets().add(STYLESHEET);
        KeepHoldAlive.install(ctx, view);
        return view;
    }

    /**
     * Asks the backend for more time on the held seats while the customer keeps touching this
     * view (typing a registration takes a while). The sale asks at most every 20 seconds.
     */
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
