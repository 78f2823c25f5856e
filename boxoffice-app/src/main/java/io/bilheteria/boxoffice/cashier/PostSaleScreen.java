package io.bilheteria.boxoffice.cashier;

import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderItem;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.OrderSummaries;
import io.bilheteria.api.orders.OrderSummary;
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
import io.bilheteria.ui.tasks.BlockingCall;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.theme.Theme;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * After the sale, by keyboard: type an order's code, or the customer's email or CPF, and
 * Enter; a customer's orders are listed newest first (Down, Enter opens one). An open order
 * shows its lines and tickets; F9 on a ticket prints it again (REPRINT #n, with a new code: the
 * old paper no longer enters); F11 twice cancels and refunds a paid order (the first press
 * says what it will do), the seats go back on sale at once; F2 goes back to selling.
 */
public final class PostSaleScreen {
    private static final String SEAT_ITEM = "SEAT";
    private static final Pattern CPF = Pattern.compile("\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}");
    private final Messages messages;
    private final TerminalBackend backend;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final ReceiptPrinter printer;
    private final VBox view = new VBox(12);
    private final TextField search = new TextField();
    private final Label summary = new Label();
    private final ListView<String> lines = new ListView<>();
    private final Label message = new Label();
    private Order shown;
    /** The shown order's session map and its tickets as printed; null while no order is shown. */
    private Papers papers;
    /** Tickets of the shown order ticked with Space: F11 refunds only these. */
    private final Set<String> marked = new LinkedHashSet<>();
    /** The orders listed by a customer search, in the list's order; empty while an order is shown. */
    private List<OrderSummary> found = List.of();
    /** The refund asked for by a first F11, waiting for the second; null when none. */
    private String refundKey;

