package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderItem;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.OrderSummaries;
import io.bilheteria.api.orders.OrderSummary;
import io.bilheteria.api.orders.PaymentSummary;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.devices.printer.PrintableTicket;
import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.TicketReceipts;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.sale.TicketPaper;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The orders screen's state and decisions (F2 at the desk, {@link PostSaleScreen} shows it): an
 * order found by its code, or a customer's orders found by email or CPF; the open order's
 * products and tickets as rows; which row is selected; the tickets ticked for a refund; the
 * question waiting for the cashier's answer; the message line. A reprint and a refund change what
 * the customer holds, so each is asked first and done only once answered.
 */
public final class PostSaleViewModel {
    /** What the message line asks, waiting for Enter (yes) or Esc (no). */
    public enum Question { REPRINT, REFUND }

    private static final String SEAT_ITEM = "SEAT";
    private static final String VALID = "VALID";
    /** The backend's brand for the cards it cannot tell apart: no name the customer would know. */
    private static final String OTHER_BRAND = "OTHER";
    private static final Pattern CPF = Pattern.compile("\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}");
    private final Messages messages;
    private final TerminalBackend backend;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final ReceiptPrinter printer;
    private final RefundSlip slip;
    private final Clock clock;
    private final Consumer<Order> refunded;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>(this, "order");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private final ObservableList<String> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** The open order's session map and its tickets as printed; null while no order is open. */
    private Papers papers;
    /** The orders a customer search listed, in the rows' order; empty while an order is open. */
    private List<OrderSummary> found = List.of();
    /** Tickets of the open order ticked with Space: a refund gives back only these. */
    private final Set<String> ticked = new LinkedHashSet<>();
    /** What the pending question will do once confirmed; null when nothing is asked. */
    private Action asked;
    /**
     * The last action whose outcome the backend never told (it failed): asked again, it goes under
     * the same Idempotency-Key, so a refund or reprint that did happen is not done twice.
     */
    private Action unsettled;

    /**
     * @param printer the desk's printer: reprinted tickets and refund slips
     * @param clock dates the refund slips
     * @param refunded told of each refund made here, with the order as it is after it: the sale panel
     *     still showing that sale shows what is left of it
     */
    public PostSaleViewModel(Messages messages, TerminalBackend backend, TaskExecutor tasks, ZoneId zone,
                             ReceiptPrinter printer, Clock clock, Consumer<Order> refunded) {
        this.messages = messages;
        this.backend = backend;
        this.tasks = tasks;
        this.zone = zone;
        this.printer = printer;
        this.slip = new RefundSlip(messages, zone);
        this.clock = clock;
        this.refunded = refunded;
        // a question is about what is on screen: typing another search withdraws it
        search.addListener((obs, before, now) -> withdrawQuestion());
    }

    /** An order's session map, kept for a reprint's new paper, and its tickets as printed, by ticket id. */
    private record Papers(SeatMap map, Map<String, PrintableTicket> byTicket) {
    }

    /** An order with its tickets' papers, put together off the FX thread: a stadium's map has 60,000 seats. */
    private record Loaded(Order order, Papers papers) {
    }

    /** A reprint of one ticket or a refund of some (none: the whole order), and the key it is sent under. */
    private record Action(Question kind, String orderId, List<String> ticketIds, String key) {
        boolean sameAs(Action other) {
            return other != null && kind == other.kind && orderId.equals(other.orderId)
                    && ticketIds.equals(other.ticketIds);
        }
    }

    // --- state ------------------------------------------------------------------------------------

    /** What the cashier typed: an order's code, or a customer's email or CPF. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The open order, as the backend last answered it; null while none is open. */
    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** Above the rows: the open order's code, state, money and buyer, or how many orders were found. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The orders found, or the open order's products and then its tickets (ticked ones marked). */
    public ObservableList<String> rows() {
        return rowsView;
    }

    /** The row the keys act on; -1 while the keys are in the search. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the screen tells or asks the cashier now. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the message line asks; null when nothing is asked. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** A call to the backend (or the printer) is under way; keys that would start another wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // --- finding ----------------------------------------------------------------------------------

    /** Enter in the search: an email has an @, a CPF is eleven digits (dots and dash allowed); anything else is a code. */
    public void find() {
        String text = search.get().trim();
        if (busy.get()) {
            return;
        }
        if (text.isEmpty()) {
            message.set(messages.get("postsale.search.empty"));
            return;
        }
        withdrawQuestion();
        message.set(messages.get("postsale.searching"));
        if (text.contains("@") || CPF.matcher(text).matches()) {
            run(client -> text.contains("@") ? client.ordersByEmail(text) : client.ordersByCpf(text), this::list);
        } else {
            run(client -> withPapers(client, client.orderByCode(text.toUpperCase(Locale.ROOT))), loaded -> {
                show(loaded);
                message.set("");
            });
        }
    }

