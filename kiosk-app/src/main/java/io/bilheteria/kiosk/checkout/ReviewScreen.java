package io.bilheteria.kiosk.checkout;

import io.bilheteria.api.orders.TicketType;
import io.bilheteria.kiosk.checkout.ReviewViewModel.Line;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.PurchaseFrame;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.theme.Theme;
import javafx.collections.ListChangeListener;
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
 * The order as the customer checks it before paying: event, session, buyer, every seat (inteira or
 * meia-entrada, a tap each) and product, the half-price notice or refusal, the total, and pay or
 * change seats. The decisions are {@link ReviewViewModel}'s; this lays them
 * out and binds to them.
 */
public final class ReviewScreen implements Screen {
    private final ReviewViewModel model;
    private final Messages m;
    private final BorderPane view;

    public ReviewScreen(ReviewViewModel model, Messages m, PurchaseFrame frame) {
        this.model = model;
        this.m = m;
        Label event = new Label();
        Label session = new Label();
        Label buyer = new Label();
        VBox lines = new VBox(12);
        Label total = new Label();
        event.textProperty().bind(model.eventProperty());
        session.textProperty().bind(model.sessionProperty());
        buyer.textProperty().bind(model.buyerProperty());
        total.textProperty().bind(model.totalProperty());
        model.lines().addListener((ListChangeListener<Line>) change ->
                lines.getChildren().setAll(model.lines().stream().map(this::line).toList()));

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

        Label halfPriceNotice = new Label();
        halfPriceNotice.setId("review-half-price-notice");
        halfPriceNotice.setWrapText(true);
        halfPriceNotice.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_INFO);
        halfPriceNotice.textProperty().bind(m.text("checkout.review.halfPrice.notice"));
        halfPriceNotice.visibleProperty().bind(model.halfPriceChosenProperty());
        halfPriceNotice.managedProperty().bind(halfPriceNotice.visibleProperty());
        Label halfPriceRefused = new Label();
        halfPriceRefused.setId("review-half-price-refused");
        halfPriceRefused.setWrapText(true);
        halfPriceRefused.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        halfPriceRefused.textProperty().bind(model.halfPriceRefusedProperty());
        halfPriceRefused.visibleProperty().bind(model.halfPriceRefusedProperty().isNotEmpty());
        halfPriceRefused.managedProperty().bind(halfPriceRefused.visibleProperty());

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
                Theme.SECONDARY, model::changeSeats);
        Button pay = CheckoutScreens.button(m, "review-pay", "checkout.review.pay", Theme.PRIMARY, model::pay);
        pay.disableProperty().bind(model.placedProperty().not());
        pay.getStyleClass().add("checkout-main-action");
        HBox actions = new HBox(32, changeSeats, pay);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox summary = new VBox(20, event, session, buyer, scroll, halfPriceRefused, halfPriceNotice,
                totalRow, actions);
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
        model.shown();
    }

    @Override
    public void hidden() {
        model.hidden();
    }

    private HBox line(Line line) {
        Label description = new Label();
        description.textProperty().bind(line.what());
        description.setWrapText(true);
        Label amount = new Label();
        amount.textProperty().bind(line.price());
        amount.getStyleClass().add("review-price");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(24, description, gap);
        if (line.seat()) {
            row.getChildren().addAll(typeButton(line, TicketType.FULL, "review-full-", "checkout.review.full"),
                    typeButton(line, TicketType.HALF, "review-half-", "checkout.review.half"));
        }
        row.getChildren().add(amount);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("checkout-line", line.seat() ? "review-seat" : "review-product");
        return row;
    }

    /** Inteira or meia-entrada for one seat: the type it is sold at stands out, a tap on the other changes it. */
    private Button typeButton(Line line, TicketType type, String idPrefix, String textKey) {
        boolean chosen = line.ticketType() == type;
        Button button = CheckoutScreens.button(m, idPrefix + line.seatId(), textKey,
                chosen ? Theme.PRIMARY : Theme.SECONDARY, () -> model.sellAs(line.seatId(), type));
        button.getStyleClass().add("review-ticket-type");
        if (chosen) {
            button.getStyleClass().add("chosen");
        }
        return button;
    }
}
