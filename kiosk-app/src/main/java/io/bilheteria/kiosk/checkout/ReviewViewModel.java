package io.bilheteria.kiosk.checkout;

import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.problems.ProblemTypes;
import io.bilheteria.client.ConflictException;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * backend's total, shown with the event, the session, the buyer, every seat and product. Each seat is
 * sold inteira or meia-entrada as the buyer marks it, the order placed again at the new price; past
 * the session's half-price cap the backend refuses, and the buyer is told how many are left. Pay goes
 * on to the card terminal; changing seats gives the held seats back first; a hold that ran out before
 * the order was placed sends the customer to choose again.
 */
public final class ReviewViewModel {
    /**
     * One line of the order: a seat (its id, and the type it is sold at) or a product (no seat id),
     * with what it costs.
     */
    public record Line(String seatId, TicketType ticketType, StringExpression what, StringExpression price) {
        public boolean seat() {
            return seatId != null;
        }
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
    private final ReadOnlyBooleanWrapper halfPriceChosen = new ReadOnlyBooleanWrapper(this, "halfPriceChosen");
    private final ReadOnlyStringWrapper halfPriceRefused = new ReadOnlyStringWrapper(this, "halfPriceRefused", "");
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

    /** Some seat is marked meia-entrada: the legal notice (document at the gate, a cap per session) is shown. */
    public ReadOnlyBooleanProperty halfPriceChosenProperty() {
        return halfPriceChosen.getReadOnlyProperty();
    }

    /** Why the half prices marked were refused, with how many are left; empty when none was refused. */
    public ReadOnlyStringProperty halfPriceRefusedProperty() {
        return halfPriceRefused.getReadOnlyProperty();
    }

    /** Places the order (again, when the customer came back from the payment) and shows what it holds. */
    public void shown() {
        shown = true;
        Stream.of(event, session, buyer, total, halfPriceRefused).forEach(text -> {
            text.unbind();
            text.set("");
        });
        lines.clear();
        placed.set(false);
        halfPriceChosen.set(false);
        calls.write(sale::review, this::show, this::notPlaced);
    }

    /**
     * The buyer marks a seat inteira (FULL) or meia-entrada (HALF): the order is placed again at the
     * new price, or refused past the session's half-price cap, the seat then shown as marked and
     * nothing to pay until it is inteira again.
     */
    public void sellAs(String seatId, TicketType type) {
        if (!shown || sale.ticketType(seatId) == type) {
            return;
        }
        placed.set(false);
        calls.write(() -> {
            sale.setTicketType(seatId, type);
            return sale.review();
        }, this::show, this::notPlaced);
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
        halfPriceRefused.unbind();
        halfPriceRefused.set("");
        showWhatAndWho(review.eventTitle(), review.sessionStart());
        showLines(review.seats(), review.products(), review.currency());
        total.bind(money(review.totalCents(), review.currency()));
        placed.set(true);
    }

    private void showWhatAndWho(String eventTitle, Instant sessionStart) {
        event.set(eventTitle);
        session.bind(m.localized(locale -> Formats.dateTime(sessionStart, venueZone, locale)));
        sale.buyer().ifPresent(who -> buyer.bind(who.email() == null
                ? m.text("checkout.review.printOnly") : m.text("checkout.review.buyer", who.email())));
    }

    private void showLines(List<Review.SeatLine> seats, List<Review.ProductLine> products, String currency) {
        List<Line> shownLines = new ArrayList<>();
        for (Review.SeatLine seat : seats) {
            shownLines.add(new Line(seat.seatId(), seat.ticketType(),
                    m.text("checkout.seat", seat.section(), seat.row(), seat.number()),
                    money(seat.priceCents(), currency)));
        }
        for (Review.ProductLine product : products) {
            shownLines.add(new Line(null, null, m.text("checkout.review.product", product.quantity(), product.name()),
                    money(product.unitPriceCents() * product.quantity(), currency)));
        }
        lines.setAll(shownLines);
        halfPriceChosen.set(shownLines.stream().anyMatch(line -> line.ticketType() == TicketType.HALF));
    }

    private StringExpression money(long cents, String currency) {
        return m.localized(locale -> Money.format(cents, currency, locale));
    }

    /**
     * The hold ran out before the order was placed: the seats are gone, the customer chooses again.
     * Past the half-price cap: the seats show the types as marked with their total, nothing can be paid,
     * and the buyer is told how many half prices are left.
     */
    private void notPlaced(CallFailure failure) {
        if (failure.cause() instanceof HoldExpiredException) {
            holdClock.ranOut();
        } else if (failure.cause() instanceof ConflictException refused
                && ProblemTypes.HALF_PRICE_LIMIT.equals(refused.problem().type())) {
            refusedHalfPrice();
        } else {
            calls.report(failure);
        }
    }

    /** What a refused order still shows: the seats as marked, the products chosen, and the half prices left. */
    private record HalfPriceRefusal(List<Review.SeatLine> seats, List<Review.ProductLine> products, String currency,
                                    int left) {
    }

    private void refusedHalfPrice() {
        total.unbind();
        total.set("");
        calls.read(() -> new HalfPriceRefusal(sale.heldSeatLines(), sale.chosenProductLines(),
                sale.seatMap().orElseThrow().sections().get(0).currency(), sale.halfPriceLeft()), refusal -> {
            if (shown) {
                sale.event().ifPresent(chosen -> showWhatAndWho(chosen.title(),
                        sale.session().orElseThrow().startsAt()));
                showLines(refusal.seats(), refusal.products(), refusal.currency());
                // what the seats cost as marked: the buyer sees what switching a seat to inteira changes
                total.bind(money(refusal.seats().stream().mapToLong(Review.SeatLine::priceCents).sum()
                        + refusal.products().stream().mapToLong(p -> p.unitPriceCents() * p.quantity()).sum(),
                        refusal.currency()));
                halfPriceRefused.bind(m.text("checkout.review.halfPrice.limit", refusal.left()));
            }
        });
    }
}