    private void list(OrderSummaries orders) {
        order.set(null);
        papers = null;
        found = List.copyOf(orders.items());
        heading.set(messages.get("postsale.found", found.size()));
        rows.setAll(found.stream().map(summary -> messages.get("postsale.summary", summary.code(),
                summary.eventTitle(), Formats.dateTime(summary.sessionStartsAt(), zone, messages.getLocale()),
                messages.get("postsale.status." + summary.status()),
                Money.format(summary.totalCents(), summary.currency(), messages.getLocale()),
                summary.customerName() == null ? summary.email() : summary.customerName())).toList());
        selected.set(-1);
        message.set(messages.get(found.isEmpty() ? "postsale.none" : "postsale.pick"));
    }

    /** Enter on a listed order opens it; the keys go back to the search. */
    public void openSelected() {
        int row = selected.get();
        if (busy.get() || row < 0 || row >= found.size()) {
            return;
        }
        String orderId = found.get(row).orderId();
        message.set(messages.get("postsale.searching"));
        run(client -> withPapers(client, client.order(orderId)), loaded -> {
            show(loaded);
            message.set("");
        });
    }

    private Loaded withPapers(BilheteriaClient client, Order loaded) {
        return withPapers(loaded, client.seatMap(loaded.sessionId()));
    }

    private Loaded withPapers(Order loaded, SeatMap map) {
        return new Loaded(loaded, new Papers(map, TicketPaper.ofOrder(loaded, map, zone)));
    }

    private void show(Loaded loaded) {
        papers = loaded.papers();
        found = List.of();
        ticked.clear();
        order.set(loaded.order());
        showRows();
        selected.set(-1);
    }

    /** The order's products, then its tickets, those ticked for a refund marked. */
    private void showRows() {
        Order shown = order.get();
        heading.set(header(shown));
        List<String> lines = new ArrayList<>();
        // the seats are listed as tickets below, in the cashier's language; the items add the products
        // a whole refund gives the products back too; a refund of some tickets keeps them sold
        String productsGivenBack = shown.status() == OrderStatus.REFUNDED
                ? " · " + messages.get("postsale.line.givenBack") : "";
        shown.items().stream().filter(item -> !SEAT_ITEM.equals(item.kind()))
                .map(item -> line(item) + productsGivenBack).forEach(lines::add);
        shown.tickets().forEach(ticket -> lines.add((ticked.contains(ticket.ticketId()) ? "[x] " : "")
                + ticketLine(ticket)));
        rows.setAll(lines);
    }

    /**
     * Code, status and what the order is paid for now, then what was given back of its total, when it
     * was paid, to whom and by which card, where known.
     */
    private String header(Order shown) {
        List<String> parts = new ArrayList<>(List.of(messages.get("postsale.order", shown.code()),
                messages.get("postsale.status." + shown.status()), money(shown.totalCents() - shown.refundedCents())));
        if (shown.refundedCents() > 0) {
            parts.add(messages.get("postsale.order.refunded", money(shown.refundedCents()), money(shown.totalCents())));
        }
        if (shown.paidAt() != null) {
            parts.add(messages.get("postsale.order.paid", Formats.dateTime(shown.paidAt(), zone, messages.getLocale())));
        }
        if (shown.email() != null) {
            parts.add(shown.email());
        }
        if (shown.payment() != null) {
            parts.add(card(shown.payment()));
            if (shown.payment().authorizationCode() != null) {
                parts.add(messages.get("postsale.order.authorization", shown.payment().authorizationCode()));
            }
        }
        return String.join(" · ", parts);
    }

    /** The card as the customer knows it: its brand (when the backend could tell it) and its last four digits. */
    private String card(PaymentSummary payment) {
        String brand = OTHER_BRAND.equals(payment.brand()) ? messages.get("postsale.card.other") : payment.brand();
        return messages.get("postsale.card", brand, payment.last4());
    }

