package io.bilheteria.kiosk.checkout;

import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.kiosk.shell.HoldClock;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.ui.sale.Sale;
import java.time.ZoneId;
import io.bilheteria.client.HoldExpiredException;
import io.bilheteria.ui.sale.Review;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the customer is about to pay for: placing the order here gives the backend's total,
 * shown with the event, the session, every seat and product. Pay goes on to the card terminal;
 * changing seats gives the held seats back first.
 */
public final class ReviewScreen implements Screen {
    private final Messages m;
    private final Sale sale;
    private final BackendCalls calls;
    private final ZoneId venueZone;
    private final HoldClock holdClock;
    private final Journey journey;
    private final BorderPane view;
    private final Label event = new Label();
    private final Label session = new Label();
    private final Label buyer = new Label();
    private final VBox lines = new VBox(12);
    private final Label total = new Label();
    private final Button pay;

    public ReviewScreen(Messages messages, Sale sale, BackendCalls calls, ZoneId venueZone, HoldClock holdClock,
                        PurchaseFrame frame, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.calls = calls;
        this.venueZone = venueZone;
        this.holdClock = holdClock;
        this.journey = journey;

        event.setId("review-event");
        event.getStyleClass().add(Theme.TITLE);
        session.setId("review-session");
        session.getStyleClass().add(Theme.SUBTITLE);
        buyer.setId("review-buyer");
        buyer.getStyleClass().add(Theme.MUTED);
        lines.setId("review-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("checkout-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label totalLabel = new Label();
        totalLabel.textProperty().bind(m.text("checkout.review.total"));
        totalLabel.getStyleClass().add(Theme.TITLE);
        total.setId("review-total");
        total.getStyleClass().addAll(Theme.TITLE, "checkout-total");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox totalRow = new HBox(24, totalLabel, gap, total);
        totalRow.setAlignment(Pos.CENTER_LEFT);

        Button changeSeats = CheckoutScreens.button(m, "review-change-seats", "checkout.review.changeSeats",
                Theme.SECONDARY, this::changeSeats);
        pay = CheckoutScreens.button(m, "review-pay", "checkout.review.pay", Theme.PRIMARY,
                () -> journey.go(Place.PAYMENT));
        pay.getStyleClass().add("checkout-main-action");
        HBox actions = new HBox(32, changeSeats, pay);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox summary = new VBox(20, event, session, buyer, scroll, totalRow, actions);
        summary.getStyleClass().addAll(Theme.CARD, "checkout-summary");
        summary.setMaxWidth(1200);
        BorderPane.setAlignment(summary, Pos.TOP_CENTER);
        view = CheckoutScreens.purchaseScreen(frame, "checkout.review.title", Place.IDENTIFY,
                new BorderPane(summary));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        event.setText("");
        session.textProperty().unbind();
        session.setText("");
        buyer.textProperty().unbind();
        buyer.setText("");
        lines.getChildren().clear();
        total.textProperty().unbind();
        total.setText("");
        pay.setDisable(true);
        calls.write(sale::review, this::show, this::notPlaced);
    }

    private void show(Review review) {
        if (journey.place() != Place.REVIEW) {
            return;
        }
        holdClock.tick();
        event.setText(review.eventTitle());
        session.textProperty().bind(m.localized(
                locale -> Formats.dateTime(review.sessionStart(), venueZone, locale)));
        sale.buyer().ifPresent(who -> buyer.textProperty().bind(who.email() == null
                ? m.text("checkout.review.printOnly") : m.text("checkout.review.buyer", who.email())));
        for (Review.SeatLine seat : review.seats()) {
            lines.getChildren().add(line("review-seat",
                    m.text("checkout.seat", seat.section(), seat.row(), seat.number()),
                    money(seat.priceCents(), review.currency())));
        }
        for (Review.ProductLine product : review.products()) {
            lines.getChildren().add(line("review-product",
                    m.text("checkout.review.product", product.quantity(), product.name()),
                    money(product.unitPriceCents() * product.quantity(), review.currency())));
        }
        total.textProperty().bind(money(review.totalCents(), review.currency()));
        pay.setDisable(false);
    }

    private HBox line(String styleClass, StringExpression what, StringExpression price) {
        Label description = new Label();
        description.textProperty().bind(what);
        description.setWrapText(true);
        Label amount = new Label();
        amount.textProperty().bind(price);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(24, description, gap, amount);
        row.getStyleClass().addAll("checkout-line", styleClass);
        return row;
    }

    private StringExpression money(long cents, String currency) {
        return m.localized(locale -> Money.format(cents, currency, locale));
    }

    /** The hold ran out before the order was placed: the seats are gone, the customer chooses again. */
    private void notPlaced(CallFailure failure) {
        if (failure.cause() instanceof HoldExpiredException) {
            calls.idempotentWrite(() -> {
                sale.releaseHold();
                return null;
            }, done -> {
                journey.go(Place.SEATS, m.get("kiosk.hold.expired"));
            });
        } else {
            calls.report(failure);
        }
    }

    private void changeSeats() {
        calls.idempotentWrite(() -> {
            sale.releaseHold();
            return null;
        }, done -> journey.go(Place.SEATS));
    }
}
