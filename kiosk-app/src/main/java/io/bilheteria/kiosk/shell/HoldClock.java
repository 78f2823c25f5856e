package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The countdown of the held seats, read from the sale at each {@link #tick()} (the kiosk ticks it
 * every second). When it runs out on a purchase screen, the seats are released, the customer is told
 * in plain words and taken back to the seat choice.
 */
public final class HoldClock {
    /** Screens where running out of time matters; on payment the backend grants a grace period. */
    private static final Set<Place> WATCHED = EnumSet.of(Place.SEATS, Place.ADDONS, Place.IDENTIFY, Place.REVIEW);

    private final Sale sale;
    private final BackendCalls calls;
    private final Journey journey;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Duration> timeLeft = new ReadOnlyObjectWrapper<>(this, "timeLeft", Duration.ZERO);
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper(this, "holding");
    private boolean expiring;

    public HoldClock(Sale sale, BackendCalls calls, Journey journey, Messages messages) {
        this.sale = sale;
        this.calls = calls;
        this.journey = journey;
        this.messages = messages;
    }

    /** Reads the sale now; also right after a hold was taken or given back, instead of at the next second. */
    public void tick() {
        boolean held = sale.hold().isPresent();
        Duration left = sale.holdTimeLeft();
        holding.set(held);
        timeLeft.set(left);
        if (held && left.isZero() && !expiring && WATCHED.contains(journey.place())) {
            ranOut();
        }
    }

    /**
     * The hold ran out, by the countdown or by the backend's word: the seats are given back and the
     * customer, told so, chooses again.
     */
    public void ranOut() {
        expiring = true;
        calls.idempotentWrite(() -> {
            sale.releaseHold();
            return null;
        }, done -> {
            expiring = false;
            holding.set(false);
            journey.go(Place.SEATS, messages.get("kiosk.hold.expired"));
        }, failure -> {
            expiring = false;
            calls.report(failure);
        });
    }

    public ReadOnlyObjectProperty<Duration> timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    public Duration getTimeLeft() {
        return timeLeft.get();
    }

    /** Whether the customer holds seats now. */
    public ReadOnlyBooleanProperty holdingProperty() {
        return holding.getReadOnlyProperty();
    }

    public boolean isHolding() {
        return holding.get();
    }
}
