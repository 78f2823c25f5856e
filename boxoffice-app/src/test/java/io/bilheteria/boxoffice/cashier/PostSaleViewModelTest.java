package io.bilheteria.boxoffice.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.checkin.CheckinResultType;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.ProductLine;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.boxoffice.cashier.PostSaleViewModel.Question;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.boxoffice.shell.BoxOfficeWindow;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.TerminalBackend;
import io.bilheteria.ui.tasks.BackgroundTask;
import io.bilheteria.ui.tasks.InlineTaskExecutor;
import io.bilheteria.ui.tasks.TaskExecutor;
import io.bilheteria.ui.tasks.TaskHandle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orders screen's decisions without a stage: the keys' methods called as the view calls
 * them, against the real backend with the small demo, the background calls run inline.
 */
class PostSaleViewModelTest {
    private static final Messages MESSAGES = new Messages(Messages.PT_BR, BoxOfficeWindow.BUNDLE);
    private static final ZoneId VENUE = ZoneId.of("America/Sao_Paulo");
    /** The desk's clock when it refunds: the slip's date. */
    private static final Instant REFUNDED_AT = Instant.parse("2026-12-04T22:15:00Z");
    private static LocalBackend backend;
    private static String session;
    private final SimulatedPrinter printer = new SimulatedPrinter();
    /** The orders as refunded, as the sale panel is told of them. */
    private final List<Order> toldOfRefunds = new ArrayList<>();

