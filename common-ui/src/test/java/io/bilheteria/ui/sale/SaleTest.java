package io.bilheteria.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SeatStatus;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.client.SeatConflictException;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.api.orders.Order;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptElement;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.sim.PrintedReceipt;
import io.bilheteria.ui.format.Money;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.testsupport.LocalBackend;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SaleTest {
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private Sale sale;

    @BeforeEach
    void newCustomer() {
        sale = new Sale(kioskTerminal(), Clock.systemUTC(), ZoneId.of("America/Sao_Paulo"), "totem-01");
    }

    private SeatMap theatreSession() {
        EventSummary theatre = sale.findEvents("Compadecida", null, null).get(0);
        EventSummary chosen = sale.chooseEvent(theatre.id());
        return sale.chooseSession(chosen.sessions().get(0).id());
    }

    @Test
    void aGuestBuysTwoBestSeatsAfterADeclinedCardAndGetsTwoPrintedTickets() {
        SeatMap map = theatreSession();
        Hold hold = sale.holdBestAvailable(map.sections().get(0).id(), 2);
        assertThat(hold.seatIds()).hasSize(2);
        sale.loadProducts();
        String popcorn = sale.loadProducts().stream().filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow().id();
        sale.setProductQuantity(popcorn, 2);
        sale.continueAsGuest("Visitante@Example.com");

        Review review = sale.review();
        long seats = map.sections().get(0).priceCents() * 2;
        assertThat(review.totalCents()).isEqualTo(seats + 2 * 1800);
        assertThat(review.seats()).hasSize(2);
        assertThat(review.orderCode()).isNotBlank();

        assertThat(sale.pay(SandboxCard.DECLINES.card())).isInstanceOf(PaymentOutcome.Declined.class);
        assertThat(sale.hold()).as("a declined card keeps the seats").isPresent();
        PaymentOutcome paid = sale.pay(SandboxCard.APPROVES.card());
        assertThat(paid).isInstanceOf(PaymentOutcome.Paid.class);
        assertThat(((PaymentOutcome.Paid) paid).tickets()).hasSize(2);

        SimulatedPrinter printer = new SimulatedPrinter();
        assertThat(sale.print(printer, PT_BR, ReceiptGrouping.PER_TICKET))
                .as("two tickets, two popcorn slips, one payment receipt")
                .isEqualTo(new PrintOutcome.Printed(new PrintOutcome.Papers(2, 2, 1)));
        assertThat(printer.lastReceipts()).hasSize(5);
        assertThat(sale.refreshSeatMap().seats().stream().filter(s -> hold.seatIds().contains(s.id())))
                .allMatch(s -> s.status() == SeatStatus.SOLD);
    }

    @Test
    void aPrinterOutOfPaperFailsThePrintButNotTheSale() {
        SeatMap map = theatreSession();
        sale.holdBestAvailable(map.sections().get(0).id(), 1);
        sale.review();
        assertThat(sale.pay(SandboxCard.APPROVES.card())).isInstanceOf(PaymentOutcome.Paid.class);
        SimulatedPrinter printer = new SimulatedPrinter();
        printer.simulate(PrinterStatus.PAPER_OUT);

        PrintOutcome outcome = sale.print(printer, PT_BR, ReceiptGrouping.PER_ORDER);

        assertThat(outcome).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(((PrintOutcome.Failed) outcome).status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(sale.tickets()).hasSize(1);
    }

    /** Two seats and two popcorns paid by a guest; the order as the backend has it. */
    private Order paidWithTwoPopcorns() {
        SeatMap map = theatreSession();
        sale.holdBestAvailable(map.sections().get(0).id(), 2);
        String popcorn = sale.loadProducts().stream().filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow()
                .id();
        sale.setProductQuantity(popcorn, 2);
        sale.continueAsGuest(null);
        sale.review();
        assertThat(sale.pay(SandboxCard.APPROVES.card())).isInstanceOf(PaymentOutcome.Paid.class);
        return backend.cashier().orderByCode(sale.orderCode().orElseThrow());
    }

    @Test
    void aPaidOrderPrintsItsTicketsThenASlipPerProductUnitThenThePaymentReceipt() {
        Order order = paidWithTwoPopcorns();
        SimulatedPrinter printer = new SimulatedPrinter();

        assertThat(sale.print(printer, PT_BR, ReceiptGrouping.PER_TICKET))
                .isEqualTo(new PrintOutcome.Printed(new PrintOutcome.Papers(2, 2, 1)));

        List<Receipt> papers = printer.lastReceipts().stream().map(PrintedReceipt::receipt).toList();
        assertThat(papers).hasSize(5);
        assertThat(papers.subList(0, 2)).extracting(SaleTest::qrCodes).containsExactly(
                List.of(order.tickets().get(0).qr()), List.of(order.tickets().get(1).qr()));
        assertThat(order.vouchers()).hasSize(2);
        assertThat(papers.subList(2, 4)).extracting(SaleTest::qrCodes).containsExactly(
                List.of(order.vouchers().get(0).code()), List.of(order.vouchers().get(1).code()));
        assertThat(texts(papers.get(2))).contains("VALE-PRODUTO", "Pipoca", "Pedido " + order.code());
        List<String> receipt = texts(papers.get(4));
        assertThat(qrCodes(papers.get(4))).isEmpty();
        assertThat(receipt).contains("COMPROVANTE DE PAGAMENTO");
        assertThat(receipt).anySatisfy(line -> assertThat(line).startsWith("Terminal").endsWith(" totem-01"));
        assertThat(receipt).anySatisfy(line -> assertThat(line).startsWith("  2 x R$ 18,00").endsWith(" R$ 36,00"));
        assertThat(receipt).anySatisfy(line -> assertThat(line).startsWith("Total")
                .endsWith(" " + Money.format(order.totalCents(), "BRL", PT_BR).replace((char) 0xA0, (char) 0x20)));
        assertThat(receipt).anySatisfy(line -> assertThat(line).startsWith("Cartão")
                .endsWith(" " + order.payment().brand() + " final 1111"));
        assertThat(receipt).anySatisfy(line -> assertThat(line).startsWith("Autorização")
                .endsWith(" " + order.payment().authorizationCode()));
    }

    @Test
    void paperRunningOutAfterTheTicketsLeavesThemOutAndPrintingAgainGivesOnlyTheSlipsAndTheReceipt() {
        Order order = paidWithTwoPopcorns();
        SimulatedPrinter printer = new SimulatedPrinter();
        printer.addListener(printed -> {
            if (printed.number() == 2) {
                printer.simulate(PrinterStatus.PAPER_OUT);
            }
        });

        PrintOutcome first = sale.print(printer, PT_BR, ReceiptGrouping.PER_TICKET);

        assertThat(first).isInstanceOfSatisfying(PrintOutcome.Failed.class, failed -> {
            assertThat(failed.status()).isEqualTo(PrinterStatus.PAPER_OUT);
            assertThat(failed.printed()).isEqualTo(new PrintOutcome.Papers(2, 0, 0));
        });
        printer.reset();
        assertThat(sale.print(printer, PT_BR, ReceiptGrouping.PER_TICKET))
                .isEqualTo(new PrintOutcome.Printed(new PrintOutcome.Papers(0, 2, 1)));
        assertThat(sale.print(printer, PT_BR, ReceiptGrouping.PER_TICKET)).as("all out: a third try prints nothing")
                .isEqualTo(new PrintOutcome.Printed(PrintOutcome.Papers.NONE));

        List<String> codes = printer.lastReceipts().stream().flatMap(p -> qrCodes(p.receipt()).stream()).toList();
        assertThat(codes).as("each ticket and voucher once").containsExactly(order.tickets().get(0).qr(),
                order.tickets().get(1).qr(), order.vouchers().get(0).code(), order.vouchers().get(1).code());
        assertThat(printer.lastReceipts()).filteredOn(p -> texts(p.receipt()).contains("COMPROVANTE DE PAGAMENTO"))
                .hasSize(1);
    }

    private static List<String> texts(Receipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.Text.class::isInstance)
                .map(e -> ((ReceiptElement.Text) e).text()).toList();
    }

    private static List<String> qrCodes(Receipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.QrCode.class::isInstance)
                .map(e -> ((ReceiptElement.QrCode) e).payload()).toList();
    }

    @Test
    void walkingAwayReleasesTheSeatsAndForgetsTheCustomer() {
        SeatMap map = theatreSession();
        Hold hold = sale.holdBestAvailable(map.sections().get(0).id(), 3);
        sale.continueAsGuest("someone@example.com");

        sale.abandon();

        assertThat(sale.hold()).isEmpty();
        assertThat(sale.buyer()).isEmpty();
        assertThat(sale.event()).isEmpty();
        String sessionId = map.sessionId();
        SeatMap after = kioskTerminal().call(c -> c.seatMap(sessionId));
        assertThat(after.seats().stream().filter(s -> hold.seatIds().contains(s.id())))
                .allMatch(s -> s.status() == SeatStatus.AVAILABLE);
    }

    @Test
    void seatsTakenByAnotherChannelAreNamedInTheConflict() {
        SeatMap map = theatreSession();
        List<String> wanted = map.seats().stream().filter(s -> s.status() == SeatStatus.AVAILABLE).limit(2)
                .map(s -> s.id()).toList();
        backend.cashier().hold(HoldRequest.seats(map.sessionId(), List.of(wanted.get(1))));

        assertThatThrownBy(() -> sale.holdSeats(wanted))
                .isInstanceOfSatisfying(SeatConflictException.class,
                        e -> assertThat(e.conflictingSeatIds()).containsExactly(wanted.get(1)));
        assertThat(sale.hold()).isEmpty();
    }

    @Test
    void aRegisteredCustomerLogsInAndTheOrderIsTheirs() {
        SeatMap map = theatreSession();
        sale.holdBestAvailable(map.sections().get(0).id(), 1);
        Buyer ana = sale.logIn("ana@example.com", "demo-customer");
        assertThat(ana.guest()).isFalse();
        sale.review();
        assertThat(sale.pay(SandboxCard.APPROVES.card())).isInstanceOf(PaymentOutcome.Paid.class);
        String code = sale.orderCode().orElseThrow();
        assertThat(backend.cashier().orderByCode(code).customerId()).isEqualTo(ana.customerId());
    }

    @Test
    void productQuantitiesAreCappedAndZeroRemovesTheLine() {
        theatreSession();
        String programme = sale.loadProducts().stream().filter(p -> p.name().startsWith("Programa")).findFirst()
                .orElseThrow().id();
        assertThat(sale.setProductQuantity(programme, 99)).isEqualTo(Sale.MAX_PER_PRODUCT);
        assertThat(sale.setProductQuantity(programme, 0)).isZero();
        assertThat(sale.productQuantities()).isEqualTo(Map.of());
    }

    /** As the kiosk reaches the backend: signed in as the demo kiosk. */
    private static TerminalBackend kioskTerminal() {
        return new TerminalBackend(backend.client(), "kiosk", "demo-kiosk");
    }
}