    /** The seat as printed on the paper, its state, type and price, and how many times it was printed again. */
    private String ticketLine(Ticket ticket) {
        PrintableTicket paper = papers.byTicket().get(ticket.ticketId());
        String line = messages.get("postsale.ticket", paper.section(), paper.row(), paper.seat(),
                messages.get("postsale.ticket." + ticket.status()), messages.get("postsale.type." + ticket.ticketType()),
                money(ticket.priceCents()));
        return ticket.reprintCount() == 0 ? line
                : line + " · " + messages.get("postsale.ticket.reprints", ticket.reprintCount());
    }

    private String line(OrderItem item) {
        return messages.get("postsale.line", item.quantity(), item.description(), money(item.unitPriceCents()));
    }

    private String money(long cents) {
        return Money.format(cents, order.get().currency(), messages.getLocale());
    }

    // --- moving about -----------------------------------------------------------------------------

    /** The view's selection moved (arrows in the list): a question about the row left behind is withdrawn. */
    public void select(int row) {
        if (row != selected.get()) {
            selected.set(row);
            withdrawQuestion();
        }
    }

    /** Down from the search: the first order found, or the open order's first ticket. */
    public void intoRows() {
        if (!found.isEmpty()) {
            select(0);
        } else if (order.get() != null && !order.get().tickets().isEmpty()) {
            goToTickets();
        }
    }

    /** F3: the keys go back to the search. */
    public void backToSearch() {
        select(-1);
    }

    private int firstTicketRow() {
        return order.get() == null ? Integer.MAX_VALUE : rows.size() - order.get().tickets().size();
    }

    private Optional<Ticket> selectedTicket() {
        int ticket = selected.get() - firstTicketRow();
        return ticket < 0 ? Optional.empty() : Optional.of(order.get().tickets().get(ticket));
    }

    private void goToTickets() {
        select(firstTicketRow());
        message.set(messages.get("postsale.reprint.hint"));
    }

    /** Space on a valid ticket ticks it for a refund of some tickets, or unticks it. */
    public void toggleTicked() {
        Optional<Ticket> ticket = selectedTicket().filter(t -> VALID.equals(t.status()));
        if (busy.get() || ticket.isEmpty()) {
            return;
        }
        String id = ticket.get().ticketId();
        if (!ticked.remove(id)) {
            ticked.add(id);
        }
        withdrawQuestion();
        int row = selected.get();
        showRows();
        selected.set(row);
        message.set(messages.get("postsale.marked", ticked.size()));
    }

    // --- reprint and refund -----------------------------------------------------------------------

    /**
     * F9 goes to the order's tickets; F9 on a ticket asks whether to reprint it, since the paper
     * the customer holds stops admitting: once confirmed the backend issues a new code (the gate
     * refuses the old one from then on) and the printer prints it, marked.
     */
    public void reprint() {
        if (busy.get()) {
            return;
        }
        if (order.get() == null) {
            message.set(messages.get("postsale.find.first"));
            return;
        }
        Optional<Ticket> ticket = selectedTicket();
        if (ticket.isEmpty()) {
            goToTickets();
            return;
        }
        if (!VALID.equals(ticket.get().status())) {
            message.set(messages.get("postsale.reprint.revoked"));
            return;
        }
        PrintableTicket paper = papers.byTicket().get(ticket.get().ticketId());
        ask(action(Question.REPRINT, List.of(ticket.get().ticketId())),
                messages.get("postsale.reprint.confirm", paper.section(), paper.row(), paper.seat()));
    }

    private void reprintNow(Action reprint) {
        Order shown = order.get();
        SeatMap map = papers.map();
        String ticketId = reprint.ticketIds().get(0);
        int row = selected.get();
        message.set(messages.get("postsale.reprinting"));
        record Reprinted(Loaded loaded, int reprintCount, String notPrinted) {
        }
        run(client -> {
            Ticket fresh = client.reprintTicket(shown.orderId(), ticketId, reprint.key());
            PrintableTicket paper = TicketPaper.of(shown, fresh, map, zone);
            String notPrinted = null;
            try {
                printer.print(new TicketReceipts(messages.getLocale(), ReceiptGrouping.PER_TICKET)
                        .receiptsFor(List.of(paper)).get(0));
            } catch (PrinterException e) {
                notPrinted = e.getMessage();
            }
            return new Reprinted(withPapers(client.order(shown.orderId()), map), fresh.reprintCount(), notPrinted);
        }, reprinted -> {
            show(reprinted.loaded());
            selected.set(row);
            message.set(reprinted.notPrinted() == null
                    ? messages.get("postsale.reprinted", reprinted.reprintCount())
                    : messages.get("postsale.reprint.notPrinted", reprinted.reprintCount(), reprinted.notPrinted()));
        }, reprint);
    }

