package io.bilheteria.kiosk.checkout;

import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.kiosk.checkout.DoneViewModel.TicketShown;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.qr.QrCodeView;
import io.bilheteria.ui.theme.Theme;
import java.io.ByteArrayInputStream;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The end of a purchase as the customer sees it: thanks, the order code, every ticket's QR code with
 * its seat, why the tickets did not print if they did not, and the printed receipts shown small.
 * The decisions are {@link DoneViewModel}'s; this lays them out and binds to them, and finishes
 * for the customer who walks off.
 */
public final class DoneScreen implements Screen {
    private static final double QR_SIZE = 240;
    private static final double RECEIPT_HEIGHT = 360;

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

        HBox tickets = new HBox(32);
        tickets.setId("done-tickets");
        tickets.setAlignment(Pos.CENTER);
        tickets.setFillHeight(false);
        model.tickets().addListener((ListChangeListener<TicketShown>) change ->
                tickets.getChildren().setAll(model.tickets().stream().map(DoneScreen::ticket).toList()));
        ScrollPane ticketScroll = new ScrollPane(tickets);
        ticketScroll.setPannable(true);
        ticketScroll.setFitToHeight(true);
        ticketScroll.getStyleClass().add("checkout-scroll");
        Label showAtEntrance = new Label();
        showAtEntrance.textProperty().bind(m.text("checkout.done.showAtEntrance"));
        showAtEntrance.getStyleClass().add(Theme.MUTED);

        HBox receipts = new HBox(24);
        receipts.setId("done-receipts");
        receipts.setAlignment(Pos.CENTER);
        model.receipts().addListener((ListChangeListener<PrintedReceipt>) change ->
                receipts.getChildren().setAll(model.receipts().stream().map(DoneScreen::paper).toList()));
        ScrollPane receiptScroll = new ScrollPane(receipts);
        receiptScroll.setPannable(true);
        receiptScroll.setFitToHeight(true);
        receiptScroll.getStyleClass().add("checkout-scroll");
        receiptScroll.visibleProperty().bind(Bindings.isNotEmpty(receipts.getChildren()));
        receiptScroll.managedProperty().bind(receiptScroll.visibleProperty());

        Button finish = CheckoutScreens.button(m, "done-finish", "checkout.done.finish", Theme.PRIMARY,
                this::finish);
        finish.getStyleClass().add("checkout-main-action");
        autoReturn.setOnFinished(e -> finish());

        HBox ticketsAndReceipts = new HBox(48, ticketScroll, receiptScroll);
        ticketsAndReceipts.setAlignment(Pos.CENTER);
        VBox.setVgrow(ticketsAndReceipts, Priority.ALWAYS);
        view = new VBox(24, thanks, orderCode, printFailed, showAtEntrance, ticketsAndReceipts, finish);
        view.setAlignment(Pos.TOP_CENTER);
        view.getStyleClass().addAll("checkout-body", "checkout-done");
        view.getStylesheets().add(CheckoutScreens.STYLESHEET);
    }

    private static Node ticket(TicketShown shown) {
        QrCodeView qr = new QrCodeView(shown.qr());
        qr.setSize(QR_SIZE);
        Label where = new Label();
        where.textProperty().bind(shown.seat());
        VBox card = new VBox(12, qr, where);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().addAll(Theme.CARD, "done-ticket");
        return card;
    }

    private static Node paper(PrintedReceipt receipt) {
        ImageView paper = new ImageView(new Image(new ByteArrayInputStream(receipt.png())));
        paper.setPreserveRatio(true);
        paper.setFitHeight(RECEIPT_HEIGHT);
        paper.getStyleClass().add("done-receipt");
        return paper;
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

    private void finish() {
        autoReturn.stop();
        model.finish();
    }
}