    @BeforeAll
    static void startBackend() {
        backend = new LocalBackend();
        session = backend.theatreSessions().get(0);
        // a cashier refunds only within an open till
        backend.as("cashier").openShift();
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    private PostSaleViewModel desk(Messages messages, TaskExecutor tasks) {
        BilheteriaClient client = BilheteriaClient.builder().baseUrl(backend.baseUrl()).build();
        return new PostSaleViewModel(messages, new TerminalBackend(client, "cashier", "demo-cashier"), tasks, VENUE,
                printer, Clock.fixed(REFUNDED_AT, VENUE), toldOfRefunds::add);
    }

    private PostSaleViewModel desk(TaskExecutor tasks) {
        return desk(MESSAGES, tasks);
    }

    private PostSaleViewModel desk() {
        return desk(new InlineTaskExecutor());
    }

    /** Two seats sold at a kiosk; the order as the backend has it. */
    private static Order soldPair() {
        PaymentResult sold = backend.sell(session, 2);
        return backend.as("cashier").order(sold.orderId());
    }

    /** The code typed and Enter: the order open, the keys in the search. */
    private static PostSaleViewModel opened(PostSaleViewModel model, Order order) {
        model.searchProperty().set(order.code());
        model.find();
        assertThat(model.headingProperty().get()).startsWith("Pedido " + order.code());
        return model;
    }

    private static int firstTicketRow(PostSaleViewModel model) {
        return model.rows().size() - model.orderProperty().get().tickets().size();
    }

    /** The receipt's lines as the paper reads them, one a line, spaces made plain. */
    private static String printedText(Receipt receipt) {
        return normal(receipt.elements().stream().filter(ReceiptElement.Text.class::isInstance)
                .map(element -> ((ReceiptElement.Text) element).text()).collect(Collectors.joining("\n")));
    }

    private static String money(long cents) {
        return normal(Money.format(cents, "BRL", Messages.PT_BR));
    }

    private static String normal(String text) {
        return text.replace(Formats.NO_BREAK_SPACE, ' ');
    }

    @Test
    void anOrderTypedInLowerCaseOpensWithARowPerTicketAndTheKeysInTheSearch() {
        Order order = soldPair();
        PostSaleViewModel model = desk();

        model.searchProperty().set(order.code().toLowerCase(java.util.Locale.ROOT));
        model.find();

        assertThat(model.headingProperty().get()).startsWith("Pedido " + order.code() + " · pago");
        assertThat(model.rows()).hasSize(2).allSatisfy(row -> assertThat(row).startsWith("Plateia · fileira "));
        assertThat(model.selectedProperty().get()).isEqualTo(-1);
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void theOpenOrderNamesTheCardThatPaidItsLastFourDigitsAndTheAuthorisation() {
        Order order = soldPair();
        PostSaleViewModel model = opened(desk(), order);

        assertThat(order.payment().authorizationCode()).as("the backend keeps the authorisation").isNotBlank();
        assertThat(model.headingProperty().get()).endsWith(" · VISA final 1111 · autorização "
                + order.payment().authorizationCode());
    }

    @Test
    void enterOnAnEmptySearchAsksForTheCodeInEnglishWithItsApostrophe() {
        PostSaleViewModel model = desk(new Messages(Messages.ENGLISH, BoxOfficeWindow.BUNDLE), new InlineTaskExecutor());

        model.find();

        assertThat(model.messageProperty().get()).isEqualTo("Type the order's code.");
    }

    @Test
    void aCodeNobodyHasSaysSo() {
        PostSaleViewModel model = desk();

        model.searchProperty().set("ZZZZZZZZ");
        model.find();

        assertThat(model.messageProperty().get()).isEqualTo("Nenhum pedido com esse código.");
        assertThat(model.orderProperty().get()).isNull();
    }

    @Test
    void aCustomersOrdersAreListedNewestFirstAndDownThenEnterOpensOne() {
        BilheteriaClient kiosk = backend.as("kiosk");
        String ana = backend.as("cashier").findCustomers("ana@example.com", null).items().get(0).id();
        var hold = kiosk.hold(HoldRequest.bestAvailable(session, kiosk.seatMap(session).sections().get(2).id(), 1));
        var created = kiosk.createOrder(new OrderRequest(hold.holdId(), ana, List.of(), null));
        kiosk.pay(created.orderId(), new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123"));
        PostSaleViewModel model = desk();

        model.searchProperty().set("ana@example.com");
        model.find();
        assertThat(model.headingProperty().get()).endsWith("pedido(s) encontrado(s)");
        assertThat(model.rows().get(0)).startsWith(created.code()).contains("O Auto da Compadecida", "Ana Souza");

        model.intoRows();
        assertThat(model.selectedProperty().get()).isZero();
        model.openSelected();
        assertThat(model.headingProperty().get()).startsWith("Pedido " + created.code()).contains("ana@example.com");
        assertThat(model.selectedProperty().get()).as("the keys back in the search").isEqualTo(-1);
    }

    @Test
    void theWholeOrderIsRefundedOnlyOnceAskedAndConfirmedAndItsSeatsGoBackOnSale() {
        Order order = soldPair();
        PostSaleViewModel model = opened(desk(), order);

        model.refund();
        assertThat(model.questionProperty().get()).isEqualTo(Question.REFUND);
        assertThat(model.messageProperty().get()).startsWith("Cancelar o pedido " + order.code());
        assertThat(backend.as("cashier").order(order.orderId()).status()).as("nothing done on the first press")
                .isEqualTo(OrderStatus.PAID);

        model.refund();
        assertThat(backend.as("cashier").order(order.orderId()).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(model.messageProperty().get()).isEqualTo("Pedido " + order.code()
                + " reembolsado; os lugares voltaram à venda. Comprovante impresso.");
        assertThat(model.questionProperty().get()).isNull();
        assertThat(backend.as("kiosk").seatMap(session).seats()).filteredOn(seat -> order.tickets().stream()
                .anyMatch(ticket -> ticket.seatId().equals(seat.id())))
                .hasSize(2).allMatch(seat -> seat.status() == SeatStatus.AVAILABLE);
    }

    @Test
    void escapeOrTypingAnotherSearchWithdrawsTheQuestionAndNothingIsRefunded() {
        Order order = soldPair();
        PostSaleViewModel model = opened(desk(), order);

        model.refund();
        model.dismiss();
        assertThat(model.questionProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEmpty();
        model.refund();
        assertThat(model.questionProperty().get()).as("asked again, not done").isEqualTo(Question.REFUND);
        model.searchProperty().set("ana@");
        assertThat(model.questionProperty().get()).isNull();
        assertThat(model.messageProperty().get()).as("no question left on the line").isEmpty();

        model.confirm();
        assertThat(backend.as("cashier").order(order.orderId()).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aTickedTicketIsRefundedAloneAndTheOtherStillEnters() {
        Order order = soldPair();
        PostSaleViewModel model = opened(desk(), order);

        model.intoRows();
        assertThat(model.selectedProperty().get()).isEqualTo(firstTicketRow(model));
        assertThat(model.messageProperty().get()).startsWith("Setas escolhem o ingresso");
        model.toggleTicked();
        assertThat(model.rows().get(firstTicketRow(model))).startsWith("[x] ");
        assertThat(model.messageProperty().get()).startsWith("1 ingresso(s) marcado(s)");
        model.refund();
        assertThat(model.messageProperty().get()).startsWith("Reembolsar 1 ingresso(s) do pedido " + order.code());
        model.confirm();

        Order after = backend.as("cashier").order(order.orderId());
        assertThat(after.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(after.tickets()).extracting(Ticket::status).containsExactly("REVOKED", "VALID");
        assertThat(model.messageProperty().get()).startsWith("1 ingresso(s) do pedido " + order.code()
                + " reembolsado(s)");
        assertThat(normal(model.headingProperty().get())).contains("reembolsado em parte",
                "devolvido " + money(order.tickets().get(0).priceCents()));
    }

    @Test
    void afterOneTicketIsRefundedTheOrderShowsWhatIsLeftWhatWasGivenBackAndThatTicketAsRefunded() {
        Order order = soldPair();
        long price = order.tickets().get(0).priceCents();
        PostSaleViewModel model = opened(desk(), order);

        model.intoRows();
        model.toggleTicked();
        model.refund();
        model.confirm();

        assertThat(normal(model.headingProperty().get())).contains("reembolsado em parte · "
                + money(order.totalCents() - price) + " · devolvido " + money(price) + " de " + money(order.totalCents()));
        assertThat(model.rows().get(firstTicketRow(model))).contains("reembolsado (não entra mais)");
        assertThat(model.rows().get(firstTicketRow(model) + 1)).contains("válido");
        assertThat(toldOfRefunds).singleElement().satisfies(told -> {
            assertThat(told.refundedCents()).isEqualTo(price);
            assertThat(told.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        });
    }

    @Test
    void aWholeRefundShowsItsProductsGivenBackAndNothingLeftPaid() {
        BilheteriaClient kiosk = backend.as("kiosk");
        var hold = kiosk.hold(HoldRequest.bestAvailable(session, kiosk.seatMap(session).sections().get(0).id(), 1));
        String popcorn = kiosk.products(backend.as("cashier").order(soldPair().orderId()).session().eventId())
                .items().get(0).id();
        var created = kiosk.createOrder(new OrderRequest(hold.holdId(), null, List.of(new ProductLine(popcorn, 2)),
                null));
        kiosk.pay(created.orderId(), new Card("4111111111111111", "ANA SOUZA", 12, 2030, "123"));
        Order order = backend.as("cashier").order(created.orderId());
        PostSaleViewModel model = opened(desk(), order);

        model.refund();
        model.confirm();

        assertThat(normal(model.headingProperty().get())).contains("reembolsado · " + money(0) + " · devolvido "
                + money(order.totalCents()) + " de " + money(order.totalCents()));
        assertThat(model.rows().get(0)).startsWith("2 × ").endsWith(" · devolvido");
        assertThat(model.rows().get(1)).contains("reembolsado (não entra mais)");
    }

    @Test
    void aRefundPrintsASlipWithTheOrderWhatWasGivenBackHowMuchAndToWhichCard() {
        Order order = soldPair();
        Ticket refunded = order.tickets().get(0);
        PostSaleViewModel model = opened(desk(), order);

        model.intoRows();
        model.toggleTicked();
        model.refund();
        model.confirm();

        String seatRow = model.rows().get(firstTicketRow(model));
        assertThat(printer.lastReceipts()).singleElement().satisfies(slip -> assertThat(printedText(slip.receipt()))
                .contains("REEMBOLSO", "Pedido " + order.code(), "Reembolsado em sex., 4 de dez. de 2026 19:15",
                        "Devolvido: " + money(refunded.priceCents()), "Estornado em: VISA final 1111")
                .contains(seatRow.substring(0, seatRow.indexOf(" · reembolsado"))));
        assertThat(model.messageProperty().get()).endsWith("Comprovante impresso.");
    }

    @Test
    void aSlipThePrinterCannotPrintLeavesTheRefundDoneAndSaysSo() {
        Order order = soldPair();
        PostSaleViewModel model = opened(desk(), order);
        printer.simulate(PrinterStatus.PAPER_OUT);

        model.refund();
        model.confirm();

        assertThat(backend.as("cashier").order(order.orderId()).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(model.orderProperty().get().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(model.messageProperty().get()).contains("reembolsado", "O comprovante não foi impresso");
    }

    @Test
    void aRefundedTicketIsNotPrintedAgain() {
        Order order = soldPair();
        backend.as("cashier").refundTickets(order.orderId(), List.of(order.tickets().get(1).ticketId()));
        PostSaleViewModel model = opened(desk(), order);

        model.intoRows();
        model.select(firstTicketRow(model) + 1);
        model.reprint();

        assertThat(model.messageProperty().get()).isEqualTo("Este ingresso foi cancelado; não se reimprime.");
        assertThat(printer.lastReceipts()).isEmpty();
    }

    @Test
    void f9OnATicketFirstAsksSayingTheCustomersPaperStopsEnteringAndEnterReprintsIt() {
        Order order = soldPair();
        Ticket ticket = order.tickets().get(0);
        PostSaleViewModel model = reprintAskedOfTheFirstTicket(order);

        assertThat(model.questionProperty().get()).isEqualTo(Question.REPRINT);
        assertThat(model.messageProperty().get()).contains("não entra mais", "Enter confirma", "Esc desiste");
        assertThat(printer.lastReceipts()).as("nothing printed before the answer").isEmpty();
        assertThat(currentTicket(order, ticket).reprintCount()).isZero();

        model.confirm();
        Ticket reprinted = currentTicket(order, ticket);
        assertThat(reprinted.reprintCount()).isEqualTo(1);
        assertThat(model.messageProperty().get()).startsWith("Reimpresso: REIMPRESSÃO #1");
        assertThat(printer.lastReceipts()).singleElement().satisfies(paper -> assertThat(paper.receipt().elements())
                .contains(new ReceiptElement.QrCode(reprinted.qr())));
        BilheteriaClient gate = backend.as("gate");
        assertThat(gate.checkin(ticket.qr(), "norte-1", List.of(session)).result())
                .isEqualTo(CheckinResultType.REVOKED);
    }

    @Test
    void escapeAtTheReprintQuestionLeavesTheCustomersPaperAdmitting() {
        Order order = soldPair();
        Ticket ticket = order.tickets().get(0);
        PostSaleViewModel model = reprintAskedOfTheFirstTicket(order);

        model.dismiss();

        assertThat(model.questionProperty().get()).isNull();
        assertThat(printer.lastReceipts()).isEmpty();
        assertThat(currentTicket(order, ticket).reprintCount()).isZero();
        assertThat(backend.as("gate").checkin(ticket.qr(), "norte-1", List.of(session)).result())
                .isEqualTo(CheckinResultType.ACCEPTED);
    }

    /** The order open, Down to its first ticket, F9. */
    private PostSaleViewModel reprintAskedOfTheFirstTicket(Order order) {
        PostSaleViewModel model = opened(desk(), order);
        model.intoRows();
        model.reprint();
        return model;
    }

    private static Ticket currentTicket(Order order, Ticket ticket) {
        return backend.as("cashier").order(order.orderId()).tickets().stream()
                .filter(t -> t.ticketId().equals(ticket.ticketId())).findFirst().orElseThrow();
    }

    @Test
    void whileARefundIsUnderWayTheScreenIsBusyAndAnotherF11WaitsForIt() {
        Order order = soldPair();
        HeldExecutor held = new HeldExecutor();
        PostSaleViewModel model = desk(held);
        model.searchProperty().set(order.code());
        model.find();
        held.runAll();

        model.refund();
        model.refund();
        assertThat(model.busyProperty().get()).isTrue();
        model.refund();
        model.confirm();
        assertThat(held.waiting()).as("one refund under way, nothing asked or sent again").isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("Reembolsando…");

        held.runAll();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.orderProperty().get().status()).isEqualTo(OrderStatus.REFUNDED);
    }

    /** Holds each task until {@link #runAll()}: a call still under way, as the cashier sees it. */
    private static final class HeldExecutor implements TaskExecutor {
        private final InlineTaskExecutor inline = new InlineTaskExecutor();
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <V> TaskHandle execute(BackgroundTask<V> task) {
            Runnable run = () -> inline.execute(task);
            held.add(run);
            return new TaskHandle() {
                private boolean cancelled;

                @Override
                public boolean cancel() {
                    cancelled = held.remove(run);
                    return cancelled;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
        }

        int waiting() {
            return held.size();
        }

        void runAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }
}