    /**
     * F11: a paid order's ticked tickets, or all that is left of it, are given back to the card.
     * The first press says what will happen; F11 again (or Enter) does it.
     */
    public void refund() {
        if (busy.get()) {
            return;
        }
        Order shown = order.get();
        if (shown == null || shown.status() != OrderStatus.PAID && shown.status() != OrderStatus.PARTIALLY_REFUNDED) {
            message.set(messages.get(shown == null ? "postsale.find.first" : "postsale.refund.notPaid"));
            return;
        }
        if (question.get() == Question.REFUND) {
            confirm();
            return;
        }
        List<String> some = List.copyOf(ticked);
        long amount = some.isEmpty() ? shown.totalCents() - shown.refundedCents()
                : shown.tickets().stream().filter(t -> some.contains(t.ticketId())).mapToLong(Ticket::priceCents).sum();
        ask(action(Question.REFUND, some), some.isEmpty()
                ? messages.get("postsale.refund.confirm", shown.code(), money(amount))
                : messages.get("postsale.refund.some.confirm", some.size(), shown.code(), money(amount)));
    }

    /**
     * Refunds, then prints the slip; a slip that does not print never undoes the refund, the message
     * says so instead.
     */
    private void refundNow(Action refund) {
        Order before = order.get();
        Papers beforePapers = papers;
        String card = before.payment() == null ? null : card(before.payment());
        List<String> some = refund.ticketIds();
        message.set(messages.get("postsale.refunding"));
        record Refunded(Loaded loaded, String notPrinted) {
        }
        run(client -> {
            Order after = some.isEmpty() ? client.cancelOrder(before.orderId(), refund.key())
                    : client.refundTickets(before.orderId(), some, refund.key());
            String notPrinted = null;
            try {
                printer.print(slip.of(before, after, beforePapers.byTicket(), card, clock.instant()));
            } catch (PrinterException e) {
                notPrinted = e.getMessage();
            }
            return new Refunded(withPapers(after, beforePapers.map()), notPrinted);
        }, done -> {
            show(done.loaded());
            String code = done.loaded().order().code();
            message.set((some.isEmpty() ? messages.get("postsale.refunded", code)
                    : messages.get("postsale.refunded.some", some.size(), code)) + " "
                    + (done.notPrinted() == null ? messages.get("postsale.slip.printed")
                    : messages.get("postsale.slip.notPrinted", done.notPrinted())));
            refunded.accept(done.loaded().order());
        }, refund);
    }

    /** Enter (or the asking key again) answers yes to the question on the message line. */
    public void confirm() {
        Action confirmed = asked;
        if (busy.get() || confirmed == null) {
            return;
        }
        withdrawQuestion();
        switch (confirmed.kind()) {
            case REPRINT -> reprintNow(confirmed);
            case REFUND -> refundNow(confirmed);
        }
    }

    /** Esc answers no: nothing is done, and the message line is cleared. */
    public void dismiss() {
        withdrawQuestion();
        message.set("");
    }

    /** An action on the open order, under the key of the same action left unsettled by a failure, if any. */
    private Action action(Question kind, List<String> ticketIds) {
        Action wanted = new Action(kind, order.get().orderId(), ticketIds, UUID.randomUUID().toString());
        return wanted.sameAs(unsettled) ? unsettled : wanted;
    }

    private void ask(Action action, String text) {
        asked = action;
        question.set(action.kind());
        message.set(text);
    }

    /** The question goes, and its words with it: the message line never asks what no key would answer. */
    private void withdrawQuestion() {
        if (asked != null) {
            asked = null;
            question.set(null);
            message.set("");
        }
    }

    // --- the backend ------------------------------------------------------------------------------

    private <T> void run(Function<BilheteriaClient, T> call, Consumer<T> then) {
        run(call, then, null);
    }

    /**
     * Runs a call in the background, busy meanwhile. {@code action} (null for a read) is what the
     * call does: settled once it answers, unsettled when it fails.
     */
    private <T> void run(Function<BilheteriaClient, T> call, Consumer<T> then, Action action) {
        busy.set(true);
        BackgroundTask.of(() -> backend.call(call)).onSuccess(result -> {
            busy.set(false);
            if (action != null) {
                unsettled = null;
            }
            then.accept(result);
        }).onFailure(error -> {
            busy.set(false);
            if (action != null) {
                unsettled = action;
            }
            message.set(error instanceof NotFoundException ? messages.get("postsale.notFound")
                    : FailureText.of(messages, error));
        }).executeWith(tasks);
    }
}
