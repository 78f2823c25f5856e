package io.bilheteria.kiosk.checkout;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Sale;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The end of a purchase ({@link DoneScreen} shows it): the order code, every ticket's QR code with
 * its seat (so a failed print still lets the customer in, and says so), and the receipts the
 * simulated printer made. Finishing, or {@link #AUTO_RETURN} without a touch, makes the kiosk ready
 * for the next customer.
 */
public final class DoneViewModel {
    /** How long the tickets stay on screen for a customer who walks off without tapping "Concluir". */
    static final Duration AUTO_RETURN = Duration.ofSeconds(30);

    /** A ticket as the screen shows it: the QR code's payload and where it seats the customer. */
    public record TicketShown(String qr, StringExpression seat) {
    }

    private final Sale sale;
    private final Messages m;
    private final AtomicReference<PrintReport> handOver;
    private final Journey journey;
    private final ReadOnlyStringWrapper orderCode = new ReadOnlyStringWrapper(this, "orderCode", "");
    private final ReadOnlyStringWrapper printFailure = new ReadOnlyStringWrapper(this, "printFailure", "");
    private final ObservableList<TicketShown> tickets = FXCollections.observableArrayList();
    private final ObservableList<TicketShown> ticketsView = FXCollections.unmodifiableObservableList(tickets);
    private final ObservableList<PrintedReceipt> receipts = FXCollections.observableArrayList();
    private final ObservableList<PrintedReceipt> receiptsView = FXCollections.unmodifiableObservableList(receipts);
    private boolean shown;

    /** @param handOver what the printing screen printed, taken once when this screen comes up */
    public DoneViewModel(Sale sale, Messages messages, AtomicReference<PrintReport> handOver, Journey journey) {
        this.sale = sale;
        this.m = messages;
        this.handOver = handOver;
        this.journey = journey;
    }

    /** "Código do pedido: …", for the box office should the customer need it. */
    public ReadOnlyStringProperty orderCodeProperty() {
        return orderCode.getReadOnlyProperty();
    }

    /** Why the tickets did not print and what to do instead; empty when they printed. */
    public ReadOnlyStringProperty printFailureProperty() {
        return printFailure.getReadOnlyProperty();
    }

    public ObservableList<TicketShown> tickets() {
        return ticketsView;
    }

    /** The receipts the simulated printer made for this customer; a real printer's paper is not shown. */
    public ObservableList<PrintedReceipt> receipts() {
        return receiptsView;
    }

    public void shown() {
        shown = true;
        PrintReport report = handOver.getAndSet(null);
        String code = sale.orderCode().orElse("");
        orderCode.bind(m.text("checkout.done.orderCode", code));
        printFailure.unbind();
        printFailure.set("");
        if (report != null && report.outcome() instanceof PrintOutcome.Failed failed) {
            printFailure.bind(m.text("checkout.done.printFailed", m.text("checkout.printer." + failed.status().name()),
                    code));
        }
        tickets.setAll(ticketsShown());
        receipts.setAll(report == null ? List.of() : report.receipts());
    }

    public void hidden() {
        shown = false;
        tickets.clear();
        receipts.clear();
    }

    /** "Concluir", or nobody touched the screen for {@link #AUTO_RETURN}. */
    public void finish() {
        if (shown) {
            journey.startOver();
        }
    }

    private List<TicketShown> ticketsShown() {
        SeatMap map = sale.seatMap().orElse(null);
        Map<String, Seat> seats = map == null ? Map.of()
                : map.seats().stream().collect(Collectors.toMap(Seat::id, Function.identity()));
        Map<String, Section> sections = map == null ? Map.of()
                : map.sections().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        return sale.tickets().stream().map(ticket -> {
            Seat seat = seats.get(ticket.seatId());
            Section section = seat == null ? null : sections.get(seat.sectionId());
            StringExpression where = seat == null || section == null ? new ReadOnlyStringWrapper("")
                    : m.text("checkout.seat", section.name(), seat.row(), seat.number());
            return new TicketShown(ticket.qr(), where);
        }).toList();
    }
}
