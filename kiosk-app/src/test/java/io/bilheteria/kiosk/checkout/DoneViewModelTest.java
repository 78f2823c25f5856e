package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.orders.Ticket;
import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.kiosk.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.checkout.DoneViewModel.TicketShown;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.PrintOutcome;
import io.bilheteria.ui.sale.Sale;
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
    private final DoneViewModel model = new DoneViewModel(sale, kiosk.messages(), printed,
            kiosk.journey().on(Place.DONE));

    /** Two seats of the theatre's first session paid; their tickets printed, and what came out handed over. */
    private void paidAndPrinted() {
        kiosk.holdsTheatreSeats(1, 2);
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
    void finishingMakesTheKioskReadyForTheNextCustomerOnce() {
        paidAndPrinted();
        model.shown();

        model.finish();
        model.hidden();
        model.finish();

        assertThat(kiosk.journey().startedOver()).isEqualTo(1);
        assertThat(model.tickets()).as("nothing of this customer stays").isEmpty();
    }
}
