package io.bilheteria.kiosk.checkout;

import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.Section;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderItem;
import io.bilheteria.api.orders.Suggestions;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.products.Product;
import io.bilheteria.api.vouchers.Voucher;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Sale;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The end of a purchase ({@link DoneScreen} shows it): the order code, the payment receipt (when,
 * every ticket and product, the total, the card and its authorisation), every ticket's QR code with
 * its seat (so a failed print still lets the customer in, and says so), a QR code per product
 * voucher for the counter, the receipts the simulated printer made, and what to buy next: the
 * event's other sessions with seats and its products not bought, each a new sale in one tap.
 * Finishing, or {@link #AUTO_RETURN} without a touch, makes the kiosk ready for the next customer.
 */
public final class DoneViewModel {
    /** How long the done screen waits, after the last touch, for a customer who walks off without tapping "Concluir". */
    static final Duration AUTO_RETURN = Duration.ofSeconds(30);
    /** An order item that is a product (the others are seats). */
    private static final String PRODUCT = "PRODUCT";

    /** A ticket as the screen shows it: the QR code's payload and where it seats the customer. */
    public record TicketShown(String qr, StringExpression seat) {
    }

    /** A line of the payment receipt: a ticket (seat and type) or a product, and what it cost. */
    public record ReceiptLine(StringExpression what, StringExpression price) {
    }

    /** A product voucher: its signed code for the QR and which product (and which of several) it hands over. */
    public record VoucherShown(String code, StringExpression what) {
    }

    /** Another session of the event to buy next: when, and how many seats are free. */
    public record SessionSuggestion(String sessionId, StringExpression when, StringExpression seatsLeft) {
    }

    /** A product of the event not bought: its name and price. */
    public record ProductSuggestion(String productId, String name, StringExpression price) {
    }

    private final Sale sale;
    private final BackendCalls calls;
    private final Messages m;
    private final ZoneId venueZone;
    private final AtomicReference<PrintReport> handOver;
    private final Journey journey;
    private final ReadOnlyStringWrapper orderCode = new ReadOnlyStringWrapper(this, "orderCode", "");
    private final ReadOnlyStringWrapper paidAt = new ReadOnlyStringWrapper(this, "paidAt", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper card = new ReadOnlyStringWrapper(this, "card", "");
    private final ReadOnlyStringWrapper authorization = new ReadOnlyStringWrapper(this, "authorization", "");
    private final ObservableList<ReceiptLine> receiptLines = FXCollections.observableArrayList();
    private final ObservableList<ReceiptLine> receiptLinesView = FXCollections.unmodifiableObservableList(receiptLines);
    private final ObservableList<VoucherShown> vouchers = FXCollections.observableArrayList();
    private final ObservableList<VoucherShown> vouchersView = FXCollections.unmodifiableObservableList(vouchers);
    private final ObservableList<SessionSuggestion> sessionSuggestions = FXCollections.observableArrayList();
    private final ObservableList<SessionSuggestion> sessionSuggestionsView =
            FXCollections.unmodifiableObservableList(sessionSuggestions);
    private final ObservableList<ProductSuggestion> productSuggestions = FXCollections.observableArrayList();
    private final ObservableList<ProductSuggestion> productSuggestionsView =
            FXCollections.unmodifiableObservableList(productSuggestions);
    private final ReadOnlyStringWrapper printFailure = new ReadOnlyStringWrapper(this, "printFailure", "");
    private final ObservableList<TicketShown> tickets = FXCollections.observableArrayList();
    private final ObservableList<TicketShown> ticketsView = FXCollections.unmodifiableObservableList(tickets);
    private final ObservableList<PrintedReceipt> receipts = FXCollections.observableArrayList();
    private final ObservableList<PrintedReceipt> receiptsView = FXCollections.unmodifiableObservableList(receipts);
    private boolean shown;

    /** @param handOver what the printing screen printed, taken once when this screen comes up */
    public DoneViewModel(Sale sale, BackendCalls calls, Messages messages, ZoneId venueZone,
                         AtomicReference<PrintReport> handOver, Journey journey) {
        this.sale = sale;
        this.calls = calls;
        this.m = messages;
        this.venueZone = venueZone;
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

    /** "Pago em …": the date and time of the payment, on the venue's clock. */
    public ReadOnlyStringProperty paidAtProperty() {
        return paidAt.getReadOnlyProperty();
    }

    /** The receipt's tickets, then its products. */
    public ObservableList<ReceiptLine> receiptLines() {
        return receiptLinesView;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The card's brand and last 4 digits: all that is kept of it. */
    public ReadOnlyStringProperty cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** The acquirer's authorisation code, for a buyer who disputes the charge. */
    public ReadOnlyStringProperty authorizationProperty() {
        return authorization.getReadOnlyProperty();
    }

    /** One per product unit bought, handed over once at the concession counter. */
    public ObservableList<VoucherShown> vouchers() {
        return vouchersView;
    }

    /** The event's other sessions with seats, the likeliest first. */
    public ObservableList<SessionSuggestion> sessionSuggestions() {
        return sessionSuggestionsView;
    }

    /** The event's products not bought, in stock. */
    public ObservableList<ProductSuggestion> productSuggestions() {
        return productSuggestionsView;
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
        calls.read(sale::paidOrder, this::showReceipt);
        calls.read(sale::suggestions, this::showSuggestions);
    }

    public void hidden() {
        shown = false;
        tickets.clear();
        receipts.clear();
        Stream.of(paidAt, total, card, authorization).forEach(text -> {
            text.unbind();
            text.set("");
        });
        receiptLines.clear();
        vouchers.clear();
        sessionSuggestions.clear();
        productSuggestions.clear();
    }

    /** A suggested session: a new sale on that session's seat map, nothing of this one kept. */
    public void buySession(String sessionId) {
        if (!shown) {
            return;
        }
        String eventId = sale.event().orElseThrow().id();
        calls.write(() -> {
            sale.abandon();
            sale.chooseEvent(eventId);
            return sale.chooseSession(sessionId);
        }, map -> journey.go(Place.SEATS));
    }

    /**
     * A suggested product: the backend sells products only with tickets (an order is made of a
     * hold), so it is a new sale on the same session with the product already chosen; the buyer
     * chooses seats first and is told why.
     */
    public void buyProduct(String productId) {
        if (!shown) {
            return;
        }
        String eventId = sale.event().orElseThrow().id();
        String sessionId = sale.session().orElseThrow().id();
        calls.write(() -> {
            sale.abandon();
            sale.chooseEvent(eventId);
            sale.chooseSession(sessionId);
            Product chosen = sale.loadProducts().stream().filter(p -> p.id().equals(productId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("product " + productId + " is no longer sold"));
            sale.setProductQuantity(productId, 1);
            return chosen.name();
        }, name -> journey.go(Place.SEATS, m.get("checkout.done.suggest.productNext", name)));
    }

    /** "Concluir", or nobody touched the screen for {@link #AUTO_RETURN}. */
    public void finish() {
        if (shown) {
            journey.startOver();
        }
    }

    private void showReceipt(Order order) {
        if (!shown) {
            return;
        }
        paidAt.bind(m.text("checkout.done.paidAt", m.localized(locale -> Formats.dateTime(
                order.paidAt() == null ? order.createdAt() : order.paidAt(), venueZone, locale))));
        Map<String, Seat> seats = seatsById();
        Map<String, Section> sections = sectionsById();
        List<ReceiptLine> lines = new ArrayList<>();
        for (Ticket ticket : order.tickets()) {
            lines.add(new ReceiptLine(m.text("checkout.done.ticket", where(seats, sections, ticket.seatId()),
                    m.text("checkout.done.ticket." + ticket.ticketType().name())),
                    money(ticket.priceCents(), order.currency())));
        }
        for (OrderItem item : order.items()) {
            if (PRODUCT.equals(item.kind())) {
                lines.add(new ReceiptLine(m.text("checkout.done.product", item.quantity(), item.description()),
                        money(item.unitPriceCents() * item.quantity(), order.currency())));
            }
        }
        receiptLines.setAll(lines);
        total.bind(money(order.totalCents(), order.currency()));
        if (order.payment() != null) {
            card.bind(m.text("checkout.done.card", order.payment().brand(), order.payment().last4()));
            authorization.bind(m.text("checkout.done.authorization", order.payment().authorizationCode()));
        }
        List<Voucher> sold = order.vouchers() == null ? List.of() : order.vouchers();
        List<VoucherShown> shownVouchers = new ArrayList<>();
        for (Voucher voucher : sold) {
            List<Voucher> sameProduct = sold.stream().filter(v -> v.productId().equals(voucher.productId())).toList();
            shownVouchers.add(new VoucherShown(voucher.code(), m.text("checkout.done.voucher", voucher.productName(),
                    sameProduct.indexOf(voucher) + 1, sameProduct.size())));
        }
        vouchers.setAll(shownVouchers);
    }

    private void showSuggestions(Suggestions suggestions) {
        if (!shown) {
            return;
        }
        sessionSuggestions.setAll(suggestions.sessions().stream().map(session -> new SessionSuggestion(session.id(),
                m.localized(locale -> Formats.dateTime(session.startsAt(), venueZone, locale)),
                m.text("checkout.done.suggest.seatsLeft", session.availableSeats()))).toList());
        productSuggestions.setAll(suggestions.products().stream().map(product -> new ProductSuggestion(product.id(),
                product.name(), money(product.priceCents(), product.currency()))).toList());
    }

    private StringExpression money(long cents, String currency) {
        return m.localized(locale -> Money.format(cents, currency, locale));
    }

    private Map<String, Seat> seatsById() {
        return sale.seatMap().map(map -> map.seats().stream().collect(Collectors.toMap(Seat::id, Function.identity())))
                .orElse(Map.of());
    }

    private Map<String, Section> sectionsById() {
        return sale.seatMap().map(map -> map.sections().stream()
                .collect(Collectors.toMap(Section::id, Function.identity()))).orElse(Map.of());
    }

    /** "Setor Plateia · Fileira C · Lugar 11"; empty for a seat no longer on the map. */
    private StringExpression where(Map<String, Seat> seats, Map<String, Section> sections, String seatId) {
        Seat seat = seats.get(seatId);
        Section section = seat == null ? null : sections.get(seat.sectionId());
        return seat == null || section == null ? new ReadOnlyStringWrapper("")
                : m.text("checkout.seat", section.name(), seat.row(), seat.number());
    }

    private List<TicketShown> ticketsShown() {
        Map<String, Seat> seats = seatsById();
        Map<String, Section> sections = sectionsById();
        return sale.tickets().stream()
                .map(ticket -> new TicketShown(ticket.qr(), where(seats, sections, ticket.seatId()))).toList();
    }
}
