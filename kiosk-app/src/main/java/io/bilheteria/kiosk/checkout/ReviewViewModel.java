package io.bilheteria.kiosk.checkout;

import io.bilheteria.client.HoldExpiredException;
import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Review;
import io.bilheteria.ui.sale.Sale;
import java.time.ZoneId;
import java.util.stream.Stream;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the customer is about to pay for ({@link ReviewScreen} shows it): placing the order gives the
 * backend's total, shown with the event, the session, the buyer, every seat and product. Pay goes on
 * to the card terminal; changing seats gives the held seats back first; a hold that ran out before
 * the order was placed sends the customer to choose again.
 */
public final class ReviewViewModel {
    /** One line of the order: a seat or a product, with what it costs. */
    public record Line(boolean seat, StringExpression what, StringExpression price) {
    }

    private final Sale sale;
    private final BackendCalls calls;
    private final Messages m;
    private final ZoneId venueZone;
    private final HoldClock holdClock;
    private final Journey journey;
    private final ReadOnlyStringWrapper event = new ReadOnlyStringWrapper(this, "event", "");
    private final ReadOnlyStringWrapper session = new ReadOnlyStringWrapper(this, "session", "");
    private final ReadOnlyStringWrapper buyer = new ReadOnlyStringWrapper(this, "buyer", "");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Line> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyBooleanWrapper placed = new ReadOnlyBooleanWrapper(this, "placed");
    private boolean shown;

    public ReviewViewModel(Sale sale, BackendCalls calls, Messages messages, ZoneId venueZone, HoldClock holdClock,
                           Journey journey) {
        this.sale = sale;
        this.calls = calls;
        this.m = messages;
        this.venueZone = venueZone;
        this.holdClock = holdClock;
        this.journey = journey;
    }

    public ReadOnlyStringProperty eventProperty() {
        return event.getReadOnlyProperty();
    }

    /** When the session starts, in the venue's time and the customer's language. */
    public ReadOnlyStringProperty sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** Who buys: their e-mail, or that the tickets are only printed. */
    public ReadOnlyStringProperty buyerProperty() {
        return buyer.getReadOnlyProperty();
    }

    /** The seats, then the products. */
    public ObservableList<Line> lines() {
        return linesView;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The order is placed for the total shown, so it may be paid. */
    public ReadOnlyBooleanProperty placedProperty() {
        return placed.getReadOnlyProperty();
    }

    /** Places the order (again, when the customer came back from the payment) and shows what it holds. */
    public void shown() {
        shown = true;
        Stream.of(event, session, buyer, total).forEach(text -> {
            text.unbind();
            text.set("");
        });
        lines.clear();
        placed.set(false);
        calls.write(sale::review, this::show, this::notPlaced);
    }

    public void hidden() {
        shown = false;
    }

    public void pay() {
        journey.go(Place.PAYMENT);
    }

    /** The held seats are given back first, so the seat map shows them free to choose again. */
    public void changeSeats() {
        calls.idempotentWrite(() -> {
            sale.releaseHold();
            return null;
        }, done -> journey.go(Place.SEATS));
    }

    private void show(Review review) {
        if (!shown) {
            return;
        }
        // placing the order may have given the seats more time
        holdClock.tick();
        event.set(review.eventTitle());
        session.bind(m.localized(locale -> Formats.dateTime(review.sessionStart(), venueZone, locale)));
        sale.buyer().ifPresent(who -> buyer.bind(who.email() == null
                ? m.text("checkout.review.printOnly") : m.text("checkout.review.buyer", who.email())));
        for (Review.SeatLine seat : review.seats()) {
            lines.add(new Line(true, m.text("checkout.seat", seat.section(), seat.row(), seat.number()),
                    money(seat.priceCents(), review.currency())));
        }
        for (Review.ProductLine product : review.products()) {
            lines.add(new Line(false, m.text("checkout.review.product", product.quantity(), product.name()),
                    money(product.unitPriceCents() * product.quantity(), review.currency())));
        }
        total.bind(money(review.totalCents(), review.currency()));
        placed.set(true);
    }

    private StringExpression money(long cents, String currency) {
        return m.localized(locale -> Money.format(cents, currency, locale));
    }

    /** The hold ran out before the order was placed: the seats are gone, the customer chooses again. */
    private void notPlaced(CallFailure failure) {
        if (failure.cause() instanceof HoldExpiredException) {
            holdClock.ranOut();
        } else {
            calls.report(failure);
        }
    }
}