    public PostSaleScreen(Messages messages, TerminalBackend backend, TaskExecutor tasks, ZoneId zone,
                          ReceiptPrinter printer, Runnable backToSale) {
        this.printer = printer;
        this.messages = messages;
        this.backend = backend;
        this.tasks = tasks;
        this.zone = zone;
        Label title = new Label(messages.get("postsale.title"));
        title.getStyleClass().add(Theme.TITLE);
        Label keys = new Label(messages.get("postsale.keys"));
        keys.getStyleClass().add("cashier-keys");
        keys.setWrapText(true);
        search.setId("postsale-search");
        search.setPromptText(messages.get("postsale.search"));
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                find(search.getText().trim());
                event.consume();
            }
        });
        summary.setId("postsale-order");
        summary.getStyleClass().add("cashier-session");
        summary.setWrapText(true);
        lines.setId("postsale-lines");
        lines.setFocusTraversable(false);
        lines.setOnKeyPressed(event -> {
            int index = lines.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.ENTER && index >= 0 && index < found.size()) {
                open(found.get(index).orderId());
                event.consume();
            }
        });
        search.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !found.isEmpty()) {
                lines.requestFocus();
                lines.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && shown != null && !shown.tickets().isEmpty()) {
                goToTickets();
                event.consume();
            }
        });
        lines.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            int ticket = lines.getSelectionModel().getSelectedIndex() - firstTicketLine();
            if (event.getCode() == KeyCode.SPACE && shown != null && ticket >= 0) {
                toggleMark(ticket);
                event.consume();
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);
        message.setId("postsale-message");
        message.getStyleClass().add("cashier-message");
        message.setWrapText(true);
        view.getChildren().addAll(title, keys, search, summary, lines, message);
        view.setPadding(new Insets(16));
        view.setMaxWidth(1100);
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case F2 -> backToSale.run();
                case F3 -> search.requestFocus();
                case F9 -> reprint();
                case F11 -> refund();
                case ESCAPE -> {
                    refundKey = null;
                    message.setText("");
                }
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    /** An email has an @, a CPF is eleven digits (dots and dash allowed); anything else is an order code. */
    private void find(String text) {
        if (text.isEmpty()) {
            message.setText(messages.get("postsale.search.empty"));
            return;
        }
        refundKey = null;
        message.setText(messages.get("postsale.searching"));
        if (text.contains("@") || CPF.matcher(text).matches()) {
            run(client -> text.contains("@") ? client.ordersByEmail(text) : client.ordersByCpf(text), this::list);
        } else {
            run(client -> withPapers(client, client.orderByCode(text.toUpperCase(Locale.ROOT))), loaded -> {
                show(loaded);
                message.setText("");
            });
        }
    }

    private void list(OrderSummaries orders) {
        shown = null;
        papers = null;
        found = List.copyOf(orders.items());
        summary.setText(messages.get("postsale.found", found.size()));
        lines.getItems().setAll(found.stream().map(order -> messages.get("postsale.summary", order.code(),
                order.eventTitle(), Formats.dateTime(order.sessionStartsAt(), zone, messages.getLocale()),
                messages.get("postsale.status." + order.status()),
                Money.format(order.totalCents(), order.currency(), messages.getLocale()),
                order.customerName() == null ? order.email() : order.customerName())).toList());
        message.setText(messages.get(found.isEmpty() ? "postsale.none" : "postsale.pick"));
    }

    private void open(String orderId) {
        message.setText(messages.get("postsale.searching"));
        run(client -> withPapers(client, client.order(orderId)), loaded -> {
            show(loaded);
            message.setText("");
            search.requestFocus();
        });
    }

    /** A session's map, kept for a reprint's new paper, and an order's tickets as printed, by ticket id. */
    private record Papers(SeatMap map, Map<String, PrintableTicket> byTicket) {
    }

    /** An order with its tickets' papers, put together off the FX thread: a stadium's map has 60,000 seats. */
    private record Loaded(Order order, Papers papers) {
    }

    private Loaded withPapers(BilheteriaClient client, Order order) {
        return withPapers(order, client.seatMap(order.sessionId()));
    }

    private Loaded withPapers(Order order, SeatMap map) {
        return new Loaded(order, new Papers(map, TicketPaper.ofOrder(order, map, zone)));
    }

    private void show(Loaded loaded) {
        shown = loaded.order();
        papers = loaded.papers();
        found = List.of();
        marked.clear();
        showLines();
    }

    /** The order's products, then its tickets, those marked for a refund ticked. */
    private void showLines() {
        Order order = shown;
        summary.setText(header(order));
        // the seats are listed as tickets below, in the cashier's language; the items add the products
        lines.getItems().setAll(order.items().stream().filter(item -> !SEAT_ITEM.equals(item.kind())).map(this::line)
                .toList());
        order.tickets().forEach(ticket -> lines.getItems().add((marked.contains(ticket.ticketId()) ? "[x] " : "")
                + ticketLine(ticket)));
    }

    /** Code, status and total, then what was given back, when it was paid and to whom, where known. */
    private String header(Order order) {
        List<String> parts = new ArrayList<>(List.of(messages.get("postsale.order", order.code()),
                messages.get("postsale.status." + order.status()), money(order.totalCents())));
        if (order.refundedCents() > 0) {
            parts.add(messages.get("postsale.order.refunded", money(order.refundedCents())));
        }
        if (order.paidAt() != null) {
            parts.add(messages.get("postsale.order.paid", Formats.dateTime(order.paidAt(), zone, messages.getLocale())));
        }
        if (order.email() != null) {
            parts.add(order.email());
        }
        return String.join(" · ", parts);
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

    private String money(long cents) {
        return Money.format(cents, shown.currency(), messages.getLocale());
    }

    private String line(OrderItem item) {
        return messages.get("postsale.line", item.quantity(), item.description(),
                money(item.unitPriceCents()));
    }

    private int firstTicketLine() {
        return shown == null ? Integer.MAX_VALUE : lines.getItems().size() - shown.tickets().size();
    }

    private void goToTickets() {
        lines.requestFocus();
        lines.getSelectionModel().select(firstTicketLine());
        message.setText(messages.get("postsale.reprint.hint"));
    }

    /** Space on a valid ticket ticks it for a refund of some tickets, or unticks it. */
    private void toggleMark(int ticketIndex) {
        Ticket ticket = shown.tickets().get(ticketIndex);
        if (!"VALID".equals(ticket.status())) {
            return;
        }
        if (!marked.remove(ticket.ticketId())) {
            marked.add(ticket.ticketId());
        }
        refundKey = null;
        int line = lines.getSelectionModel().getSelectedIndex();
        showLines();
        lines.getSelectionModel().select(line);
        message.setText(messages.get("postsale.marked", marked.size()));
    }

    /**
     * F9 goes to the order's tickets; F9 on a ticket reprints it: the backend issues a new code
     * (the old paper is refused at the gate from then on) and the printer prints it, marked.
     */
    private void reprint() {
        if (shown == null) {
            message.setText(messages.get("postsale.find.first"));
            return;
        }
        int firstTicket = firstTicketLine();
        int line = lines.getSelectionModel().getSelectedIndex();
        if (!lines.isFocused() || line < firstTicket) {
            goToTickets();
            return;
        }
        Ticket ticket = shown.tickets().get(line - firstTicket);
        if (!"VALID".equals(ticket.status())) {
            message.setText(messages.get("postsale.reprint.revoked"));
            return;
        }
        Order order = shown;
        SeatMap map = papers.map();
        String key = UUID.randomUUID().toString();
        message.setText(messages.get("postsale.reprinting"));
        run(client -> {
            Ticket fresh = client.reprintTicket(order.orderId(), ticket.ticketId(), key);
            PrintableTicket paper = TicketPaper.of(order, fresh, map, zone);
            try {
                printer.print(new TicketReceipts(messages.getLocale(), ReceiptGrouping.PER_TICKET)
                        .receiptsFor(List.of(paper)).get(0));
            } catch (PrinterException e) {
                throw new IllegalStateException(messages.get("postsale.reprint.notPrinted", fresh.reprintCount(),
                        e.getMessage()), e);
            }
            return withPapers(client.order(order.orderId()), map);
        }, reloaded -> {
            show(reloaded);
            lines.requestFocus();
            lines.getSelectionModel().select(line);
            message.setText(messages.get("postsale.reprinted", reloaded.order().tickets().get(line - firstTicket)
                    .reprintCount()));
        });
    }

    /** First F11 says what will happen; the second, with the same order shown, does it. */
    private void refund() {
        if (shown == null || shown.status() != OrderStatus.PAID && shown.status() != OrderStatus.PARTIALLY_REFUNDED) {
            message.setText(messages.get(shown == null ? "postsale.find.first" : "postsale.refund.notPaid"));
            return;
        }
        List<String> some = List.copyOf(marked);
        if (refundKey == null) {
            refundKey = UUID.randomUUID().toString();
            long amount = some.isEmpty() ? shown.totalCents() - shown.refundedCents()
                    : shown.tickets().stream().filter(t -> some.contains(t.ticketId())).mapToLong(Ticket::priceCents).sum();
            String money = money(amount);
            message.setText(some.isEmpty() ? messages.get("postsale.refund.confirm", shown.code(), money)
                    : messages.get("postsale.refund.some.confirm", some.size(), shown.code(), money));
            return;
        }
        String orderId = shown.orderId();
        SeatMap map = papers.map();
        String key = refundKey;
        message.setText(messages.get("postsale.refunding"));
        run(client -> withPapers(some.isEmpty() ? client.cancelOrder(orderId, key)
                : client.refundTickets(orderId, some, key), map), refunded -> {
            refundKey = null;
            show(refunded);
            String code = refunded.order().code();
            message.setText(some.isEmpty() ? messages.get("postsale.refunded", code)
                    : messages.get("postsale.refunded.some", some.size(), code));
        });
    }

    private <T> void run(Function<BilheteriaClient, T> call, Consumer<T> then) {
        BlockingCall<T> blocking = () -> backend.call(call);
        BackgroundTask.of(blocking).onSuccess(then).onFailure(this::failed).executeWith(tasks);
    }

    private void failed(Throwable error) {
        message.setText(error instanceof NotFoundException ? messages.get("postsale.notFound")
                : FailureText.of(messages, error));
    }

    public Node view() {
        return view;
    }

    public void focus() {
        search.requestFocus();
    }
}
