package io.bilheteria.kiosk.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.devices.payment.sim.SandboxCard;
import io.bilheteria.testsupport.LocalBackend;
import io.bilheteria.kiosk.ModelParts;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.format.Money;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The payment's decisions without a stage: a real backend with the small demo and its sandbox
 * acquirer, calls run inline, and a terminal the test presents cards to by hand.
 */
class PaymentViewModelTest {
    @RegisterExtension
    static final LocalBackend backend = new LocalBackend();
    private final TerminalInHand terminal = new TerminalInHand();

    /** A guest holding one seat of the theatre's first session, on the payment screen. */
    private PaymentViewModel paying(ModelParts kiosk) {
        Sale sale = kiosk.sale();
        kiosk.holdsTheatreSeats(1, 1);
        sale.continueAsGuest("ze@ex.com");
        PaymentViewModel model = new PaymentViewModel(sale, kiosk.calls(), terminal, kiosk.tasks(),
                kiosk.messages(), kiosk.status(), kiosk.journey().on(Place.PAYMENT));
        model.shown();
        return model;
    }

    @Test
    void theOrderIsPlacedAndTheTerminalAsksForItsTotal() {
        ModelParts kiosk = ModelParts.on(backend);
        PaymentViewModel model = paying(kiosk);

        assertThat(terminal.reading()).isTrue();
        assertThat(terminal.amountCents()).isPositive();
        assertThat(model.amountProperty().get())
                .isEqualTo("Valor: " + Money.format(terminal.amountCents(), "BRL", Messages.PT_BR));
        assertThat(model.cardWantedProperty().get()).isTrue();
        assertThat(model.refusalProperty().get()).isEmpty();

        kiosk.messages().setLocale(Messages.ENGLISH);
        assertThat(model.amountProperty().get()).startsWith("Amount: R$");
    }

    @Test
    void anApprovedCardPaysAndTheTicketsGoToThePrinter() {
        ModelParts kiosk = ModelParts.on(backend);
        paying(kiosk);

        terminal.present(SandboxCard.APPROVES);

        assertThat(kiosk.sale().tickets()).hasSize(1);
        assertThat(kiosk.journey().places()).containsExactly(Place.PRINTING);
    }

    @Test
    void aRefusedCardIsSaidAsSuchTheSeatsStayAndAnotherCardIsAskedFor() {
        ModelParts kiosk = ModelParts.on(backend);
        PaymentViewModel model = paying(kiosk);

        terminal.present(SandboxCard.DECLINES);
        assertThat(model.refusalProperty().get()).isEqualTo("O cartão foi recusado. Nada foi cobrado. Tente outro cartão.");
        terminal.present(SandboxCard.INSUFFICIENT_FUNDS);
        assertThat(model.refusalProperty().get()).contains("saldo insuficiente", "Nada foi cobrado");
        terminal.present(SandboxCard.ACQUIRER_TIMEOUT);
        assertThat(model.refusalProperty().get()).contains("não respondeu", "Tente de novo");

        assertThat(kiosk.sale().hold()).isPresent();
        assertThat(terminal.reading()).isTrue();
        assertThat(model.cardWantedProperty().get()).isTrue();
        assertThat(kiosk.journey().places()).isEmpty();
        terminal.present(SandboxCard.APPROVES);
        assertThat(kiosk.journey().places()).containsExactly(Place.PRINTING);
    }

    @Test
    void noCardInTimeTakesTheCustomerBackToTheReviewSayingSo() {
        ModelParts kiosk = ModelParts.on(backend);
        PaymentViewModel model = paying(kiosk);

        terminal.timeOut();

        assertThat(kiosk.journey().places()).containsExactly(Place.REVIEW);
        assertThat(kiosk.journey().message()).isEqualTo("Nenhum cartão foi lido. Toque em \"Pagar\" quando estiver pronto.");
        assertThat(model.cardWantedProperty().get()).isFalse();
        assertThat(kiosk.sale().hold()).as("the seats are still the customer's").isPresent();
    }

    @Test
    void aTerminalThatFailsTakesTheCustomerBackToTheReviewSayingSo() {
        ModelParts kiosk = ModelParts.on(backend);
        paying(kiosk);

        terminal.breakDown();

        assertThat(kiosk.journey().places()).containsExactly(Place.REVIEW);
        assertThat(kiosk.journey().message()).startsWith("O terminal de cartão não respondeu. Nada foi cobrado.");
    }

    @Test
    void leavingThePaymentStopsTheTerminalAndNothingIsCharged() {
        ModelParts kiosk = ModelParts.on(backend);
        PaymentViewModel model = paying(kiosk);

        model.cancel();
        model.hidden();

        assertThat(kiosk.journey().places()).containsExactly(Place.REVIEW);
        assertThat(terminal.reading()).isFalse();
        assertThat(model.cardWantedProperty().get()).isFalse();
        assertThat(kiosk.sale().tickets()).isEmpty();
    }

    @Test
    void aBackendGoneMidPaymentTakesTheKioskOutOfServiceWhereThePaymentIsSettled() {
        try (LocalBackend leaving = new LocalBackend()) {
            ModelParts kiosk = ModelParts.on(leaving);
            paying(kiosk);
            leaving.stop();

            terminal.present(SandboxCard.APPROVES);

            assertThat(kiosk.status().backendReachableProperty().get()).isFalse();
            assertThat(kiosk.status().isInService()).isFalse();
            assertThat(kiosk.sale().orderCode()).as("kept, to settle the payment").isPresent();
        }
    }
}
