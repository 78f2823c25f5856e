package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.kiosk.checkout.DoneViewModel.ProductSuggestion;
import io.bilheteria.kiosk.checkout.DoneViewModel.ReceiptLine;
import io.bilheteria.kiosk.checkout.DoneViewModel.SessionSuggestion;
import io.bilheteria.kiosk.checkout.DoneViewModel.TicketShown;
import io.bilheteria.kiosk.checkout.DoneViewModel.VoucherShown;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.qr.QrCodeView;
import io.bilheteria.ui.theme.Theme;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The end of a purchase as the customer sees it, one column that scrolls by touch (it fits the
 * totem's portrait screen as well as a landscape one): thanks and the order code, why the tickets
 * did not print if they did not, the payment receipt, every ticket's QR code with its seat, every
 * product voucher's QR code for the counter, the printed receipts shown small, and what to buy
 * next. "Concluir" stays below the column. The decisions are {@link DoneViewModel}'s; this lays them
 * out and binds to them, and finishes for the customer who walks off.
 */
public final class DoneScreen implements Screen {
    private static final double QR_SIZE = 240;
    private static final double RECEIPT_HEIGHT = 360;
    /** Wide enough for a receipt line, narrow enough to read without turning the head. */
    private static final double COLUMN_WIDTH = 1000;

    private final DoneViewModel model;
    private final VBox view;
    private final PauseTransition autoReturn =
            new PauseTransition(javafx.util.Duration.millis(DoneViewModel.AUTO_RETURN.toMillis()));

    public DoneScreen(DoneViewModel model, Messages m) {
        this.model = model;

        Label thanks = new Label();
        thanks.setId("done-title");
        thanks.textProperty().bind(m.text("checkout.done.thanks"));
        thanks.getStyleClass().add(Theme.TITLE);
        Label orderCode = new Label();
        orderCode.setId("done-order-code");
        orderCode.getStyleClass().add(Theme.SUBTITLE);
        orderCode.textProperty().bind(model.orderCodeProperty());
        Label printFailed = new Label();
        printFailed.setId("done-print-failed");
        printFailed.setWrapText(true);
        printFailed.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        printFailed.textProperty().bind(model.printFailureProperty());
        printFailed.visibleProperty().bind(model.printFailureProperty().isNotEmpty());
        printFailed.managedProperty().bind(printFailed.visibleProperty());

        FlowPane tickets = cards("done-tickets", model.tickets(), DoneScreen::ticket);
        VBox ticketPart = part(heading(m, "checkout.done.tickets"), muted(m, "checkout.done.showAtEntrance"), tickets);

        FlowPane vouchers = cards("done-vouchers", model.vouchers(), DoneScreen::voucher);
        VBox voucherPart = part(heading(m, "checkout.done.vouchers"), muted(m, "checkout.done.vouchers.hint"),
                vouchers);
        showWhenFilled(voucherPart, vouchers);

        FlowPane receipts = cards("done-receipts", model.receipts(), DoneScreen::paper);
        showWhenFilled(receipts, receipts);

        FlowPane sessions = cards("done-suggested-sessions", model.sessionSuggestions(), this::sessionButton);
        VBox sessionPart = part(subheading(m, "checkout.done.suggest.sessions"), sessions);
        showWhenFilled(sessionPart, sessions);
        FlowPane products = cards("done-suggested-products", model.productSuggestions(), this::productButton);
        VBox productPart = part(subheading(m, "checkout.done.suggest.products"), products);
        showWhenFilled(productPart, products);
        VBox suggestions = part(heading(m, "checkout.done.suggestions"), sessionPart, productPart);
        suggestions.setId("done-suggestions");
        suggestions.visibleProperty().bind(sessionPart.visibleProperty().or(productPart.visibleProperty()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());

        VBox column = new VBox(32, thanks, orderCode, printFailed, receipt(m), ticketPart, voucherPart, receipts,
                suggestions);
        column.setAlignment(Pos.TOP_CENTER);
        column.setMaxWidth(COLUMN_WIDTH);
        column.getStyleClass().add("done-column");
        HBox centred = new HBox(column);
        centred.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(column, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setId("done-scroll");
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("checkout-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button finish = CheckoutScreens.button(m, "done-finish", "checkout.done.finish", Theme.PRIMARY,
                this::finish);
        finish.getStyleClass().add("checkout-main-action");
        autoReturn.setOnFinished(e -> finish());

        view = new VBox(24, scroll, finish);
        view.setAlignment(Pos.TOP_CENTER);
        view.getStyleClass().addAll("checkout-body", "checkout-done");
        view.getStylesheets().add(CheckoutScreens.STYLESHEET);
        // a customer reading the receipt or scrolling to the vouchers is still here
        for (var touched : List.of(MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL, TouchEvent.TOUCH_PRESSED)) {
            view.addEventFilter(touched, this::stillHere);
        }
    }

    /** The payment receipt: when, every ticket and product with its price, the total, the card. */
    private Node receipt(Messages m) {
        Label paidAt = new Label();
        paidAt.setId("done-paid-at");
        paidAt.getStyleClass().add(Theme.MUTED);
        paidAt.textProperty().bind(model.paidAtProperty());
        VBox lines = new VBox(4);
        lines.setId("done-receipt-lines");
        fill(lines.getChildren(), model.receiptLines(), line -> row(line.what(), line.price(), "done-receipt-line"));
        HBox totalRow = row(m.text("checkout.done.total"), model.totalProperty(), "done-receipt-total");
        totalRow.getChildren().get(totalRow.getChildren().size() - 1).setId("done-total");
        Label card = new Label();
        card.setId("done-card");
        card.textProperty().bind(model.cardProperty());
        Label authorization = new Label();
        authorization.setId("done-authorization");
        authorization.textProperty().bind(model.authorizationProperty());
        VBox receipt = new VBox(12, heading(m, "checkout.done.receipt"), paidAt, lines, totalRow, card, authorization);
        receipt.setId("done-receipt");
        receipt.getStyleClass().addAll(Theme.CARD, "done-receipt-card");
        receipt.setMaxWidth(COLUMN_WIDTH);
        receipt.visibleProperty().bind(model.totalProperty().isNotEmpty());
        receipt.managedProperty().bind(receipt.visibleProperty());
        return receipt;
    }

    private static HBox row(StringExpression what, StringExpression amount, String styleClass) {
        Label description = new Label();
        description.textProperty().bind(what);
        description.setWrapText(true);
        Label price = new Label();
        price.textProperty().bind(amount);
        price.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(24, description, gap, price);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(styleClass);
        return row;
    }

    private static Label heading(Messages m, String key) {
        Label heading = new Label();
        heading.textProperty().bind(m.text(key));
        heading.getStyleClass().add(Theme.SUBTITLE);
        return heading;
    }

    private static Label subheading(Messages m, String key) {
        Label subheading = heading(m, key);
        subheading.getStyleClass().add("done-subheading");
        return subheading;
    }

    private static Label muted(Messages m, String key) {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(m.text(key));
        text.getStyleClass().add(Theme.MUTED);
        return text;
    }

    private static VBox part(Node... children) {
        VBox part = new VBox(16, children);
        part.setAlignment(Pos.TOP_CENTER);
        return part;
    }

    /** Cards that wrap to the column's width, one per item of the model's list. */
    private static <T> FlowPane cards(String id, ObservableList<T> items, Function<T, Node> card) {
        FlowPane pane = new FlowPane(24, 24);
        pane.setId(id);
        pane.setAlignment(Pos.CENTER);
        pane.setPrefWrapLength(COLUMN_WIDTH);
        fill(pane.getChildren(), items, card);
        return pane;
    }

    private static <T> void fill(ObservableList<Node> nodes, ObservableList<T> items, Function<T, Node> node) {
        items.addListener((ListChangeListener<T>) change -> nodes.setAll(items.stream().map(node).toList()));
    }

    private static void showWhenFilled(Node part, FlowPane cards) {
        part.visibleProperty().bind(Bindings.isNotEmpty(cards.getChildren()));
        part.managedProperty().bind(part.visibleProperty());
    }

    private static Node ticket(TicketShown shown) {
        return qrCard(shown.qr(), shown.seat(), "done-ticket");
    }

    private static Node voucher(VoucherShown shown) {
        return qrCard(shown.code(), shown.what(), "done-voucher");
    }

    private static Node qrCard(String payload, StringExpression caption, String styleClass) {
        QrCodeView qr = new QrCodeView(payload);
        qr.setSize(QR_SIZE);
        Label what = new Label();
        what.textProperty().bind(caption);
        VBox card = new VBox(12, qr, what);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().addAll(Theme.CARD, styleClass);
        return card;
    }

    private static Node paper(PrintedReceipt receipt) {
        ImageView paper = new ImageView(new Image(new ByteArrayInputStream(receipt.png())));
        paper.setPreserveRatio(true);
        paper.setFitHeight(RECEIPT_HEIGHT);
        paper.getStyleClass().add("done-receipt");
        return paper;
    }

    private Node sessionButton(SessionSuggestion session) {
        Label when = new Label();
        when.textProperty().bind(session.when());
        when.getStyleClass().add("done-suggestion-title");
        Label seats = new Label();
        seats.textProperty().bind(session.seatsLeft());
        seats.getStyleClass().add(Theme.MUTED);
        return suggestionButton("suggest-session-" + session.sessionId(), new VBox(8, when, seats),
                () -> model.buySession(session.sessionId()));
    }

    private Node productButton(ProductSuggestion product) {
        Label name = new Label(product.name());
        name.getStyleClass().add("done-suggestion-title");
        Label price = new Label();
        price.textProperty().bind(product.price());
        price.getStyleClass().add(Theme.MUTED);
        return suggestionButton("suggest-product-" + product.productId(), new VBox(8, name, price),
                () -> model.buyProduct(product.productId()));
    }

    private static Button suggestionButton(String id, VBox content, Runnable action) {
        content.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button();
        button.setId(id);
        button.setGraphic(content);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().addAll("tap-card", "done-suggestion");
        button.setOnAction(e -> action.run());
        return button;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        model.shown();
        autoReturn.playFromStart();
    }

    @Override
    public void hidden() {
        autoReturn.stop();
        model.hidden();
    }

    private void stillHere(Event touched) {
        if (autoReturn.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            autoReturn.playFromStart();
        }
    }

    private void finish() {
        autoReturn.stop();
        model.finish();
    }
}
