package io.bilheteria.kiosk.shell;

import io.bilheteria.ui.sale.Sale;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Ticks the countdown of the held seats once a second. When it runs out on a purchase
 * screen, the seats are released, the customer is told in plain words and taken back to
 * the seat choice.
 */
public final class HoldClock {
    /** Screens where running out of time matters; on payment the backend grants a grace period. */
    private static final Set<Place> WATCHED = EnumSet.of(Place.SEATS, Place.ADDONS, Place.IDENTIFY, Place.REVIEW);

    private final KioskContext ctx;
    private final ReadOnlyObjectWrapper<Duration> timeLeft = new ReadOnlyObjectWrapper<>(this, "timeLeft", Duration.ZERO);
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper(this, "holding");
    private final Timeline ticks;
    private boolean expiring;

    public HoldClock(KioskContext ctx) {
        this.ctx = ctx;
        ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        tick();
        ticks.play();
    }

    public void stop() {
        ticks.stop();
    }

    /** Reads the sale now (e.g. right after a hold was taken) instead of at the next second. */
    public void tick() {
        Sale sale = ctx.sale();
        boolean held = sale.hold().isPresent();
        Duration left = sale.holdTimeLeft();
        holding.set(held);
        timeLeft.set(left);
        if (held && left.isZero() && !expiring && WATCHED.contains(ctx.navigator().getPlace())) {
            expiring = true;
            expired();
        }
    }

    private void expired() {
        ctx.calls().idempotentWrite(() -> {
            ctx.sale().releaseHold();
            return null;
        }, done -> {
            expiring = false;
            holding.set(false);
            ctx.navigator().go(Place.SEATS);
            ctx.overlay().message(ctx.messages().get("kiosk.hold.expired"));
        }, failure -> {
            expiring = false;
            ctx.calls().report(failure);
        });
    }

    public ReadOnlyObjectProperty<Duration> timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    public Duration getTimeLeft() {
        return timeLeft.get();
    }

    public ReadOnlyBooleanProperty holdingProperty() {
        return holding.getReadOnlyProperty();
    }
}
