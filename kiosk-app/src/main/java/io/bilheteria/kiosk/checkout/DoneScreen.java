package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.ui.sale.Sale;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.kiosk.shell.Screen;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.qr.QrCodeView;
import io.bilheteria.ui.theme.Theme;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
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
 * The end of a purchase: thanks, the order code, every ticket's QR code with its seat (so a
 * failed print still lets the customer in) and the printed receipts shown small. Finishing,
 * or 30 seconds without a touch, makes the totem ready for the next customer.
 */
public final class DoneScreen implements Screen {
    static final Duration AUTO_RETURN = Duration.ofSeconds(30);
    private static final double QR_SIZE = 240;
    private static final double RECEIPT_HEIGHT = 360;

    private final Messages m;
    private final Sale sale;
    private final AtomicReference<PrintReport> handOver;
    private final Journey journey;
    private final VBox view;
    private final Label orderCode = new Label();
    private final Label printFailed = new Label();
    private final HBox tickets = new HBox(32);
    private final HBox receipts = new HBox(24);
    private final PauseTransition autoReturn =
            new PauseTransition(javafx.util.Duration.millis(AUTO_RETURN.toMillis()));

    public DoneScreen(Messages messages, Sale sale, AtomicReference<PrintReport> handOver, Journey journey) {
        this.m = messages;
        this.sale = sale;
        this.handOver = handOver;
        this.journey = journey;

        Label thanks = new Label();
        thanks.setId("done-title");
        thanks.textProperty().bind(m.text("checkout.done.thanks"));
        thanks.getStyleClass().add(Theme.TITLE);
        orderCode.setId("done-order-code");
        orderCode.getStyleClass().add(Theme.SUBTITLE);
        printFailed.setId("done-print-failed");
        printFailed.setWrapText(true);
        printFailed.getStyleClass().addAll(Theme.BANNER, Theme.BANNER_ERROR);
        printFailed.managedProperty().bind(printFailed.visibleProperty());

        tickets.setId("done-tickets");
        tickets.setAlignment(Pos.CENTER);
        tickets.setFillHeight(false);
        ScrollPane ticketScroll = new ScrollPane(tickets);
        ticketScroll.setPannable(true);
        ticketScroll.setFitToHeight(true);
        ticketScroll.getStyleClass().add("checkout-scroll");
        Label showAtEntrance = new Label();
        showAtEntrance.textProperty().bind(m.text("checkout.done.showAtEntrance"));
        showAtEntrance.getStyleClass().add(Theme.MUTED);

        receipts.setId("done-receipts");
        receipts.setAlignment(Pos.CENTER);
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

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        PrintReport report = handOver.getAndSet(null);
        String code = sale.orderCode().orElse("");
        orderCode.textProperty().bind(m.text("checkout.done.orderCode", code));
        if (report != null && report.outcome() instanceof PrintOutcome.Failed failed) {
            printFailed.textProperty().bind(m.text("checkout.done.printFailed",
                    m.text("checkout.printer." + failed.status().name()), code));
            printFailed.setVisible(true);
        } else {
            printFailed.textProperty().unbind();
            printFailed.setVisible(false);
        }
        showTickets();
        receipts.getChildren().clear();
        if (report != null) {
            for (PrintedReceipt receipt : report.receipts()) {
                ImageView paper = new ImageView(new Image(new ByteArrayInputStream(receipt.png())));
                paper.setPreserveRatio(true);
                paper.setFitHeight(RECEIPT_HEIGHT);
                paper.getStyleClass().add("done-receipt");
                receipts.getChildren().add(paper);
            }
        }
        autoReturn.playFromStart();
    }

    @Override
    public void hidden() {
        autoReturn.stop();
        tickets.getChildren().clear();
        receipts.getChildren().clear();
    }

    private void showTickets() {
        tickets.getChildren().clear();
        SeatMap map = sale.seatMap().orElse(null);
        Map<String, Seat> seats = map == null ? Map.of()
                : map.seats().stream().collect(Collectors.toMap(Seat::id, Function.identity()));
        Map<String, Section> sections = map == null ? Map.of()
                : map.sections().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        for (Ticket ticket : sale.tickets()) {
            QrCodeView qr = new QrCodeView(ticket.qr());
            qr.setSize(QR_SIZE);
            Label where = new Label();
            Seat seat = seats.get(ticket.seatId());
            Section section = seat == null ? null : sections.get(seat.sectionId());
            if (seat != null && section != null) {
                where.textProperty().bind(m.text("checkout.seat", section.name(), seat.row(), seat.number()));
            }
            VBox card = new VBox(12, qr, where);
            card.setAlignment(Pos.CENTER);
            card.getStyleClass().addAll(Theme.CARD, "done-ticket");
            tickets.getChildren().add(card);
        }
    }

    private void finish() {
        autoReturn.stop();
        if (journey.place() == Place.DONE) {
            journey.startOver();
        }
    }
}
