package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.sale.PrintOutcome;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Printing a paid order on the simulator, without a stage: what comes out, and what the kiosk does next. */
class PrintingViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private final ModelParts kiosk = ModelParts.on(backend);
    private final SimulatedPrinter printer = new SimulatedPrinter();
    private final AtomicReference<PrintReport> printed = new AtomicReference<>();
    private final PrintingViewModel model = new PrintingViewModel(kiosk.sale(), printer, ReceiptGrouping.PER_TICKET,
            kiosk.tasks(), kiosk.calls(), kiosk.messages(), kiosk.status(), printed,
            kiosk.journey().on(Place.PRINTING));

    {
        kiosk.holdsTheatreSeats(1, 2);
        kiosk.sale().continueAsGuest(null);
        kiosk.sale().review();
        kiosk.sale().pay(SandboxCard.APPROVES.card());
    }

    @Test
    void eachTicketComesOutAndTheCustomerGoesOnToTheirTickets() {
        model.shown();

        assertThat(printed.get().outcome()).as("two tickets and the payment receipt")
                .isEqualTo(new PrintOutcome.Printed(new PrintOutcome.Papers(2, 0, 1)));
        assertThat(printed.get().receipts()).hasSize(3);
        assertThat(kiosk.journey().places()).containsExactly(Place.DONE);
        assertThat(kiosk.status().isInService()).isTrue();
    }

    @Test
    void aPrinterOutOfPaperKeepsTheSaleAndStopsTheKioskAfterThisCustomer() {
        printer.simulate(PrinterStatus.PAPER_OUT);

        model.shown();

        assertThat(printed.get().outcome()).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(kiosk.journey().places()).as("the QR codes are on the done screen").containsExactly(Place.DONE);
        assertThat(kiosk.status().getReason()).isEqualTo(KioskStatus.Reason.PRINTER);
        assertThat(kiosk.status().backendReachableProperty().get()).as("this customer is not stopped").isTrue();
    }
}
