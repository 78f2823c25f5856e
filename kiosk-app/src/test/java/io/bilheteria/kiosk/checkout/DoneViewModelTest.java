package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.Terminals;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.products.Product;
import io.bilheteria.api.vouchers.Voucher;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.checkout.DoneViewModel.ProductSuggestion;
import io.bilheteria.kiosk.checkout.DoneViewModel.SessionSuggestion;
import io.bilheteria.kiosk.checkout.DoneViewModel.TicketShown;
import io.bilheteria.kiosk.checkout.DoneViewModel.VoucherShown;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.format.Formats;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Sale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The end of a purchase without a stage: two tickets really paid on a real backend and printed on the simulator. */
class DoneViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private final ModelParts kiosk = ModelParts.on(backend);
    private final Sale sale = kiosk.sale();
    private final SimulatedPrinter printer = new SimulatedPrinter();
    private final AtomicReference<PrintReport> printed = new AtomicReference<>();
    private final DoneViewModel model = new DoneViewModel(sale, kiosk.calls(), kiosk.messages(),
            ModelParts.VENUE, printed, kiosk.journey().on(Place.DONE));

    /** Two seats of the theatre's first session paid; their tickets printed, and what came out handed over. */
    private void paidAndPrinted() {
        paidAndPrinted(0);
    }

    /** As above, with {@code popcorns} of the event's popcorn bought with the seats. */
    private void paidAndPrinted(int popcorns) {
        kiosk.holdsTheatreSeats(1, 2);
        if (popcorns > 0) {
            sale.setProductQuantity(popcorn().id(), popcorns);
        }
        sale.continueAsGuest(null);
        sale.review();
        sale.pay(SandboxCard.APPROVES.card());
        PrintOutcome outcome = sale.print(printer, Messages.PT_BR, ReceiptGrouping.PER_TICKET);
        printed.set(new PrintReport(outcome, printer.lastReceipts()));
    }

    @Test
    void everyTicketIsShownWithItsSeatBesideTheOrderCodeAndTheReceipts() {
        paidAndPrinted();

        model.shown();

        assertThat(model.orderCodeProperty().get()).isEqualTo("Código do pedido: " + sale.orderCode().orElseThrow());
        assertThat(model.tickets()).extracting(TicketShown::qr)
                .containsExactlyElementsOf(sale.tickets().stream().map(Ticket::qr).toList());
        assertThat(model.tickets()).allSatisfy(ticket ->
                assertThat(ticket.seat().get()).matches("Setor Plateia · Fileira \\w+ · Lugar \\d+"));
        assertThat(model.receipts()).as("two tickets and the payment receipt").hasSize(3);
        assertThat(model.printFailureProperty().get()).isEmpty();
    }

    @Test
    void ticketsThatDidNotPrintAreOnScreenWithWhatToDo() {
        printer.simulate(PrinterStatus.PAPER_OUT);
        paidAndPrinted();

        model.shown();

        assertThat(model.printFailureProperty().get()).contains("a impressora está sem papel", "Sua compra está paga",
                sale.orderCode().orElseThrow());
        assertThat(model.tickets()).hasSize(2);
        assertThat(model.receipts()).isEmpty();
    }

    @Test
    void theReceiptSaysWhenWhatForHowMuchAndWhichCardWithAVoucherPerPopcorn() {
        paidAndPrinted(2);

        model.shown();

        Order order = Terminals.kiosk(backend).call(c -> c.orderByCode(sale.orderCode().orElseThrow()));
        assertThat(model.paidAtProperty().get())
                .isEqualTo("Pago em " + Formats.dateTime(order.paidAt(), ModelParts.VENUE, Messages.PT_BR));
        assertThat(model.receiptLines()).hasSize(3);
        assertThat(model.receiptLines().subList(0, 2)).allSatisfy(line -> {
            assertThat(line.what().get()).matches("Setor Plateia · Fileira \\w+ · Lugar \\d+ · Inteira");
            assertThat(line.price().get()).isEqualTo(reais(8000));
        });
        assertThat(model.receiptLines().get(2).what().get()).isEqualTo("2 × Pipoca");
        assertThat(model.receiptLines().get(2).price().get()).isEqualTo(reais(2 * popcorn().priceCents()));
        assertThat(model.totalProperty().get()).isEqualTo(reais(2 * 8000 + 2 * popcorn().priceCents()));
        assertThat(model.cardProperty().get()).isEqualTo("Cartão VISA final 1111");
        assertThat(model.authorizationProperty().get())
                .isEqualTo("Autorização " + order.payment().authorizationCode());
        assertThat(model.vouchers()).extracting(VoucherShown::code)
                .containsExactlyElementsOf(order.vouchers().stream().map(Voucher::code).toList())
                .allSatisfy(code -> assertThat(code).startsWith("BV1"));
        assertThat(model.vouchers()).extracting(voucher -> voucher.what().get())
                .containsExactly("Pipoca · vale 1 de 2", "Pipoca · vale 2 de 2");
    }

    @Test
    void theEventsOtherSessionsAndTheProductsNotBoughtAreOffered() {
        paidAndPrinted(1);

        model.shown();

        String bought = sale.session().orElseThrow().id();
        assertThat(model.sessionSuggestions()).isNotEmpty().extracting(SessionSuggestion::sessionId)
                .doesNotContain(bought);
        assertThat(model.sessionSuggestions().get(0).seatsLeft().get()).matches("\\d+ lugares livres");
        assertThat(model.productSuggestions()).extracting(ProductSuggestion::name)
                .contains("Refrigerante").doesNotContain("Pipoca");
    }

    @Test
    void aSuggestedSessionIsANewSaleOnItsSeatMap() {
        paidAndPrinted();
        model.shown();
        SessionSuggestion other = model.sessionSuggestions().get(0);

        model.buySession(other.sessionId());

        assertThat(kiosk.journey().places()).containsExactly(Place.SEATS);
        assertThat(sale.session().orElseThrow().id()).isEqualTo(other.sessionId());
        assertThat(sale.seatMap().orElseThrow().sessionId()).isEqualTo(other.sessionId());
        assertThat(sale.tickets()).as("nothing of the purchase before").isEmpty();
        assertThat(sale.orderCode()).isEmpty();
    }

    @Test
    void aSuggestedProductGoesWithTheSeatsOfANewSaleForTheSameSession() {
        paidAndPrinted();
        model.shown();
        String session = sale.session().orElseThrow().id();
        ProductSuggestion soda = model.productSuggestions().stream().filter(p -> p.name().equals("Refrigerante"))
                .findFirst().orElseThrow();

        model.buyProduct(soda.productId());

        assertThat(kiosk.journey().places()).containsExactly(Place.SEATS);
        assertThat(kiosk.journey().message()).startsWith("Refrigerante vai junto com os ingressos de uma nova compra");
        assertThat(sale.session().orElseThrow().id()).isEqualTo(session);
        assertThat(sale.productQuantities()).containsExactly(Map.entry(soda.productId(), 1));
        assertThat(sale.tickets()).isEmpty();
    }

    @Test
    void finishingMakesTheKioskReadyForTheNextCustomerOnce() {
        paidAndPrinted();
        model.shown();

        model.finish();
        model.hidden();
        model.finish();

        assertThat(kiosk.journey().startedOver()).isEqualTo(1);
        assertThat(model.tickets()).as("nothing of this customer stays").isEmpty();
        assertThat(model.receiptLines()).isEmpty();
        assertThat(model.sessionSuggestions()).isEmpty();
    }

    private Product popcorn() {
        return sale.loadProducts().stream().filter(p -> p.name().equals("Pipoca")).findFirst().orElseThrow();
    }

    private static String reais(long cents) {
        return Money.format(cents, "BRL", Messages.PT_BR);
    }
}
