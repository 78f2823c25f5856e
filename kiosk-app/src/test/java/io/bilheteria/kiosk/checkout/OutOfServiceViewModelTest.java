package io.bilheteria.kiosk.checkout;

import io.bilheteria.kiosk.Terminals;
import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.sim.SimulatedPrinter;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.sale.PaymentOutcome;
import io.bilheteria.ui.sale.Sale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Out of service and back, without a stage or waiting: each probe the screen would make every few
 * seconds is made by the test, against the simulated printer and a real backend, calls inline.
 */
class OutOfServiceViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private final SimulatedPrinter printer = new SimulatedPrinter();

    private OutOfServiceViewModel outOfService(ModelParts kiosk, LocalBackend on) {
        return new OutOfServiceViewModel(kiosk.sale(), Terminals.kiosk(on), printer, kiosk.tasks(), kiosk.messages(),
                kiosk.status(), kiosk.journey().on(Place.OUT_OF_SERVICE));
    }

    @Test
    void aPrinterOutOfPaperIsSaidAndTheKioskComesBackOnceItIsReady() {
        ModelParts kiosk = ModelParts.on(backend);
        OutOfServiceViewModel model = outOfService(kiosk, backend);
        printer.simulate(PrinterStatus.PAPER_OUT);
        kiosk.status().printerNow(PrinterStatus.PAPER_OUT);

        model.shown();
        assertThat(model.titleProperty().get()).isEqualTo("Temporariamente fora de serviço");
        assertThat(model.messageProperty().get()).contains("a impressora está sem papel", "Chame um funcionário");
        model.probe();
        assertThat(kiosk.journey().startedOver()).isZero();

        printer.simulate(PrinterStatus.COVER_OPEN);
        model.probe();
        assertThat(model.messageProperty().get()).contains("a tampa da impressora está aberta");

        printer.reset();
        model.probe();
        assertThat(kiosk.status().isInService()).isTrue();
        assertThat(kiosk.journey().startedOver()).isEqualTo(1);
    }

    @Test
    void aKioskStaffClosedSaysSoAndWaitsForThem() {
        ModelParts kiosk = ModelParts.on(backend);
        OutOfServiceViewModel model = outOfService(kiosk, backend);
        kiosk.status().closedByStaffProperty().set(true);

        model.shown();
        model.probe();

        assertThat(model.messageProperty().get()).startsWith("Este totem está fechado no momento.");
        assertThat(kiosk.journey().startedOver()).isZero();
    }

    @Test
    void aBackendThatAnswersAgainWithNothingUnderWayBringsTheKioskBack() {
        ModelParts kiosk = ModelParts.on(backend);
        OutOfServiceViewModel model = outOfService(kiosk, backend);
        kiosk.status().backendUnreachable();

        model.shown();
        assertThat(model.messageProperty().get()).contains("Volte em alguns minutos");
        model.probe();

        assertThat(kiosk.status().isInService()).isTrue();
        assertThat(kiosk.journey().startedOver()).isEqualTo(1);
    }

    @Test
    void aPaymentCutOffIsSettledOnceTheBackendAnswersAndTheCustomerIsToldNothingWasCharged() {
        try (LocalBackend leaving = new LocalBackend()) {
            ModelParts kiosk = ModelParts.on(leaving);
            OutOfServiceViewModel model = outOfService(kiosk, leaving);
            Sale sale = kiosk.sale();
            kiosk.holdsTheatreSeats(0, 2);
            sale.continueAsGuest(null);
            sale.review();
            leaving.stop();
            assertThat(sale.pay(SandboxCard.APPROVES.card())).isInstanceOf(PaymentOutcome.Interrupted.class);
            kiosk.status().backendUnreachable();

            model.shown();
            assertThat(model.messageProperty().get()).contains("pagamento", "Nada será cobrado duas vezes");
            model.probe();
            assertThat(model.noticeProperty().get()).as("still down").isFalse();

            leaving.restart();
            model.probe();

            assertThat(model.noticeProperty().get()).isTrue();
            assertThat(model.titleProperty().get()).isEqualTo("Tudo certo de novo");
            assertThat(model.messageProperty().get()).startsWith("Nada foi cobrado no seu cartão");
            assertThat(kiosk.status().isInService()).isTrue();
            assertThat(kiosk.journey().startedOver()).as("until the customer read it").isZero();
            model.acknowledge();
            assertThat(kiosk.journey().startedOver()).isEqualTo(1);
        }
    }
}
