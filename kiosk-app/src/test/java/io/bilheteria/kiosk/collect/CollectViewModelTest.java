package io.bilheteria.kiosk.collect;

import static io.bilheteria.kiosk.collect.OnlineOrders.ANA_CPF;
import static io.bilheteria.kiosk.collect.OnlineOrders.ANA_EMAIL;
import static io.bilheteria.kiosk.collect.OnlineOrders.SOMEONE_ELSES_CPF;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.api.orders.Ticket;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.ReceiptGrouping;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.checkout.PrintReport;
import io.bilheteria.kiosk.checkout.PrintingViewModel;
import io.bilheteria.kiosk.collect.CollectViewModel.SecondFactor;
import io.bilheteria.kiosk.shell.KioskStatus;
import io.bilheteria.kiosk.shell.Place;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Collecting an order bought online, without a stage: what the buyer types or scans, and what they are told. */
class CollectViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private final ModelParts kiosk = ModelParts.on(backend);
    private final CollectViewModel model = new CollectViewModel(kiosk.sale(), kiosk.calls(), kiosk.messages(),
            kiosk.journey().on(Place.ATTRACT));

    @Test
    void aTypedCodeAndTheBuyersCpfPrintTheOrdersTickets() {
        String code = OnlineOrders.boughtByAna(backend, 2);

        model.start();
        model.codeProperty().set(code.toLowerCase());
        model.continueWithCode();
        assertThat(model.secondFactorProperty().get()).as("the keypad first: fewest keys").isEqualTo(SecondFactor.CPF);
        model.cpfProperty().set(ANA_CPF);
        model.collect();

        assertThat(kiosk.journey().places()).containsExactly(Place.COLLECT_CODE, Place.COLLECT_BUYER, Place.PRINTING);
        assertThat(kiosk.sale().orderCode()).contains(code);
        assertThat(kiosk.sale().tickets()).hasSize(2).extracting(Ticket::reprintCount).containsOnly(0);
    }

    @Test
    void theEmailsQrCodeShownAtTheAttractScreenSkipsTheCode() {
        String code = OnlineOrders.boughtByAna(backend, 1);

        model.scanned(code);

        assertThat(kiosk.journey().places()).as("no tap for the code").containsExactly(Place.COLLECT_BUYER);
        assertThat(model.codeProperty().get()).isEqualTo(code);
        model.useEmail();
        model.emailProperty().set(" Ana@Example.com ");
        model.collect();
        assertThat(kiosk.journey().place()).isEqualTo(Place.PRINTING);
        assertThat(kiosk.sale().tickets()).hasSize(1);
    }

    @Test
    void aTicketsQrCodeIsNoOrderAndSaysWhatToShowInstead() {
        kiosk.journey().on(Place.COLLECT_CODE);

        model.scanned("BT1.eyJ0IjoiYWJjIn0.c2lnbmF0dXJl");

        assertThat(model.refusalProperty().get()).contains("não é o de um pedido").contains("e-mail");
        assertThat(kiosk.journey().places()).isEmpty();
        assertThat(model.codeProperty().get()).isEmpty();
    }

    @Test
    void aScanInTheMiddleOfAPurchaseIsNotForCollecting() {
        kiosk.journey().on(Place.SEATS);

        model.scanned("ANA234");

        assertThat(kiosk.journey().places()).isEmpty();
        assertThat(model.codeProperty().get()).isEmpty();
    }

    @Test
    void aWrongCpfAndAWrongCodeGetTheSameWordsAndNothingPrints() {
        String code = OnlineOrders.boughtByAna(backend, 1);
        model.scanned(code);

        model.cpfProperty().set(SOMEONE_ELSES_CPF);
        model.collect();
        String wrongCpf = model.refusalProperty().get();
        model.codeProperty().set("ZZZZZZ");
        model.cpfProperty().set(ANA_CPF);
        model.collect();
        String wrongCode = model.refusalProperty().get();

        assertThat(wrongCpf).isNotEmpty().isEqualTo(wrongCode).contains("código").contains("CPF ou e-mail");
        assertThat(kiosk.journey().places()).containsExactly(Place.COLLECT_BUYER);
        assertThat(kiosk.sale().tickets()).isEmpty();
    }

    @Test
    void aRefundedOrderHasNothingToPrintAndSaysSo() {
        String code = OnlineOrders.boughtByAna(backend, 1);
        BilheteriaClient cashier = backend.cashier();
        cashier.openShift();
        cashier.cancelOrder(cashier.orderByCode(code).orderId());
        model.scanned(code);

        model.cpfProperty().set(ANA_CPF);
        model.collect();

        assertThat(model.refusalProperty().get()).contains("reembolsado").contains("não há ingressos");
        assertThat(kiosk.journey().place()).isEqualTo(Place.COLLECT_BUYER);
    }

    @Test
    void aBackendOutOfReachIsLeftToTheKioskWhichGoesOutOfService() {
        String code = OnlineOrders.boughtByAna(backend, 1);
        model.scanned(code);
        model.cpfProperty().set(ANA_CPF);
        backend.stop();
        try {
            model.collect();
        } finally {
            backend.restart();
        }

        assertThat(kiosk.calls().getFailure().backendUnavailable()).isTrue();
        assertThat(kiosk.calls().getFailure().message()).contains("Sem conexão");
        assertThat(model.refusalProperty().get()).as("not a wrong code or CPF").isEmpty();
    }

    @Test
    void theCollectedTicketsPrintOnTheKiosksPrinterAndTheBuyerIsToldToTakeThem() {
        AtomicReference<PrintReport> printed = new AtomicReference<>();
        SimulatedPrinter printer = new SimulatedPrinter();
        collected(OnlineOrders.boughtByAna(backend, 2));

        printing(printer, printed).shown();
        CollectedViewModel done = collectedScreen(printed);
        done.shown();

        assertThat(kiosk.journey().place()).isEqualTo(Place.COLLECTED);
        assertThat(printer.lastReceipts()).hasSize(2);
        assertThat(done.printedProperty().get()).isTrue();
        assertThat(done.messageProperty().get()).contains("Seus 2 ingressos foram impressos");
    }

    @Test
    void aPrinterOutOfPaperSaysTheTicketsCanBeCollectedLater() {
        AtomicReference<PrintReport> printed = new AtomicReference<>();
        SimulatedPrinter printer = new SimulatedPrinter();
        printer.simulate(PrinterStatus.PAPER_OUT);
        String code = OnlineOrders.boughtByAna(backend, 1);
        collected(code);

        printing(printer, printed).shown();
        CollectedViewModel done = collectedScreen(printed);
        done.shown();

        assertThat(kiosk.journey().place()).isEqualTo(Place.COLLECTED);
        assertThat(done.printedProperty().get()).isFalse();
        assertThat(done.messageProperty().get()).contains("sem papel").contains("mais tarde").contains(code);
        assertThat(kiosk.status().getReason()).as("out of service after this buyer").isEqualTo(KioskStatus.Reason.PRINTER);
    }

    private void collected(String code) {
        model.scanned(code);
        model.cpfProperty().set(ANA_CPF);
        model.collect();
        assertThat(kiosk.journey().place()).isEqualTo(Place.PRINTING);
    }

    private PrintingViewModel printing(SimulatedPrinter printer, AtomicReference<PrintReport> printed) {
        return new PrintingViewModel(kiosk.sale(), printer, ReceiptGrouping.PER_TICKET, kiosk.tasks(), kiosk.calls(),
                kiosk.messages(), kiosk.status(), printed, kiosk.journey());
    }

    private CollectedViewModel collectedScreen(AtomicReference<PrintReport> printed) {
        return new CollectedViewModel(kiosk.sale(), kiosk.messages(), printed, kiosk.journey());
    }
}
