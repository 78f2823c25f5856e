package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.idle.IdleTimer;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.binding.Bindings;

/**
 * What the kiosk does when a customer walks away: the idle timer asks whether they are still there,
 * then the kiosk starts over for the next customer. Nothing happens where nobody is buying, and the
 * timer waits while the customer waits for the card terminal or the printer.
 */
public final class WalkAway {
    private static final Set<Place> NOBODY_BUYING = EnumSet.of(Place.ATTRACT, Place.MAINTENANCE, Place.OUT_OF_SERVICE);
    private static final Set<Place> CUSTOMER_WAITS = EnumSet.of(Place.PAYMENT, Place.PRINTING);

    private WalkAway() {
    }

    public static void follow(IdleTimer idle, Navigator navigator, Journey journey) {
        idle.pausedProperty().bind(Bindings.createBooleanBinding(
                () -> CUSTOMER_WAITS.contains(navigator.getPlace()), navigator.placeProperty()));
        idle.setOnTimedOut(() -> {
            if (!NOBODY_BUYING.contains(navigator.getPlace())) {
                journey.startOver();
            }
        });
    }
}
